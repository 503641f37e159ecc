using System.Data.Common;
using System.Globalization;
using Keten.Domain.Bekostiging;
using Keten.Domain.Referentie;
using Keten.Storage.Audit;
using Keten.Storage.Sql;

namespace Keten.Storage.Bekostiging;

/// <summary>
/// <see cref="IBekostigingStore"/> on both databases: the run's own row and its audit row in one transaction, its lines in
/// transactions of their own beside the write path (a national run must not hold the enrolment writers up), and the
/// run marked finished last, so a run whose process died is never listed.
/// </summary>
internal sealed partial class SqlBekostigingStore(SqlDialect dialect, Func<DateTimeOffset> nu) : IBekostigingStore
{
    public const string AuditObject = "Bekostigingsrun";

    private const string RunKolommen = "run_id, sector, bekostigingsjaar, bekend_op, status, onderwijsbestuurcode, brins, deur, gestart_door, gestart_op, "
        + "gereed_op, aantal_studenten, aantal_regels";

    public async Task<long> RunBeginnenAsync(NieuweBekostigingsrun run, Auditbron door, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(door);
        var moment = nu();
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        await using var insert = connection.Sql(transaction,
            "INSERT INTO bek_run (sector, bekostigingsjaar, bekend_op, status, onderwijsbestuurcode, brins, deur, gestart_door, gestart_op, levend_op) "
            + "VALUES (@sector, @jaar, @bekendOp, @status, @bestuur, @brins, @deur, @door, @nu, @nu) RETURNING run_id")
            .With("@sector", run.Sector.ToString()).With("@jaar", run.Bekostigingsjaar).WithValue("@bekendOp", dialect.Tijd(run.BekendOp))
            .With("@status", Statuscode(run.Status)).With("@bestuur", run.Onderwijsbestuurcode)
            .With("@brins", run.Brins is null ? null : string.Join(',', run.Brins)).With("@deur", door.Deur)
            .With("@door", $"{door.HandelendeSoort} {door.HandelendeKenmerk}").WithValue("@nu", dialect.Tijd(moment));
        var runId = Convert.ToInt64(await insert.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        await AuditSchrijven.SchrijfAsync(connection, transaction, dialect, moment, door,
            [new Auditregel(run.Onderwijsbestuurcode, "bekostigingsrun starten", AuditObject, runId.ToString(CultureInfo.InvariantCulture),
                Brin: run.Brins is [var enige] ? enige : null,
                Detail: string.Create(CultureInfo.InvariantCulture, $"{run.Sector} {run.Bekostigingsjaar} {Statuscode(run.Status)} bekend op {run.BekendOp:O}"))], ct);
        await transaction.CommitAsync(ct);
        return runId;
    }

    public async Task<IReadOnlyList<long>> OpruimenAsync(DateTimeOffset stilSinds, Auditbron door, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(door);
        var moment = nu();
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        var dood = new List<(long RunId, string? Bestuur)>();
        await using (var select = connection.Sql(transaction,
            $"SELECT run_id, onderwijsbestuurcode FROM bek_run WHERE gereed_op IS NULL AND levend_op < @grens ORDER BY run_id{dialect.VoorBijwerken}")
            .WithValue("@grens", dialect.Tijd(stilSinds)))
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                dood.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }
        }

        foreach (var (runId, _) in dood)
        {
            await using var delete = connection.Sql(transaction, "DELETE FROM bek_regel WHERE run_id = @run; DELETE FROM bek_run WHERE run_id = @run").With("@run", runId);
            await delete.ExecuteNonQueryAsync(ct);
        }

        if (dood.Count > 0)
        {
            await AuditSchrijven.SchrijfAsync(connection, transaction, dialect, moment, door,
                [.. dood.Select(d => new Auditregel(d.Bestuur, "bekostigingsrun opruimen", AuditObject, d.RunId.ToString(CultureInfo.InvariantCulture),
                    Detail: string.Create(CultureInfo.InvariantCulture, $"onafgerond, geen teken van leven sinds {stilSinds:O}")))], ct);
        }

        await transaction.CommitAsync(ct);
        return [.. dood.Select(d => d.RunId)];
    }

    public async Task RunAfrondenAsync(long runId, int studenten, int regels, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        await using var update = connection.Sql(transaction,
            "UPDATE bek_run SET gereed_op = @nu, aantal_studenten = @studenten, aantal_regels = @regels WHERE run_id = @run AND gereed_op IS NULL")
            .WithValue("@nu", dialect.Tijd(nu())).With("@studenten", studenten).With("@regels", regels).With("@run", runId);
        if (await update.ExecuteNonQueryAsync(ct) != 1)
        {
            throw new InvalidOperationException($"Bekostigingsrun {runId} does not exist or is finished already.");
        }

        await using var totalen = connection.Sql(transaction, TotalenGroeperenSql).With("@run", runId);
        await totalen.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public async Task<Bekostigingsrun?> RunAsync(long runId, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Sql(null, $"SELECT {RunKolommen} FROM bek_run WHERE run_id = @run").With("@run", runId);
        return (await LeesRunsAsync(command, ct)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Bekostigingsrun>> RunsAsync(Sector? sector, int? bekostigingsjaar, string? onderwijsbestuurcode, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        var waar = "gereed_op IS NOT NULL"
            + (sector is null ? "" : " AND sector = @sector")
            + (bekostigingsjaar is null ? "" : " AND bekostigingsjaar = @jaar")
            + (onderwijsbestuurcode is null ? "" : " AND (onderwijsbestuurcode = @bestuur OR status = 'D')");
        await using var command = connection.Sql(null, $"SELECT {RunKolommen} FROM bek_run WHERE {waar} ORDER BY run_id DESC")
            .With("@sector", sector?.ToString()).With("@jaar", bekostigingsjaar).With("@bestuur", onderwijsbestuurcode);
        return await LeesRunsAsync(command, ct);
    }

    public static string Statuscode(Statusbepaling status) => status == Statusbepaling.Definitief ? "D" : "V";

    private async Task<List<Bekostigingsrun>> LeesRunsAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var runs = new List<Bekostigingsrun>();
        while (await reader.ReadAsync(ct))
        {
            runs.Add(new Bekostigingsrun(reader.GetInt64(0), Enum.Parse<Sector>(reader.GetString(1)), reader.GetInt32(2), dialect.LeesTijd(reader, 3),
                reader.GetString(4) == "D" ? Statusbepaling.Definitief : Statusbepaling.Voorlopig,
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6).Split(','),
                reader.GetString(7), reader.GetString(8), dialect.LeesTijd(reader, 9),
                reader.IsDBNull(10) ? null : dialect.LeesTijd(reader, 10),
                reader.IsDBNull(11) ? null : reader.GetInt32(11),
                reader.IsDBNull(12) ? null : reader.GetInt32(12)));
        }

        return runs;
    }
}
