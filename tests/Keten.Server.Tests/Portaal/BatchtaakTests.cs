using System.Globalization;
using System.Text;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Application.Rod.Batch;
using Keten.Server.Portaal;
using Keten.Server.Portaal.Batch;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Server;
using Keten.Server.Toegang;
using Keten.Storage;
using Keten.Storage.Batch;
using Microsoft.Extensions.DependencyInjection;
using static Keten.Server.Tests.Rod.Batch.BatchBestanden;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// The portal's batch jobs in the database (ADR 0024), on SQLite and PostgreSQL, on the demo content (J. Beheerder of
/// ROC Voorbeeld, BRIN 99MA): a job whose worker died halfway (some answers stored, some mutations committed but not
/// stored; shown "Onderbroken, wordt hervat") is claimed by another worker once its lease has run out and completed with every mutation applied once; the
/// dead worker can store nothing more; workers racing for jobs never both claim one.
/// </summary>
public abstract class BatchtaakTests(StoreKind kind, PostgresServer? postgres) : KetenServerTestBasis(kind, postgres)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    /// <summary>The server runs no worker of its own (its first look could take a job the test made): the tests drive the workers themselves.</summary>
    protected override IReadOnlyDictionary<string, string>? Instellingen => new Dictionary<string, string>
    {
        ["Keten:Batch:Werker"] = "false",
        ["Keten:Batch:LeaseSeconden"] = Lease.TotalSeconds.ToString(CultureInfo.InvariantCulture),
    };

    private IKetenStore Store => Server.Services.GetRequiredService<IKetenStore>();

    [Fact]
    public async Task A_job_whose_worker_died_is_completed_by_another_worker_and_every_mutation_is_registered_once()
    {
        var ct = CancellationToken.None;
        var bestand = Encoding.UTF8.GetBytes(Groot(leerlingen: 12));
        var gebruiker = await BeheerderAsync();
        var versiesVooraf = await TelAsync($"SELECT COUNT(*) FROM rod_inschrijving WHERE brin = '{Brin}'");
        var (taakId, fout) = await Server.Services.GetRequiredService<Batchtaken>().AanleverenAsync(gebruiker, "groot.csv", bestand, ct);
        Assert.Null(fout);
        var id = taakId!.Value;
        Assert.Equal("Wachtend", await StatusAsync(id));

        // The first worker claims the job, stores 5 answers, commits 3 more mutations through the handler and dies.
        var dood = await Store.Batchtaken.ClaimAsync("dood", Lease, ct);
        Assert.NotNull(dood);
        Assert.Equal(0, dood.BeantwoordTot);
        var verwerking = new BatchVerwerking(Server.Services.GetRequiredService<InschrijvingHandler>());
        var antwoorden = await verwerking.VerwerkAsync(BatchLezer.LeesAsync(new MemoryStream(dood.Bestand), ct), gebruiker.Afzender,
            new BatchIdentiteit(dood.Taak.Kenmerk), gelijktijdig: 4, ct).Take(8).ToListAsync(ct);
        Assert.True(await Store.Batchtaken.RegelsOpslaanAsync(id, "dood", [.. antwoorden.Take(5).Select(Regel)], ct));
        Assert.Null(await Store.Batchtaken.ClaimAsync("te vroeg", Lease, ct));
        Assert.Equal("Bezig", await StatusAsync(id));

        Server.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Equal("Onderbroken, wordt hervat", await StatusAsync(id));
        Assert.True(await Server.Services.GetRequiredService<BatchtaakVerwerker>().VerwerkVolgendeAsync(ct));

        var taak = await Store.Batchtaken.TaakAsync(id, ct);
        Assert.Equal(Batchtaakstatus.Klaar, taak!.Status);
        Assert.Equal("Klaar", await StatusAsync(id));
        Assert.Equal(2, taak.Pogingen);
        Assert.Equal(taak.Totaal, taak.Verwerkt);
        var regels = await Store.Batchtaken.RegelsAsync(id, ct);
        Assert.Equal(taak.Totaal, regels.Count);
        Assert.Equal(regels.Count, regels.Select(r => r.Regel).Distinct().Count());
        Assert.Equal(regels.Count(r => r.Goedgekeurd), taak.Goedgekeurd);
        Assert.Equal(antwoorden.Select(a => BatchTerugkoppelingKolommen.Van(a)[BatchTerugkoppelingKolommen.Goedgekeurd]),
            regels.Take(8).Select(r => r.Kolommen[BatchTerugkoppelingKolommen.Goedgekeurd]));
        Assert.Equal(antwoorden.Select(a => a.Antwoord.InschrijvingId), regels.Take(8).Select(r => r.Kolommen[6] is { Length: > 0 } i ? i : null));
        Assert.Equal(versiesVooraf + taak.Goedgekeurd, await TelAsync($"SELECT COUNT(*) FROM rod_inschrijving WHERE brin = '{Brin}'"));
        Assert.False(await Store.Batchtaken.RegelsOpslaanAsync(id, "dood", [Regel(antwoorden[5])], ct));

        // The same file uploaded again: every mutation gets its recorded answer, nothing changes.
        var (opnieuw, _) = await Server.Services.GetRequiredService<Batchtaken>().AanleverenAsync(gebruiker, "groot.csv", bestand, ct);
        Assert.True(await Server.Services.GetRequiredService<BatchtaakVerwerker>().VerwerkVolgendeAsync(ct));
        Assert.Equal(regels.Select(r => string.Join(';', r.Kolommen)), (await Store.Batchtaken.RegelsAsync(opnieuw!.Value, ct)).Select(r => string.Join(';', r.Kolommen)));
        Assert.Equal(versiesVooraf + taak.Goedgekeurd, await TelAsync($"SELECT COUNT(*) FROM rod_inschrijving WHERE brin = '{Brin}'"));
    }

    [Fact]
    public async Task Workers_of_two_processes_racing_for_jobs_never_both_claim_one()
    {
        var ct = CancellationToken.None;
        var gebruiker = await BeheerderAsync();
        var bestand = Encoding.UTF8.GetBytes(Bestand([MboT(Bsn(1), "R1", "2026-08-01"), Isp("R1", "2026-08-01")]));
        var taken = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            var id = Guid.NewGuid();
            await Store.Batchtaken.AanmakenAsync(new NieuweBatchtaak(id, "100B001", gebruiker.Medewerker.Id, $"{i}.csv", "kenmerk", bestand, 1), ct);
            taken.Add(id);
        }

        // Two stores (two connection pools, as two processes have), four workers each, all claiming until nothing is left.
        IKetenStore[] processen = [Database.CreateStore(Server.Clock), Database.CreateStore(Server.Clock)];
        var geclaimd = await Task.WhenAll(processen.SelectMany((store, p) => Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var mijn = new List<Guid>();
            while (await store.Batchtaken.ClaimAsync($"p{p}w{w}", Lease, ct) is { } taak)
            {
                mijn.Add(taak.Taak.TaakId);
            }

            return mijn;
        }))));

        var alle = geclaimd.SelectMany(g => g).ToList();
        Assert.Equal(taken.Order(), alle.Order());
        foreach (var id in taken)
        {
            Assert.Equal(1, (await Store.Batchtaken.TaakAsync(id, ct))!.Pogingen);
        }
    }

    private async Task<Portaalgebruiker> BeheerderAsync()
    {
        var medewerker = (await Store.Medewerkers.MedewerkersVanBestuurAsync("100B001", CancellationToken.None)).Single(m => m.Naam == "J. Beheerder");
        var referentie = Server.Services.GetRequiredService<ReferentiedataBron>();
        return new Portaalgebruiker(medewerker, "Stichting ROC Voorbeeld", MedewerkerAfzender.Van(medewerker, referentie.Huidig, Deur.Portaal));
    }

    private async Task<string> StatusAsync(Guid id) =>
        Batchtaakweergave.Status((await Store.Batchtaken.TaakAsync(id, CancellationToken.None))!, Server.Clock.GetUtcNow(), Lease);

    private static BatchtaakRegel Regel(BatchResultaat resultaat) =>
        new(resultaat.Mutatie.Regel, BatchTerugkoppelingKolommen.Van(resultaat), resultaat.Antwoord.LeveringGoedgekeurd);

    private async Task<long> TelAsync(string sql)
    {
        await using var connection = await RuweSql.OpenAsync(Database);
        return Convert.ToInt64(await RuweSql.ExecAsync(connection, null, sql), CultureInfo.InvariantCulture);
    }
}

public sealed class BatchtaakTestsOnSqlite() : BatchtaakTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class BatchtaakTestsOnPostgres(PostgresServer postgres) : BatchtaakTests(StoreKind.Postgres, postgres);
