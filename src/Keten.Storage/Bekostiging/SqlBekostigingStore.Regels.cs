using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Keten.Domain.Rod;
using Keten.Storage.Rod;
using Keten.Storage.Sql;
using NpgsqlTypes;

namespace Keten.Storage.Bekostiging;

/// <summary>A run's lines: written in bulk, read per instelling, compared between two runs, totalled by one GROUP BY.</summary>
internal sealed partial class SqlBekostigingStore
{
    private static readonly RodBulktabel Regeltabel = new("bek_regel",
    [
        ("run_id", NpgsqlDbType.Bigint), ("brin", NpgsqlDbType.Text), ("persoon_soort", NpgsqlDbType.Text), ("persoon", NpgsqlDbType.Text),
        ("inschrijvingvolgnummer", NpgsqlDbType.Text), ("soort", NpgsqlDbType.Text), ("sleutel", NpgsqlDbType.Text), ("teldatum", NpgsqlDbType.Integer),
        ("sector", NpgsqlDbType.Text), ("leertraject", NpgsqlDbType.Text), ("niveau", NpgsqlDbType.Text), ("bekostigingsstatus", NpgsqlDbType.Boolean),
        ("redencode", NpgsqlDbType.Text), ("bijdrage_miljoensten", NpgsqlDbType.Bigint), ("versie", NpgsqlDbType.Bigint),
        ("geregistreerd_van", NpgsqlDbType.TimestampTz), ("bedrijfsdocument_id", NpgsqlDbType.Text), ("json", NpgsqlDbType.Text),
    ]);

    private const string RegelKolommen = "brin, persoon_soort, persoon, inschrijvingvolgnummer, soort, sleutel, teldatum, sector, leertraject, niveau, "
        + "bekostigingsstatus, redencode, bijdrage_miljoensten, versie, geregistreerd_van, bedrijfsdocument_id, json";

    private const string Regelvolgorde = "brin, persoon_soort, persoon, inschrijvingvolgnummer, soort, sleutel";

    private const int RegelKolomAantal = 17;

    public async Task RegelsToevoegenAsync(long runId, IReadOnlyList<Bekostigingsregel> regels, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(regels);
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        await using (var levend = connection.Sql(transaction, "UPDATE bek_run SET levend_op = @nu WHERE run_id = @run AND gereed_op IS NULL")
            .WithValue("@nu", dialect.Tijd(nu())).With("@run", runId))
        {
            if (await levend.ExecuteNonQueryAsync(ct) != 1)
            {
                throw new InvalidOperationException($"Bekostigingsrun {runId} does not exist, is finished, or was removed as a run whose process died.");
            }
        }

        await RodBulkschrijver.SchrijfAsync(connection, transaction, Regeltabel, [.. regels.Select(r => Rij(runId, r))], ct);
        await transaction.CommitAsync(ct);
    }

    public async IAsyncEnumerable<Bekostigingsregel> RegelsAsync(long runId, string brin, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Sql(null, $"SELECT {RegelKolommen} FROM bek_regel WHERE run_id = @run AND brin = @brin ORDER BY {Regelvolgorde}")
            .With("@run", runId).With("@brin", brin);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return LeesRegel(reader, 0);
        }
    }

    public async Task<IReadOnlyList<Regelverschil>> VerschillenAsync(long voorRunId, long naRunId, IReadOnlyCollection<string>? brins, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);
        var opdracht = new Opdracht(connection, transaction).Parameter("@voor", voorRunId).Parameter("@na", naRunId);
        var filter = BrinFilter(opdracht, "brin", brins);
        var sleutel = string.Join(" AND ", Regelvolgorde.Split(", ").Select(k => $"a.{k} = b.{k}"));
        opdracht.Statement($"SELECT {Kolommen("a")}, {Kolommen("b")} FROM (SELECT * FROM bek_regel WHERE run_id = @voor{filter}) a "
            + $"FULL OUTER JOIN (SELECT * FROM bek_regel WHERE run_id = @na{filter}) b ON {sleutel} "
            + "WHERE a.brin IS NULL OR b.brin IS NULL OR a.bekostigingsstatus <> b.bekostigingsstatus OR a.redencode <> b.redencode "
            + $"ORDER BY {string.Join(", ", Regelvolgorde.Split(", ").Select(k => $"COALESCE(a.{k}, b.{k})"))}");
        var paren = new List<(Bekostigingsregel? Voor, Bekostigingsregel? Na)>();
        await using (var command = opdracht.Command())
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                paren.Add((reader.IsDBNull(0) ? null : LeesRegel(reader, 0), reader.IsDBNull(RegelKolomAantal) ? null : LeesRegel(reader, RegelKolomAantal)));
            }
        }

        var leveringen = await LeveringenAsync(connection, transaction, voorRunId, naRunId, paren.Select(p => (p.Voor ?? p.Na)!.Persoon).Distinct().ToList(), ct);
        await transaction.CommitAsync(ct);
        return [.. paren.Select(p => new Regelverschil(p.Voor, p.Na, leveringen[(p.Voor ?? p.Na)!.Persoon].ToList()))];
    }

    /// <summary>The run's lines grouped once, when it is finished (<see cref="RunAfrondenAsync"/>), into bek_totaal.</summary>
    private const string TotalenGroeperenSql = $"INSERT INTO bek_totaal (run_id, {TotaalGroep}, aantal, bekostigd, bijdrage_miljoensten) "
        + $"SELECT run_id, {TotaalGroep}, COUNT(*), SUM(CASE WHEN bekostigingsstatus THEN 1 ELSE 0 END), COALESCE(SUM(bijdrage_miljoensten), 0) "
        + $"FROM bek_regel WHERE run_id = @run GROUP BY run_id, {TotaalGroep}";

    private const string TotaalGroep = "brin, soort, teldatum, sector, leertraject, niveau";

    public async Task<IReadOnlyList<Bekostigingstotaal>> TotalenAsync(long runId, IReadOnlyCollection<string>? brins, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        var opdracht = new Opdracht(connection, null).Parameter("@run", runId);
        var filter = BrinFilter(opdracht, "brin", brins);
        opdracht.Statement($"SELECT {TotaalGroep}, aantal, bekostigd, bijdrage_miljoensten FROM bek_totaal WHERE run_id = @run{filter} ORDER BY {TotaalGroep}");
        await using var command = opdracht.Command();
        await using var reader = await command.ExecuteReaderAsync(ct);
        var totalen = new List<Bekostigingstotaal>();
        while (await reader.ReadAsync(ct))
        {
            totalen.Add(new Bekostigingstotaal(reader.GetString(0), Soort(reader.GetString(1)), reader.IsDBNull(2) ? null : RodKolommen.Datum(reader.GetInt32(2)),
                reader.GetString(3), Tekst(reader, 4), Tekst(reader, 5), Getal(reader, 6), Getal(reader, 7), Getal(reader, 8)));
        }

        return totalen;
    }

    /// <summary>The enrolment versions of these persons registered after the first run's moment and at or before the second's, oldest first.</summary>
    private async Task<ILookup<Persoonsnummer, Levering>> LeveringenAsync(DbConnection connection, DbTransaction transaction, long voorRunId, long naRunId,
        IReadOnlyList<Persoonsnummer> personen, CancellationToken ct)
    {
        var rijen = new List<(Persoonsnummer, Levering)>();
        foreach (var blok in personen.Chunk(StudentenPagina))
        {
            var opdracht = new Opdracht(connection, transaction).Parameter("@voor", voorRunId).Parameter("@na", naRunId);
            var lijst = string.Join(", ", blok.Select((p, n) =>
            {
                opdracht.Parameter($"@ps{n}", RodKolommen.Soort(p)).Parameter($"@p{n}", p.Waarde);
                return string.Create(CultureInfo.InvariantCulture, $"(@ps{n}, @p{n})");
            }));
            opdracht.Statement("SELECT i.persoon_soort, i.persoon, i.brin, i.volgnummer, i.geregistreerd_van, i.bedrijfsdocument_id, i.verwijderd FROM rod_inschrijving i "
                + "WHERE i.geregistreerd_van > (SELECT bekend_op FROM bek_run WHERE run_id = @voor) "
                + "AND i.geregistreerd_van <= (SELECT bekend_op FROM bek_run WHERE run_id = @na) "
                + $"AND (i.persoon_soort, i.persoon) IN (VALUES {lijst}) ORDER BY i.geregistreerd_van, i.versie");
            await using var command = opdracht.Command();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rijen.Add((RodKolommen.Persoon(reader.GetString(0), reader.GetString(1)),
                    new Levering(reader.GetString(2), reader.GetString(3), dialect.LeesTijd(reader, 4), Tekst(reader, 5), reader.GetBoolean(6))));
            }
        }

        return rijen.ToLookup(r => r.Item1, r => r.Item2);
    }

    private static string BrinFilter(Opdracht opdracht, string kolom, IReadOnlyCollection<string>? brins)
    {
        if (brins is null)
        {
            return "";
        }

        var namen = brins.Select((b, n) =>
        {
            var naam = string.Create(CultureInfo.InvariantCulture, $"@fb{n}");
            opdracht.Parameter(naam, b);
            return naam;
        }).ToList();
        return $" AND {kolom} IN ({(namen.Count == 0 ? "NULL" : string.Join(", ", namen))})";
    }

    private object?[] Rij(long runId, Bekostigingsregel r) =>
    [
        runId, r.Brin, RodKolommen.Soort(r.Persoon), r.Persoon.Waarde, r.Inschrijvingvolgnummer, Soortcode(r.Soort), r.Sleutel,
        r.Teldatum is { } t ? DbCommandExtensions.Dag(t) : null, r.Sector, r.Leertraject, r.Niveau, r.Bekostigingsstatus, r.Redencode,
        r.BijdrageMiljoensten, r.Herkomst.Versie, dialect.Tijd(r.Herkomst.GeregistreerdVan), r.Herkomst.BedrijfsdocumentId, r.Json,
    ];

    private Bekostigingsregel LeesRegel(DbDataReader r, int k) => new(
        r.GetString(k), RodKolommen.Persoon(r.GetString(k + 1), r.GetString(k + 2)), r.GetString(k + 3), Soort(r.GetString(k + 4)), r.GetString(k + 5),
        r.IsDBNull(k + 6) ? null : RodKolommen.Datum(r.GetInt32(k + 6)), r.GetString(k + 7), Tekst(r, k + 8), Tekst(r, k + 9), r.GetBoolean(k + 10),
        r.GetString(k + 11), r.IsDBNull(k + 12) ? null : r.GetInt64(k + 12),
        new Inschrijvingsherkomst(r.GetInt64(k + 13), dialect.LeesTijd(r, k + 14), Tekst(r, k + 15)), r.GetString(k + 16));

    private static string Kolommen(string alias) => string.Join(", ", RegelKolommen.Split(", ").Select(k => $"{alias}.{k}"));

    private static string Soortcode(Regelsoort soort) => soort == Regelsoort.Diploma ? "D" : "I";

    private static Regelsoort Soort(string code) => code == "D" ? Regelsoort.Diploma : Regelsoort.Inschrijving;

    private static string? Tekst(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static long Getal(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);
}
