using System.Data.Common;
using System.Globalization;

namespace Keten.Storage.Sql;

/// <summary>
/// The reads of current objects that both the plain queries and a write transaction (<see cref="RioTransactie"/>)
/// run: the same SQL, on a connection and (optionally) within a transaction. A write transaction passes
/// <c>sloten</c>, which puts taking its key locks before the read in the same command (<see cref="Sleutelsloten.ZetVoor"/>).
/// </summary>
internal static class RioObjectLezer
{
    /// <summary>Keys per IN (…) list, well under both databases' parameter limits.</summary>
    private const int SleutelsPerQuery = 500;

    public static async Task<RioObject?> GetAsync(
        DbConnection connection, DbTransaction? transaction, SqlDialect dialect, RioObjectSoort soort, string sleutel, CancellationToken ct,
        Func<DbCommand, int>? sloten = null)
    {
        await using var command = connection.Sql(transaction, $"SELECT {RioObjectKolommen.Lijst()} FROM rio_object WHERE soort = @soort AND sleutel = @sleutel")
            .With("@soort", soort.ToString())
            .With("@sleutel", sleutel);
        var rows = await RioObjectKolommen.LeesAllesAsync(command, dialect, RioObjectKolommen.Lees, ct, sloten?.Invoke(command) ?? 0);
        return rows.Count == 0 ? null : rows[0];
    }

    public static async Task<IReadOnlyList<RioObject>> GetManyAsync(
        DbConnection connection, DbTransaction? transaction, SqlDialect dialect, RioObjectSoort soort, IReadOnlyCollection<string> sleutels, CancellationToken ct,
        Func<DbCommand, int>? sloten = null)
    {
        var result = new List<RioObject>();
        var chunks = sleutels.Distinct(StringComparer.Ordinal).Chunk(SleutelsPerQuery).ToList();
        for (var c = 0; c < chunks.Count; c++)
        {
            var chunk = chunks[c];
            var namen = Enumerable.Range(0, chunk.Length).Select(i => "@s" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
            await using var command = connection.Sql(transaction,
                $"SELECT {RioObjectKolommen.Lijst()} FROM rio_object WHERE soort = @soort AND NOT verwijderd AND sleutel IN ({string.Join(", ", namen)})")
                .With("@soort", soort.ToString());
            for (var i = 0; i < chunk.Length; i++)
            {
                command.With(namen[i], chunk[i]);
            }

            // The locks of all keys go before the first chunk's read.
            var overslaan = c == 0 ? sloten?.Invoke(command) ?? 0 : 0;
            result.AddRange(await RioObjectKolommen.LeesAllesAsync(command, dialect, RioObjectKolommen.Lees, ct, overslaan));
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Sleutel, b.Sleutel));
        return result;
    }

    /// <summary>The live onderwijslocaties whose address is <paramref name="adres"/> (<see cref="Zoekvelden.AdresSleutel"/>), ordered by sleutel.</summary>
    public static async Task<IReadOnlyList<RioObject>> LocatiesOpAdresAsync(
        DbConnection connection, DbTransaction? transaction, SqlDialect dialect, string adres, CancellationToken ct, Func<DbCommand, int>? sloten = null)
    {
        await using var command = connection.Sql(transaction,
            $"SELECT {RioObjectKolommen.Lijst()} FROM rio_object WHERE soort = @soort AND adres = @adres AND NOT verwijderd ORDER BY sleutel")
            .With("@soort", nameof(RioObjectSoort.Onderwijslocatie))
            .With("@adres", adres);
        return await RioObjectKolommen.LeesAllesAsync(command, dialect, RioObjectKolommen.Lees, ct, sloten?.Invoke(command) ?? 0);
    }

    public static async Task<IReadOnlyList<RioObject>> VerwijzersAsync(
        DbConnection connection, DbTransaction? transaction, SqlDialect dialect, RioObjectSoort naarSoort, string naarSleutel, CancellationToken ct,
        Func<DbCommand, int>? sloten = null)
    {
        await using var command = connection.Sql(transaction,
            $"SELECT {RioObjectKolommen.Lijst("o")} FROM verwijzing v "
            + "JOIN rio_object o ON o.soort = v.van_soort AND o.sleutel = v.van_sleutel "
            + "WHERE v.naar_soort = @soort AND v.naar_sleutel = @sleutel AND NOT o.verwijderd "
            + $"UNION ALL {ImplicieteVerwijzingen.VerwijzersSql(RioObjectKolommen.Lijst("o"))} "
            + "ORDER BY soort, sleutel")
            .With("@soort", naarSoort.ToString())
            .With("@sleutel", naarSleutel);
        return await RioObjectKolommen.LeesAllesAsync(command, dialect, RioObjectKolommen.Lees, ct, sloten?.Invoke(command) ?? 0);
    }
}
