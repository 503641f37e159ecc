using System.Globalization;
using System.Runtime.CompilerServices;
using System.Data.Common;
using Keten.Storage.Audit;
using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>Reading the audit trail (migration 0013) of one board, by page or whole for an export, oldest first.</summary>
public abstract partial class SqlKetenStore
{
    private const int AuditExportPagina = 1000;

    private const string AuditKolommen = "id, moment, onderwijsbestuurcode, deur, handelende_soort, handelende_kenmerk, operatie, object_soort, "
        + "object_sleutel, brin, detail, aantal, bedrijfsdocument_id, uitkomst";

    public async Task<Pagina<Auditrij>> AuditAsync(Auditvraag vraag, int pagina, int paginagrootte, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        ArgumentOutOfRangeException.ThrowIfNegative(pagina);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(paginagrootte);
        await using var connection = await OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);
        var opdracht = AuditFilter(new Opdracht(connection, transaction), vraag, out var waar)
            .Statement($"SELECT COUNT(*) FROM audit WHERE {waar}")
            .Statement($"SELECT {AuditKolommen} FROM audit WHERE {waar} ORDER BY moment, id LIMIT @limit OFFSET @offset")
            .Parameter("@limit", (long)paginagrootte).Parameter("@offset", (long)pagina * paginagrootte);
        await using var command = opdracht.Command();
        int aantal;
        List<Auditrij> rijen;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            aantal = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            await reader.NextResultAsync(ct);
            rijen = await LeesAuditAsync(reader, ct);
        }

        await transaction.CommitAsync(ct);
        return new Pagina<Auditrij>(rijen, aantal);
    }

    /// <summary>Every row of the question, streamed page by page from one snapshot (bounded memory for a long export).</summary>
    public async IAsyncEnumerable<Auditrij> AuditExportAsync(Auditvraag vraag, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        await using var connection = await OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);
        Auditrij? laatste = null;
        while (true)
        {
            var opdracht = AuditFilter(new Opdracht(connection, transaction), vraag, out var waar);
            if (laatste is not null)
            {
                waar += " AND (moment > @naMoment OR (moment = @naMoment AND id > @naId))";
                opdracht.Parameter("@naMoment", dialect.Tijd(laatste.Moment)).Parameter("@naId", laatste.Id);
            }

            opdracht.Statement($"SELECT {AuditKolommen} FROM audit WHERE {waar} ORDER BY moment, id LIMIT @limit").Parameter("@limit", (long)AuditExportPagina);
            List<Auditrij> pagina;
            await using (var command = opdracht.Command())
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                pagina = await LeesAuditAsync(reader, ct);
            }

            foreach (var rij in pagina)
            {
                yield return rij;
            }

            if (pagina.Count < AuditExportPagina)
            {
                break;
            }

            laatste = pagina[^1];
        }

        await transaction.CommitAsync(ct);
    }

    private Opdracht AuditFilter(Opdracht opdracht, Auditvraag vraag, out string waar)
    {
        waar = "onderwijsbestuurcode = @bestuur";
        opdracht.Parameter("@bestuur", vraag.Onderwijsbestuurcode);
        if (vraag.Van is { } van)
        {
            waar += " AND moment >= @van";
            opdracht.Parameter("@van", dialect.Tijd(van));
        }

        if (vraag.Tot is { } tot)
        {
            waar += " AND moment < @tot";
            opdracht.Parameter("@tot", dialect.Tijd(tot));
        }

        return opdracht;
    }

    private async Task<List<Auditrij>> LeesAuditAsync(DbDataReader reader, CancellationToken ct)
    {
        var rijen = new List<Auditrij>();
        while (await reader.ReadAsync(ct))
        {
            rijen.Add(new Auditrij(reader.GetInt64(0), dialect.LeesTijd(reader, 1), Tekst(reader, 2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetString(6), reader.GetString(7), Tekst(reader, 8), Tekst(reader, 9), Tekst(reader, 10), reader.GetInt32(11), Tekst(reader, 12),
                reader.GetString(13)));
        }

        return rijen;

        static string? Tekst(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    }
}
