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
            var lookups = uniek.Count <= PerSleutelTot
                ? uniek.Select((o, i) => Lookup(opdracht, i, o.Soort, o.Sleutel, vk => $"sleutel = {vk}"))
                : uniek.GroupBy(o => o.Soort).OrderBy(g => g.Key).Select((soort, n) =>
                    Lookup(opdracht, n, soort.Key, dialect.Waarden([.. soort.Select(o => o.Sleutel)]), vk => dialect.EenVan("sleutel", vk)));
            opdracht.Statement(string.Join(" UNION ALL ", lookups));
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
    /// More objects: one lookup per kind, its keys one parameter (<see cref="SqlDialect.Waarden"/>): one text whatever
    /// the number of keys. A UNION ALL of one lookup per key was a new text for every number of keys, and PostgreSQL
    /// planned the bulk ingest's few hundred branches for tens of milliseconds per chunk.
    /// </summary>
    private const int PerSleutelTot = 8;

    /// <summary>Lookup <paramref name="n"/>: the objects of one kind whose key meets <paramref name="sleutelVoorwaarde"/> on parameter <c>@vk{n}</c>.</summary>
    private static string Lookup(Opdracht opdracht, int n, RioObjectSoort soort, object sleutels, Func<string, string> sleutelVoorwaarde)
    {
        var vs = string.Create(CultureInfo.InvariantCulture, $"@vs{n}");
        var vk = string.Create(CultureInfo.InvariantCulture, $"@vk{n}");
        opdracht.Parameter(vs, soort.ToString()).Parameter(vk, sleutels);
        return $"SELECT {RioObjectKolommen.Lijst()} FROM rio_object WHERE soort = {vs} AND {sleutelVoorwaarde(vk)}";
    }
}
