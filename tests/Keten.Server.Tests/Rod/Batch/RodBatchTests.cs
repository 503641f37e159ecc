using CsvHelper;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Application.Rod.Batch;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Server;
using Microsoft.Extensions.DependencyInjection;
using static Keten.Application.Rod.Batch.BatchKolommen;
using static Keten.Server.Tests.Rod.Batch.BatchBestanden;

namespace Keten.Server.Tests.Rod.Batch;

/// <summary>
/// Batch files through the handler of the server on the demo content (ROC Voorbeeld, BRIN 99MA), on SQLite and
/// PostgreSQL: one terugkoppeling line per mutation in the order of the file, a bad line refused with the column and the
/// line it is about while the others go on, and a run stopped halfway that resumes to the same file without doubling.
/// </summary>
public abstract class RodBatchTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private static readonly Afzender Roc = new(DemoBesturen.RocVoorbeeldOin, DemoBesturen.RocVoorbeeld);
    private readonly string map = Directory.CreateTempSubdirectory("keten-batch-").FullName;

    public override async Task DisposeAsync()
    {
        Directory.Delete(map, recursive: true);
        await base.DisposeAsync();
    }

    [Fact]
    public async Task A_file_with_good_and_bad_lines_gets_one_answer_per_mutation_in_file_order_and_a_bad_line_names_its_column()
    {
        var bestand = Bestand(
        [
            MboT(Bsn(1), "M1", "2026-08-01"),                                    // 2
            Isp("M1", "2026-08-01"),
            MboT(Bsn(2), "M2", "2026-13-01"),                                    // 4: no date
            Isp("M2", "2026-08-01"),
            Isg("X", Bsn(3), "M3", (DatumInschrijving, "2026-08-01")),           // 6: no mutatiesoort
            Isp("M3", "2026-08-01"),
            MboT(Bsn(4), "M4", "2026-08-01"),                                    // 8: its period lacks the opleidingcode
            Isp("M4", "2026-08-01", (Opleidingcode, null)),
            Isg("U", Bsn(1), "M1", (DatumUitschrijvingWerkelijk, "2026-09-30"), (RedenUitstroom, "02")), // 10: after its T
            Isg("V", Bsn(5), "M9"),                                              // 11: does not exist
            Isg("V", Bsn(6), "M8"),                                              // 12
            Isp("M8", "2026-08-01"),                                             // 13: no ISP with a V
        ]);

        var regels = await VerwerkAsync(bestand, Path.Combine(map, "uit.csv"));

        Assert.Equal(["2", "4", "6", "8", "10", "11", "12"], regels.Select(r => r["regel"]));
        Assert.Equal(["J", "N", "N", "N", "J", "N", "N"], regels.Select(r => r["goedgekeurd"]));
        Assert.Equal(["T", "T", "X", "T", "U", "V", "V"], regels.Select(r => r["mutatiesoort"]));
        Assert.Contains("Veld datumInschrijving: regel 4: '2026-13-01' is geen datum", regels[1]["meldingen"], StringComparison.Ordinal);
        Assert.Contains("Veld mutatiesoort: regel 6: 'X' is geen mutatiesoort", regels[2]["meldingen"], StringComparison.Ordinal);
        Assert.Contains("Veld opleidingcode: regel 9: is verplicht", regels[3]["meldingen"], StringComparison.Ordinal);
        Assert.Equal("KTN400", regels[3]["codes"]);
        Assert.Equal("ROD041", regels[5]["codes"]);
        Assert.Contains("Veld recordsoort: regel 13: een ISP-regel hoort niet bij mutatiesoort V", regels[6]["meldingen"], StringComparison.Ordinal);
        Assert.Equal(regels[0]["inschrijvingId"], regels[4]["inschrijvingId"]);
        Assert.DoesNotContain(Bsn(1), await File.ReadAllTextAsync(Path.Combine(map, "uit.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_stopped_halfway_with_a_half_written_line_resumes_to_the_file_of_an_uninterrupted_run_without_doubling()
    {
        var bestand = Groot(leerlingen: 12);
        var hervat = Path.Combine(map, "hervat.csv");
        var ongestoord = Path.Combine(map, "ongestoord.csv");
        var invoer = Path.Combine(map, "invoer.csv");
        await File.WriteAllTextAsync(invoer, bestand);
        var (identiteit, _) = await BatchIdentiteit.VanBestandAsync(invoer, CancellationToken.None);

        await VerwerkAsync(bestand, hervat, identiteit, stopNa: 5);
        await File.AppendAllTextAsync(hervat, "31;6d1f");
        await VerwerkAsync(bestand, hervat, identiteit);
        var versies = await TelAsync("SELECT COUNT(*) FROM rod_inschrijving WHERE brin = '" + BatchBestanden.Brin + "'");
        await VerwerkAsync(bestand, ongestoord, identiteit);

        Assert.Equal(await File.ReadAllTextAsync(ongestoord), await File.ReadAllTextAsync(hervat));
        var regels = await LeesAsync(hervat);
        Assert.Equal(regels.Count(r => r["goedgekeurd"] == "J"), versies);
        Assert.Equal(versies, await TelAsync("SELECT COUNT(*) FROM rod_inschrijving WHERE brin = '" + BatchBestanden.Brin + "'"));
        Assert.Equal(regels.Select(r => r["regel"]).Distinct().Count(), regels.Count);
    }

    [Fact]
    public async Task Every_answer_line_names_who_reports_and_after_the_mutation_stop_a_funding_change_needs_the_accountantsverklaring_column()
    {
        var toegevoegd = await VerwerkAsync(Bestand([MboT(Bsn(1), "M1", "2026-08-01"), Isp("M1", "2026-08-01")]), Path.Combine(map, "t.csv"));
        Server.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 1, 9, 0, 0, TimeSpan.Zero));
        var aangepast = await VerwerkAsync(Bestand(
        [
            Isg("A", Bsn(1), "M1", (DatumInschrijving, "2026-08-01"), (HoogsteVooropleiding, "04")),
            Isp("M1", "2026-08-01", (IndicatieBekostigbaar, "N")),
            Isg("A", Bsn(1), "M1", (DatumInschrijving, "2026-08-01"), (HoogsteVooropleiding, "04"), (Accountantsverklaring, "J")),
            Isp("M1", "2026-08-01", (IndicatieBekostigbaar, "N")),
        ]), Path.Combine(map, "a.csv"));

        Assert.Equal("99MA MBO M1 VER04 2026-08-01", Assert.Single(toegevoegd)["verantwoordelijke"]);
        Assert.Equal(["N", "J"], aangepast.Select(r => r["goedgekeurd"]));
        Assert.Equal(["ROD080", "RS005"], aangepast.Select(r => r["codes"]));
        Assert.Contains("veld=indicatieBekostigbaar, teldatum=2026-10-01", aangepast[0]["meldingen"], StringComparison.Ordinal);
        Assert.Equal(["", "99MA MBO M1 VER04 2027-06-01"], aangepast.Select(r => r["verantwoordelijke"]));
    }

    private async Task<List<Dictionary<string, string>>> VerwerkAsync(string bestand, string uitvoer, BatchIdentiteit? identiteit = null, int? stopNa = null)
    {
        var verwerking = new BatchVerwerking(Server.Services.GetRequiredService<InschrijvingHandler>());
        await using (var terugkoppeling = await BatchTerugkoppelingBestand.OpenAsync(uitvoer, r => identiteit?.BedrijfsdocumentId(Roc.Oin, r), CancellationToken.None))
        {
            var mutaties = BatchLezer.LeesAsync(Stroom(bestand), CancellationToken.None).Where(m => m.Regel > terugkoppeling.HervatNa);
            var geschreven = 0;
            await foreach (var resultaat in verwerking.VerwerkAsync(mutaties, Roc, identiteit, gelijktijdig: 4, CancellationToken.None))
            {
                await terugkoppeling.SchrijfAsync(resultaat, CancellationToken.None);
                if (++geschreven == stopNa)
                {
                    break;
                }
            }
        }

        return await LeesAsync(uitvoer);
    }

    private static async Task<List<Dictionary<string, string>>> LeesAsync(string pad)
    {
        await using var csv = CsvReader.Create(File.OpenRead(pad), CsvReaderOptions.Default with { Separator = ';' }, leaveOpen: false);
        var regels = new List<Dictionary<string, string>>();
        while (await csv.ReadAsync())
        {
            regels.Add(csv.Headers.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => csv.GetString(p.i)));
        }

        return regels;
    }

    private async Task<long> TelAsync(string sql)
    {
        await using var connection = await RuweSql.OpenAsync(Database);
        return Convert.ToInt64(await RuweSql.ExecAsync(connection, null, sql), System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class RodBatchTestsOnSqlite() : RodBatchTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class RodBatchTestsOnPostgres(PostgresServer postgres) : RodBatchTests(StoreKind.Postgres, postgres);
