using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Server;
using Keten.Server.Tests.Server;

namespace Keten.Server.Tests.Rod.Batch;

/// <summary>
/// `keten rod batch` as a real process (keten.dll) on the demo content, on SQLite and PostgreSQL: killed halfway and
/// started again, it leaves the terugkoppeling file and the database an uninterrupted run leaves on a fresh database.
/// </summary>
public abstract class RodBatchCliTests(StoreKind kind, PostgresServer? postgres) : DatabaseTest(kind, postgres)
{
    // Large enough that the run is still going when a test thread starved by a busy machine gets to kill it.
    private const int Leerlingen = 3000;
    private readonly string map = Directory.CreateTempSubdirectory("keten-batch-cli-").FullName;
    private TestDatabase? ongestoord;

    private TestDatabase Ongestoord => ongestoord ?? throw new InvalidOperationException("InitializeAsync has not run.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        ongestoord = await KetenConnectionStrings.CreateAsync(Kind, Postgres);
        await MetDemoAsync(ConnectionString);
        await MetDemoAsync(Ongestoord.ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        if (ongestoord is not null)
        {
            await ongestoord.DisposeAsync();
        }

        Directory.Delete(map, recursive: true);
        await base.DisposeAsync();
    }

    [Fact]
    public async Task A_batch_killed_halfway_and_started_again_leaves_the_terugkoppeling_and_database_of_an_uninterrupted_run()
    {
        var invoer = Path.Combine(map, "invoer.csv");
        await File.WriteAllTextAsync(invoer, BatchBestanden.Groot(Leerlingen));
        var hervat = Path.Combine(map, "hervat.csv");
        var ongestoordUit = Path.Combine(map, "ongestoord.csv");

        using (var proces = Start(invoer, hervat, ConnectionString))
        {
            try
            {
                await WachtOpAntwoordenAsync(proces, hervat, 150);
            }
            finally
            {
                proces.Kill(entireProcessTree: true);
                await proces.WaitForExitAsync();
            }
        }

        var naKill = (await File.ReadAllLinesAsync(hervat)).Length - 1;
        var (code, uit, fout) = await RunAsync(invoer, hervat, ConnectionString);
        var (codeOngestoord, _, _) = await RunAsync(invoer, ongestoordUit, Ongestoord.ConnectionString);

        Assert.InRange(naKill, 150, Leerlingen);
        Assert.Equal((3, 3), (code, codeOngestoord));
        Assert.Contains("hervat na regel", fout, StringComparison.Ordinal);
        Assert.Contains("Afgekeurd per foutcode:", uit, StringComparison.Ordinal);
        Assert.Equal(await GenormaliseerdAsync(ongestoordUit), await GenormaliseerdAsync(hervat));
        Assert.Equal(await InhoudAsync(Ongestoord), await InhoudAsync(Database));
    }

    private static async Task MetDemoAsync(string connectionString)
    {
        await using var server = new KetenTestServer(connectionString, demo: true);
        using var client = server.CreateClient();
    }

    private static Process Start(string invoer, string uitvoer, string connectionString)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "keten.dll"), "rod", "batch", invoer, "--afzender", DemoBesturen.RocVoorbeeldOin,
                     "--uitvoer", uitvoer, "--connection", connectionString })
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("keten did not start");
    }

    private static async Task<(int Code, string Uit, string Fout)> RunAsync(string invoer, string uitvoer, string connectionString)
    {
        using var proces = Start(invoer, uitvoer, connectionString);
        var uit = proces.StandardOutput.ReadToEndAsync();
        var fout = proces.StandardError.ReadToEndAsync();
        using var tijd = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        try
        {
            await proces.WaitForExitAsync(tijd.Token);
        }
        catch (OperationCanceledException)
        {
            proces.Kill(entireProcessTree: true);
            throw new TimeoutException("keten rod batch did not finish in time");
        }

        return (proces.ExitCode, await uit, await fout);
    }

    /// <summary>Waits until the running process has written at least <paramref name="antwoorden"/> answers.</summary>
    private static async Task WachtOpAntwoordenAsync(Process proces, string uitvoer, int antwoorden)
    {
        _ = proces.StandardOutput.ReadToEndAsync();
        _ = proces.StandardError.ReadToEndAsync();
        var tot = DateTime.UtcNow.AddMinutes(3);
        while (!File.Exists(uitvoer) || await RegelsAsync(uitvoer) <= antwoorden)
        {
            Assert.False(proces.HasExited, "keten rod batch ended before it could be killed");
            Assert.True(DateTime.UtcNow < tot, "keten rod batch wrote too few answers in time");
            await Task.Delay(20);
        }
    }

    private static async Task<int> RegelsAsync(string pad)
    {
        await using var bestand = new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var lezer = new StreamReader(bestand);
        return (await lezer.ReadToEndAsync()).Count(c => c == '\n');
    }

    /// <summary>The file with each inschrijvingId replaced by its rank of first appearance: the two databases give their own ids.</summary>
    private static async Task<string> GenormaliseerdAsync(string pad)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var tekst = new StringBuilder();
        await using var csv = CsvReader.Create(File.OpenRead(pad), CsvReaderOptions.Default with { Separator = ';' }, leaveOpen: false);
        while (await csv.ReadAsync())
        {
            var velden = csv.Headers.Select((kolom, i) => kolom == "inschrijvingId" && csv.GetString(i).Length > 0
                ? ids.TryAdd(csv.GetString(i), ids.Count) ? $"#{ids.Count - 1}" : $"#{ids[csv.GetString(i)]}"
                : csv.GetString(i));
            tekst.AppendLine(string.Join(';', velden));
        }

        return tekst.ToString();
    }

    /// <summary>Every version of every enrolment, with its periods and diplomas counted, in a fixed order.</summary>
    private static async Task<string> InhoudAsync(TestDatabase database)
    {
        await using var connection = await RuweSql.OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT i.brin, i.persoon, i.volgnummer, i.datum_inschrijving, i.datum_uitschrijving_werkelijk, i.reden_uitstroom, i.verwijderd,
                   i.geregistreerd_tot IS NULL, i.bedrijfsdocument_id,
                   (SELECT COUNT(*) FROM rod_periode p WHERE p.versie = i.versie), (SELECT COUNT(*) FROM rod_diploma d WHERE d.versie = i.versie)
            FROM rod_inschrijving i ORDER BY i.persoon, i.volgnummer, i.geregistreerd_van, i.versie
            """;
        var tekst = new StringBuilder();
        await using var lezer = await command.ExecuteReaderAsync();
        while (await lezer.ReadAsync())
        {
            tekst.AppendLine(string.Join(';', Enumerable.Range(0, lezer.FieldCount).Select(i => Convert.ToString(lezer.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return tekst.ToString();
    }
}

public sealed class RodBatchCliTestsOnSqlite() : RodBatchCliTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class RodBatchCliTestsOnPostgres(PostgresServer postgres) : RodBatchCliTests(StoreKind.Postgres, postgres);
