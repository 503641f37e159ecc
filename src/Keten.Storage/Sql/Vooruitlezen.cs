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
        if (uniek.Count is > 0 and <= PerSleutelTot)
        {
            opdracht.Statement(string.Join(" UNION ALL ", uniek.Select((o, i) => PerSleutel(opdracht, i, o))));
        }
        else if (uniek.Count > PerSleutelTot)
        {
            opdracht.Statement(string.Join(" UNION ALL ", uniek.GroupBy(o => o.Soort).OrderBy(g => g.Key)
                .Select((soort, n) => PerSoort(opdracht, dialect, n, soort.Key, [.. soort.Select(o => o.Sleutel)]))));
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

    /// <summary>
    /// Up to this many objects, one lookup per key: a plain equality on the primary key, which PostgreSQL executes with
    /// less work than an array of one to a few keys; the few texts this makes (one per number of keys) stay prepared.
    /// </summary>
    private const int PerSleutelTot = 8;

    private static string PerSleutel(Opdracht opdracht, int i, TeLezen o)
    {
        var vs = string.Create(CultureInfo.InvariantCulture, $"@vs{i}");
        var vk = string.Create(CultureInfo.InvariantCulture, $"@vk{i}");
        opdracht.Parameter(vs, o.Soort.ToString()).Parameter(vk, o.Sleutel);
        return $"SELECT {RioObjectKolommen.Lijst()} FROM rio_object WHERE soort = {vs} AND sleutel = {vk}";
    }

    /// <summary>
    /// More objects: per kind, their keys one parameter (an array on PostgreSQL, a JSON array on SQLite): one text
    /// whatever the number of keys, so it stays prepared. A UNION ALL of one lookup per key was a new text for every
    /// number of keys, and PostgreSQL planned the bulk ingest's few hundred branches for tens of milliseconds per chunk.
    /// </summary>
    private static string PerSoort(Opdracht opdracht, SqlDialect dialect, int n, RioObjectSoort soort, string[] sleutels)
    {
        var vs = string.Create(CultureInfo.InvariantCulture, $"@vs{n}");
        var vk = string.Create(CultureInfo.InvariantCulture, $"@vk{n}");
        opdracht.Parameter(vs, soort.ToString()).Parameter(vk, dialect.Waarden(sleutels));
        return $"SELECT {RioObjectKolommen.Lijst()} FROM rio_object WHERE soort = {vs} AND {dialect.EenVan("sleutel", vk)}";
    }
}
