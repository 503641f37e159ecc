using Keten.Application.Bekostiging;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Domain.Bekostiging;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rod;
using Keten.Storage.Bekostiging;

namespace Keten.Server.Tests.Bekostiging;

/// <summary>
/// Funding runs on a real database: which students a run reads as known at its moment, the lines it stores, that a
/// run repeated as known on the same moment stores the same lines whatever was delivered since, what moved between two
/// runs and which delivery moved it, and who may start which run. MBO funding year 2026: teldata 2024-10-01 and
/// 2025-02-01, studiejaar 2024-08-01..2025-07-31, diplomas of 2024.
/// </summary>
public abstract class BekostigingsrunTests(StoreKind kind, PostgresServer? postgres) : RodKetenTestBasis(kind, postgres)
{
    private const int Jaar = 2026;
    private static readonly DateOnly Begin = new(2024, 8, 1);
    private static readonly Afzender Operator = new("", null, DuoBeheer: true) { Deur = Deur.Cli, Handelende = new Handelende(HandelendeSoort.Operator, "test") };

    private readonly Proefberekening berekening = new();

    private Bekostigingsruns Runs => new(Store, Referentie, Time, berekening.Bepaal);

    [Fact]
    public async Task A_run_repeated_as_known_on_the_first_moment_stores_the_same_lines_after_later_deliveries()
    {
        await LeverAsync(Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Begin, null))), "11111111-0000-4000-8000-000000000001");
        var eerste = await StartAsync(Roc);
        await LeverAsync(Inschrijvingmutatie.Aanpassen(Mbo(MboPeriode(Begin, null, bekostigbaar: false))), "11111111-0000-4000-8000-000000000002");

        var herhaald = await StartAsync(Roc, bekendOp: eerste.BekendOp);
        var nu = await StartAsync(Roc);

        Assert.Equal(await RegelsAsync(eerste), await RegelsAsync(herhaald));
        Assert.Equal([true, true], (await RegelsAsync(eerste)).Select(r => r.Bekostigingsstatus));
        Assert.Equal([false, false], (await RegelsAsync(nu)).Select(r => r.Bekostigingsstatus));
        Assert.Equal(["20241001", "20250201"], (await RegelsAsync(eerste)).Select(r => r.Sleutel));
        Assert.All(await RegelsAsync(eerste), r => Assert.Equal("11111111-0000-4000-8000-000000000001", r.Herkomst.BedrijfsdocumentId));
    }

    [Fact]
    public async Task The_diff_names_every_line_whose_status_moved_with_both_rules_and_the_delivery_between_the_runs()
    {
        await LeverAsync(Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Begin, null))), "22222222-0000-4000-8000-000000000001");
        var voor = await StartAsync(Roc);
        await LeverAsync(Inschrijvingmutatie.Aanpassen(Mbo(MboPeriode(Begin, null), MboPeriode(new DateOnly(2025, 1, 6), null, bekostigbaar: false))),
            "22222222-0000-4000-8000-000000000002");
        var na = await StartAsync(Roc);

        var (verschil, fouten) = await Runs.VerschilAsync(voor.RunId, na.RunId, Roc, CancellationToken.None);

        Assert.Empty(fouten);
        var enige = Assert.Single(verschil!.Verschillen);
        Assert.Equal((MboBrin, "M1", new DateOnly(2025, 2, 1)), (enige.Brin, enige.Inschrijvingvolgnummer, enige.Teldatum!.Value));
        Assert.Equal((true, Bekostigingsredenen.Bekostigbaar), (enige.Voor!.Bekostigingsstatus, enige.Voor.Redencode));
        Assert.Equal((false, Bekostigingsredenen.IndicatieNee), (enige.Na!.Bekostigingsstatus, enige.Na.Redencode));
        var levering = Assert.Single(enige.Leveringen);
        Assert.Equal(("22222222-0000-4000-8000-000000000002", MboBrin, "M1"), (levering.BedrijfsdocumentId, levering.Brin, levering.Inschrijvingvolgnummer));
        Assert.True(levering.GeregistreerdVan > voor.BekendOp && levering.GeregistreerdVan <= na.BekendOp);
        Assert.Equal(enige.Na.GeregistreerdVan, levering.GeregistreerdVan);
    }

    [Fact]
    public async Task A_run_reads_each_student_of_the_sector_in_the_studiejaar_with_all_enrolments_at_any_instelling()
    {
        var diplomaleerling = Persoonsnummer.Bsn("999990020");
        var oudeLeerling = Persoonsnummer.Bsn("999990032");
        var voLeerling = Persoonsnummer.Bsn("999990044");
        await LeverAsync(Inschrijvingmutatie.Toevoegen(Vo(VoPeriode(new DateOnly(2023, 8, 1), 3, Leerroutefase.VO))), null, School);
        await LeverAsync(Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Begin, Leerroutefase.VO))), null);
        // Past their teldata's mutation stop: history delivered late needs the accountant's flag.
        await LeverAsync(Inschrijvingmutatie.Toevoegen(Afgesloten(diplomaleerling, new DateOnly(2024, 6, 28), metDiploma: true), accountantsverklaring: true), null);
        await LeverAsync(Inschrijvingmutatie.Toevoegen(Afgesloten(oudeLeerling, new DateOnly(2023, 6, 30), metDiploma: false), accountantsverklaring: true), null);
        await LeverAsync(Inschrijvingmutatie.Toevoegen(Vo(VoPeriode(new DateOnly(2023, 8, 1), 3, null)) with { Persoon = voLeerling }), null, School);

        var run = await StartAsync(Operator);

        Assert.Equal(2, run.AantalStudenten);
        var gezien = berekening.Gezien.ToDictionary(s => s.Persoon);
        Assert.Equal([Leerling, diplomaleerling], gezien.Keys.OrderBy(p => p.Waarde, StringComparer.Ordinal).ToList());
        Assert.Equal([Sector.MBO, Sector.VO], gezien[Leerling].Inschrijvingen.Select(i => i.Sector).Order().ToList());
        Assert.Equal(["D1"], (await RegelsAsync(run)).Where(r => r.Soort == Regelsoort.Diploma).Select(r => r.Sleutel));
    }

    [Fact]
    public async Task A_run_reads_past_a_page_of_students_and_its_totals_count_every_line()
    {
        var leerlingen = Bsns().Take(SqlBekostigingStorePagina + 3).ToList();
        await Bulk.VerwerkAsync([.. leerlingen.Select(p => Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Begin, null)) with { Persoon = p }))], Roc, null, CancellationToken.None);

        var run = await StartAsync(Roc);
        var totalen = await Runs.TotalenAsync(run.RunId, Roc, CancellationToken.None);

        Assert.Equal(leerlingen.Count, run.AantalStudenten);
        Assert.Equal(leerlingen.Count, berekening.Gezien.Select(s => s.Persoon).Distinct().Count());
        Assert.Equal(2 * leerlingen.Count, run.AantalRegels);
        Assert.All(totalen!, t => Assert.Equal((leerlingen.Count, leerlingen.Count, leerlingen.Count * 1.25m), (t.Aantal, t.Bekostigd, t.Bijdrage)));
        Assert.Equal([new DateOnly(2024, 10, 1), new DateOnly(2025, 2, 1)], totalen!.Select(t => t.Teldatum!.Value));
    }

    [Fact]
    public async Task The_tbgi_of_an_instelling_comes_back_from_the_stored_lines_as_the_determination_made_it()
    {
        await LeverAsync(Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Begin, null))), null);
        var run = await StartAsync(Roc);

        var tbgi = await Runs.TbgiAsync(run.RunId, MboBrin, Roc, CancellationToken.None);
        var student = Assert.Single(berekening.Gezien);
        var verwacht = berekening.Bepaal(student, new Bekostigingsopdracht(Sector.MBO, Jaar, run.BekendOp, Statusbepaling.Voorlopig), Referentie.Huidig);

        Assert.Equal(RioJson.Serialize(verwacht.Inschrijvingen), RioJson.Serialize(tbgi!.Inschrijvingen));
        Assert.Equal($"TBGI_{MboBrin}_2026_{tbgi.Aanmaakdatum:yyyyMMdd}.XML", tbgi.Bestandsnaam);
    }

    [Fact]
    public async Task A_school_runs_only_its_own_instellingen_and_sees_only_its_own_runs_and_the_definitive_ones()
    {
        await LeverAsync(Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Begin, null))), null);
        var vanRoc = await StartAsync(Roc);
        var vanSchool = await StartAsync(School);
        var definitief = await StartAsync(Operator, Statusbepaling.Definitief);

        Assert.Equal((1, 0), (vanRoc.AantalStudenten, vanSchool.AantalStudenten));
        Assert.Equal([definitief.RunId, vanSchool.RunId], (await Runs.RunsAsync(Sector.MBO, Jaar, School, CancellationToken.None)).Select(r => r.RunId));
        Assert.Null(await Runs.TbgiAsync(vanRoc.RunId, MboBrin, School, CancellationToken.None));
        Assert.Null(await Runs.TbgiAsync(definitief.RunId, MboBrin, School, CancellationToken.None));
        Assert.NotNull(await Runs.TbgiAsync(definitief.RunId, MboBrin, Roc, CancellationToken.None));
        var (_, fouten) = await Runs.StartAsync(new BekostigingsrunVerzoek(Sector.MBO, Jaar, Statusbepaling.Voorlopig, Brin: MboBrin), School, CancellationToken.None);
        Assert.Equal("ROD004", Assert.Single(fouten).Foutcode);
    }

    [Fact]
    public async Task Only_a_duo_operator_starts_a_definitive_run_and_starting_one_is_audited()
    {
        var (geweigerd, fouten) = await Runs.StartAsync(new BekostigingsrunVerzoek(Sector.MBO, Jaar, Statusbepaling.Definitief), Roc, CancellationToken.None);
        var (_, toekomst) = await Runs.StartAsync(new BekostigingsrunVerzoek(Sector.MBO, Jaar, Statusbepaling.Voorlopig, Time.GetUtcNow().AddMinutes(1)), Roc, CancellationToken.None);
        var definitief = await StartAsync(Operator, Statusbepaling.Definitief);

        Assert.Null(geweigerd);
        Assert.Equal("BKR001", Assert.Single(fouten).Foutcode);
        Assert.Equal("BKR003", Assert.Single(toekomst).Foutcode);
        Assert.Equal(Statusbepaling.Definitief, definitief.Status);
        Assert.Equal(1, await TelAsync("SELECT COUNT(*) FROM bek_run"));
        Assert.Equal(1, await TelAsync(
            $"SELECT COUNT(*) FROM audit WHERE operatie = 'bekostigingsrun starten' AND object_sleutel = '{definitief.RunId}' AND handelende_soort = 'operator' AND deur = 'cli'"));
    }

    [Fact]
    public async Task A_run_whose_process_died_is_removed_with_its_lines_by_the_next_start_and_a_run_still_writing_is_left_alone()
    {
        await LeverAsync(Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Begin, null))), null);
        var regels = await RegelsAsync(await StartAsync(Operator));
        var dood = await BeginAsync();
        await Store.Bekostiging.RegelsToevoegenAsync(dood, regels, CancellationToken.None);
        var levend = await BeginAsync();

        Time.Advance(Bekostigingsruns.Stilte - TimeSpan.FromMinutes(1));
        await Store.Bekostiging.RegelsToevoegenAsync(levend, regels, CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(2));
        await StartAsync(Operator);

        Assert.Null(await Store.Bekostiging.RunAsync(dood, CancellationToken.None));
        Assert.Equal(0, await TelAsync($"SELECT COUNT(*) FROM bek_regel WHERE run_id = {dood}"));
        Assert.NotNull(await Store.Bekostiging.RunAsync(levend, CancellationToken.None));
        Assert.Equal(regels.Count, await TelAsync($"SELECT COUNT(*) FROM bek_regel WHERE run_id = {levend}"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.Bekostiging.RegelsToevoegenAsync(dood, regels, CancellationToken.None));
        Assert.Equal(1, await TelAsync(
            $"SELECT COUNT(*) FROM audit WHERE operatie = 'bekostigingsrun opruimen' AND object_sleutel = '{dood}' AND handelende_soort = 'systeem'"));
    }

    private Task<long> BeginAsync() => Store.Bekostiging.RunBeginnenAsync(
        new NieuweBekostigingsrun(Sector.MBO, Jaar, Time.GetUtcNow(), Statusbepaling.Voorlopig, null, null), Auditbronnen.Systeem("test"), CancellationToken.None);

    private const int SqlBekostigingStorePagina = 500;

    private async Task<Bekostigingsrun> StartAsync(Afzender afzender, Statusbepaling status = Statusbepaling.Voorlopig, DateTimeOffset? bekendOp = null)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        var (run, fouten) = await Runs.StartAsync(new BekostigingsrunVerzoek(Sector.MBO, Jaar, status, bekendOp), afzender, CancellationToken.None);
        Assert.Empty(fouten);
        Time.Advance(TimeSpan.FromSeconds(1));
        return run!;
    }

    private async Task LeverAsync(Inschrijvingmutatie mutatie, string? bedrijfsdocumentId, Afzender? afzender = null)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        var antwoord = await Handler.VerwerkAsync(mutatie, afzender ?? Roc, bedrijfsdocumentId, CancellationToken.None);
        Assert.True(antwoord.LeveringGoedgekeurd, string.Join("; ", antwoord.Foutmeldingen.Select(f => f.Foutcode + " " + f.Fouttekst)));
    }

    private async Task<List<Bekostigingsregel>> RegelsAsync(Bekostigingsrun run)
    {
        var regels = new List<Bekostigingsregel>();
        await foreach (var regel in Store.Bekostiging.RegelsAsync(run.RunId, MboBrin, CancellationToken.None))
        {
            regels.Add(regel);
        }

        return regels;
    }

    private static Inschrijving Afgesloten(Persoonsnummer persoon, DateOnly laatsteDag, bool metDiploma) =>
        Mbo(MboPeriode(laatsteDag.AddYears(-2).AddDays(1), null)) with
        {
            Persoon = persoon,
            DatumUitschrijvingWerkelijk = laatsteDag,
            RedenUitstroom = "01",
            Diplomas = metDiploma ? [new Diploma("D1", "25180", laatsteDag, true)] : [],
        };

    /// <summary>Synthetic BSNs (999 9xx xxx) that pass the 11-proef.</summary>
    private static IEnumerable<Persoonsnummer> Bsns() =>
        Enumerable.Range(999_900_000, 99_999).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Where(Persoonsnummer.IsGeldigBsn).Select(Persoonsnummer.Bsn);
}

public sealed class BekostigingsrunTestsOnSqlite() : BekostigingsrunTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class BekostigingsrunTestsOnPostgres(PostgresServer postgres) : BekostigingsrunTests(StoreKind.Postgres, postgres);
