using System.Data.Common;
using System.Globalization;
using System.Text;

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
        var sql = new StringBuilder();
        if (kop is not null)
        {
            sql.Append("INSERT INTO bedrijfsdocument (id, operatie, antwoord_json, ontvangen_op, afzender_oin, digest) ")
                .Append("VALUES (@id, @operatie, '', @nu, @oin, @digest) ON CONFLICT (id) DO NOTHING RETURNING id;\n")
                .Append("SELECT digest, antwoord_json FROM bedrijfsdocument WHERE id = @id;\n");
        }

        await using var command = connection.Sql(transaction, "");
        var slotSql = sloten.Gemengd(command, [.. uniek.Select(o => (Sleutelsloten.Object(o.Soort, o.Sleutel), o.VoorWijziging))]);
        if (slotSql is not null)
        {
            sql.Append(slotSql).Append(";\n");
        }

        if (uniek.Count > 0)
        {
            sql.AppendJoin(" UNION ALL ", uniek.Select((_, i) => string.Create(CultureInfo.InvariantCulture,
                $"SELECT {RioObjectKolommen.Lijst()} FROM rio_object WHERE soort = @vs{i} AND sleutel = @vk{i}")));
            for (var i = 0; i < uniek.Count; i++)
            {
                command.With(string.Create(CultureInfo.InvariantCulture, $"@vs{i}"), uniek[i].Soort.ToString())
                    .With(string.Create(CultureInfo.InvariantCulture, $"@vk{i}"), uniek[i].Sleutel);
            }
        }

        if (kop is not null)
        {
            command.With("@id", kop.Id).With("@operatie", kop.Operatie).WithValue("@nu", dialect.Tijd(nu))
                .With("@oin", kop.AfzenderOin).With("@digest", kop.Digest);
        }

        command.CommandText = sql.ToString();
        await using var reader = await command.ExecuteReaderAsync(ct);
        BedrijfsdocumentClaim? claim = null;
        if (kop is not null)
        {
            var nieuw = await reader.ReadAsync(ct);
            await reader.NextResultAsync(ct);
            await reader.ReadAsync(ct);
            // Rows from before digests were recorded (schema 0001) count as the same message, as they did then.
            claim = nieuw ? new BedrijfsdocumentClaim(BedrijfsdocumentStatus.Nieuw)
                : reader.IsDBNull(0) || reader.GetString(0) == kop.Digest ? new BedrijfsdocumentClaim(BedrijfsdocumentStatus.Herhaling, reader.GetString(1))
                : new BedrijfsdocumentClaim(BedrijfsdocumentStatus.AnderBericht);
            await reader.NextResultAsync(ct);
        }

        if (slotSql is not null)
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
