using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Keten.Storage.Sql;

namespace Keten.Storage.Batch;

/// <summary>
/// <see cref="IBatchtaakStore"/> on both databases. A claim is one UPDATE whose condition is the lease itself; on
/// PostgreSQL a second worker's UPDATE of the same row waits for the first and then finds the condition false (READ
/// COMMITTED re-checks it on the new row), and SKIP LOCKED lets it take the next job instead. SQLite has one writer.
/// </summary>
internal sealed class SqlBatchtaakStore(SqlDialect dialect, Func<DateTimeOffset> nu) : IBatchtaakStore
{
    private const string Kolommen = "taak_id, onderwijsbestuurcode, medewerker_id, bestandsnaam, kenmerk, totaal, status, verwerkt, goedgekeurd, "
        + "aangemaakt_op, eigenaar, levend_op, pogingen, gereed_op";

    public async Task AanmakenAsync(NieuweBatchtaak taak, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(taak);
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        await using var insert = connection.Sql(transaction,
            "INSERT INTO batch_taak (taak_id, onderwijsbestuurcode, medewerker_id, bestandsnaam, kenmerk, bestand, totaal, status, aangemaakt_op) "
            + "VALUES (@id, @bestuur, @medewerker, @naam, @kenmerk, @bestand, @totaal, 'W', @nu)")
            .With("@id", Id(taak.TaakId)).With("@bestuur", taak.Onderwijsbestuurcode).With("@medewerker", taak.MedewerkerId)
            .With("@naam", taak.Bestandsnaam).With("@kenmerk", taak.Kenmerk).WithValue("@bestand", taak.Bestand.ToArray())
            .With("@totaal", taak.Totaal).WithValue("@nu", dialect.Tijd(nu()));
        await insert.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public async Task<Batchtaak?> TaakAsync(Guid taakId, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Sql(null, $"SELECT {Kolommen} FROM batch_taak WHERE taak_id = @id").With("@id", Id(taakId));
        return (await LeesAsync(command, ct)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Batchtaak>> TakenVanBestuurAsync(string onderwijsbestuurcode, int hoogstens, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Sql(null,
            $"SELECT {Kolommen} FROM batch_taak WHERE onderwijsbestuurcode = @bestuur ORDER BY aangemaakt_op DESC, taak_id LIMIT @hoogstens")
            .With("@bestuur", onderwijsbestuurcode).With("@hoogstens", hoogstens);
        return await LeesAsync(command, ct);
    }

    public async Task<GeclaimdeBatchtaak?> ClaimAsync(string eigenaar, TimeSpan lease, CancellationToken ct)
    {
        var moment = nu();
        var vrij = "status <> 'K' AND (eigenaar IS NULL OR levend_op < @grens)";
        var overslaan = dialect is PostgresDialect ? " FOR UPDATE SKIP LOCKED" : "";
        await using var connection = await dialect.OpenAsync(ct);
        await using (var open = connection.Sql(null, $"SELECT 1 FROM batch_taak WHERE {vrij} LIMIT 1").WithValue("@grens", dialect.Tijd(moment - lease)))
        {
            // An idle poll only reads: on SQLite a write transaction would take the one write lock every poll of every process.
            if (await open.ExecuteScalarAsync(ct) is null)
            {
                return null;
            }
        }

        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        Batchtaak? taak;
        await using (var claim = connection.Sql(transaction,
            $"UPDATE batch_taak SET eigenaar = @eigenaar, levend_op = @nu, status = 'B', pogingen = pogingen + 1 "
            + $"WHERE taak_id = (SELECT taak_id FROM batch_taak WHERE {vrij} ORDER BY aangemaakt_op, taak_id LIMIT 1{overslaan}) AND {vrij} "
            + $"RETURNING {Kolommen}")
            .With("@eigenaar", eigenaar).WithValue("@nu", dialect.Tijd(moment)).WithValue("@grens", dialect.Tijd(moment - lease)))
        {
            taak = (await LeesAsync(claim, ct)).FirstOrDefault();
        }

        if (taak is null)
        {
            await transaction.RollbackAsync(ct);
            return null;
        }

        byte[] bestand;
        long beantwoordTot;
        await using (var lees = connection.Sql(transaction,
            "SELECT bestand, (SELECT COALESCE(MAX(regel), 0) FROM batch_taak_regel WHERE taak_id = @id) FROM batch_taak WHERE taak_id = @id")
            .With("@id", Id(taak.TaakId)))
        await using (var reader = await lees.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            bestand = (byte[])reader.GetValue(0);
            beantwoordTot = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        await transaction.CommitAsync(ct);
        return new GeclaimdeBatchtaak(taak, bestand, beantwoordTot);
    }

    public async Task<bool> VerlengAsync(Guid taakId, string eigenaar, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        var gehouden = await LeaseVerlengenAsync(connection, transaction, taakId, eigenaar, ct);
        await transaction.CommitAsync(ct);
        return gehouden;
    }

    public async Task<bool> RegelsOpslaanAsync(Guid taakId, string eigenaar, IReadOnlyList<BatchtaakRegel> regels, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(regels);
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        if (!await LeaseVerlengenAsync(connection, transaction, taakId, eigenaar, ct))
        {
            await transaction.RollbackAsync(ct);
            return false;
        }

        var (verwerkt, goedgekeurd) = (0, 0);
        foreach (var regel in regels)
        {
            await using var insert = connection.Sql(transaction,
                "INSERT INTO batch_taak_regel (taak_id, regel, goedgekeurd, kolommen) VALUES (@id, @regel, @goed, @kolommen) ON CONFLICT (taak_id, regel) DO NOTHING")
                .With("@id", Id(taakId)).With("@regel", regel.Regel).With("@goed", regel.Goedgekeurd)
                .With("@kolommen", JsonSerializer.Serialize(regel.Kolommen));
            if (await insert.ExecuteNonQueryAsync(ct) == 1)
            {
                verwerkt++;
                goedgekeurd += regel.Goedgekeurd ? 1 : 0;
            }
        }

        await using (var tel = connection.Sql(transaction, "UPDATE batch_taak SET verwerkt = verwerkt + @verwerkt, goedgekeurd = goedgekeurd + @goed WHERE taak_id = @id")
            .With("@verwerkt", verwerkt).With("@goed", goedgekeurd).With("@id", Id(taakId)))
        {
            await tel.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return true;
    }

    public async Task<bool> AfrondenAsync(Guid taakId, string eigenaar, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        await using var update = connection.Sql(transaction,
            "UPDATE batch_taak SET status = 'K', gereed_op = @nu, eigenaar = NULL WHERE taak_id = @id AND eigenaar = @eigenaar AND status = 'B'")
            .WithValue("@nu", dialect.Tijd(nu())).With("@id", Id(taakId)).With("@eigenaar", eigenaar);
        var klaar = await update.ExecuteNonQueryAsync(ct) == 1;
        await transaction.CommitAsync(ct);
        return klaar;
    }

    public async Task<IReadOnlyList<BatchtaakRegel>> RegelsAsync(Guid taakId, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Sql(null, "SELECT regel, goedgekeurd, kolommen FROM batch_taak_regel WHERE taak_id = @id ORDER BY regel")
            .With("@id", Id(taakId));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var regels = new List<BatchtaakRegel>();
        while (await reader.ReadAsync(ct))
        {
            regels.Add(new BatchtaakRegel(reader.GetInt64(0), JsonSerializer.Deserialize<string[]>(reader.GetString(2)) ?? [], reader.GetBoolean(1)));
        }

        return regels;
    }

    private async Task<bool> LeaseVerlengenAsync(DbConnection connection, DbTransaction transaction, Guid taakId, string eigenaar, CancellationToken ct)
    {
        await using var update = connection.Sql(transaction, "UPDATE batch_taak SET levend_op = @nu WHERE taak_id = @id AND eigenaar = @eigenaar AND status = 'B'")
            .WithValue("@nu", dialect.Tijd(nu())).With("@id", Id(taakId)).With("@eigenaar", eigenaar);
        return await update.ExecuteNonQueryAsync(ct) == 1;
    }

    private static string Id(Guid taakId) => taakId.ToString("D", CultureInfo.InvariantCulture);

    private async Task<List<Batchtaak>> LeesAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var taken = new List<Batchtaak>();
        while (await reader.ReadAsync(ct))
        {
            taken.Add(new Batchtaak(Guid.Parse(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetInt32(5), reader.GetString(6) switch { "K" => Batchtaakstatus.Klaar, "B" => Batchtaakstatus.Bezig, _ => Batchtaakstatus.Wachtend },
                reader.GetInt32(7), reader.GetInt32(8), dialect.LeesTijd(reader, 9), reader.IsDBNull(10) ? null : reader.GetString(10),
                reader.IsDBNull(11) ? null : dialect.LeesTijd(reader, 11), reader.GetInt32(12), reader.IsDBNull(13) ? null : dialect.LeesTijd(reader, 13)));
        }

        return taken;
    }
}
