using System.Data.Common;
using System.Globalization;

namespace Keten.Storage.Sql;

/// <summary>
/// The reads of current objects that both the plain queries and a write transaction (<see cref="RioTransactie"/>)
/// run: the same SQL, on a connection and (optionally) within a transaction.
/// </summary>
internal static class RioObjectLezer
{
    /// <summary>Keys per IN (…) list, well under both databases' parameter limits.</summary>
    private const int SleutelsPerQuery = 500;

    public static async Task<RioObject?> GetAsync(
        DbConnection connection, DbTransaction? transaction, SqlDialect dialect, RioObjectSoort soort, string sleutel, CancellationToken ct)
    {
        await using var command = connection.Sql(transaction, $"SELECT {RioObjectKolommen.Lijst()} FROM rio_object WHERE soort = @soort AND sleutel = @sleutel")
            .With("@soort", soort.ToString())
            .With("@sleutel", sleutel);
        var rows = await RioObjectKolommen.LeesAllesAsync(command, dialect, RioObjectKolommen.Lees, ct);
        return rows.Count == 0 ? null : rows[0];
    }

    public static async Task<IReadOnlyList<RioObject>> GetManyAsync(
        DbConnection connection, DbTransaction? transaction, SqlDialect dialect, RioObjectSoort soort, IReadOnlyCollection<string> sleutels, CancellationToken ct)
    {
        var result = new List<RioObject>();
        foreach (var chunk in sleutels.Distinct(StringComparer.Ordinal).Chunk(SleutelsPerQuery))
        {
            var namen = Enumerable.Range(0, chunk.Length).Select(i => "@s" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
            await using var command = connection.Sql(transaction,
                $"SELECT {RioObjectKolommen.Lijst()} FROM rio_object WHERE soort = @soort AND NOT verwijderd AND sleutel IN ({string.Join(", ", namen)})")
                .With("@soort", soort.ToString());
            for (var i = 0; i < chunk.Length; i++)
            {
                command.With(namen[i], chunk[i]);
            }

            result.AddRange(await RioObjectKolommen.LeesAllesAsync(command, dialect, RioObjectKolommen.Lees, ct));
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Sleutel, b.Sleutel));
        return result;
    }

    public static async Task<IReadOnlyList<RioObject>> VerwijzersAsync(
        DbConnection connection, DbTransaction? transaction, SqlDialect dialect, RioObjectSoort naarSoort, string naarSleutel, CancellationToken ct)
    {
        await using var command = connection.Sql(transaction,
            $"SELECT {RioObjectKolommen.Lijst("o")} FROM verwijzing v "
            + "JOIN rio_object o ON o.soort = v.van_soort AND o.sleutel = v.van_sleutel "
            + "WHERE v.naar_soort = @soort AND v.naar_sleutel = @sleutel AND NOT o.verwijderd "
            + "ORDER BY o.soort, o.sleutel")
            .With("@soort", naarSoort.ToString())
            .With("@sleutel", naarSleutel);
        return await RioObjectKolommen.LeesAllesAsync(command, dialect, RioObjectKolommen.Lees, ct);
    }
}
