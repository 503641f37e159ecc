using System.Data.Common;
using System.Globalization;

namespace Keten.Storage.Sql;

/// <summary>
/// The one command of <see cref="IRioTransactie.LeesVooruitAsync"/>: the bedrijfsdocument claim (an insert that does
/// nothing when the id is there, then the row), the key locks of the objects in ascending key order, and the objects.
/// Every statement returns rows, so each is one result set in both databases. At READ COMMITTED every statement reads
/// what was committed when it started, so the rows come after the locks they need, and a claim that waited for a
/// concurrent one of the same id sees its row.
/// </summary>
internal static class Vooruitlezen
{
    public static async Task<(BedrijfsdocumentClaim? Claim, Dictionary<(RioObjectSoort, string), RioObject?> Objecten)> LeesAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, Sleutelsloten sloten, DateTimeOffset nu,
        BedrijfsdocumentKop? kop, IReadOnlyCollection<TeLezen> objecten, CancellationToken ct)
    {
        if (kop is null && objecten.Count == 0)
        {
            return (null, []);
        }

        var uniek = objecten.GroupBy(o => (o.Soort, o.Sleutel)).Select(g => g.First() with { VoorWijziging = g.Any(o => o.VoorWijziging) }).ToList();
        var opdracht = new Opdracht(connection, transaction);
        if (kop is not null)
        {
            BedrijfsdocumentclaimSql.Claim(opdracht, dialect, kop, nu);
        }

        var metSloten = sloten.Gemengd(opdracht, [.. uniek.Select(o => (Sleutelsloten.Object(o.Soort, o.Sleutel), o.VoorWijziging))]);
        if (uniek.Count > 0)
        {
            opdracht.Statement(string.Join(" UNION ALL ", uniek.Select((_, i) => string.Create(CultureInfo.InvariantCulture,
                $"SELECT {RioObjectKolommen.Lijst()} FROM rio_object WHERE soort = @vs{i} AND sleutel = @vk{i}"))));
            for (var i = 0; i < uniek.Count; i++)
            {
                opdracht.Parameter(string.Create(CultureInfo.InvariantCulture, $"@vs{i}"), uniek[i].Soort.ToString())
                    .Parameter(string.Create(CultureInfo.InvariantCulture, $"@vk{i}"), uniek[i].Sleutel);
            }
        }

        await using var command = opdracht.Command();
        await using var reader = await command.ExecuteReaderAsync(ct);
        BedrijfsdocumentClaim? claim = null;
        if (kop is not null)
        {
            claim = await BedrijfsdocumentclaimSql.LeesAsync(reader, kop, ct);
            await reader.NextResultAsync(ct);
        }

        if (metSloten)
        {
            await reader.NextResultAsync(ct);
        }

        var gelezen = uniek.ToDictionary(o => (o.Soort, o.Sleutel), _ => (RioObject?)null);
        while (await reader.ReadAsync(ct))
        {
            var o = RioObjectKolommen.Lees(reader, dialect);
            gelezen[(o.Soort, o.Sleutel)] = o;
        }

        return (claim, gelezen);
    }
}
