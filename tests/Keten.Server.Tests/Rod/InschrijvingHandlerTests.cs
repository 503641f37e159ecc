using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Bekostiging;
using Keten.Domain.Rod;
using Keten.Server.Tests.Infrastructure;

namespace Keten.Server.Tests.Rod;

/// <summary>
/// A leerroute pupil through the chain on a real database: VO enrolment from leerjaar 3 in fase VO, MBO enrolment in
/// route year 2 for a work placement, the switch to fase MBO on both sides, with the signals and funding status each
/// school gets at every step.
/// </summary>
public abstract class InschrijvingHandlerTests(StoreKind kind, PostgresServer? postgres) : RodKetenTestBasis(kind, postgres)
{
    private static readonly DateOnly Jaar3 = new(2024, 8, 1);
    private static readonly DateOnly Wissel = new(2025, 8, 1);

    [Fact]
    public async Task A_leerroute_pupil_runs_through_the_chain_and_both_schools_see_the_same_signals()
    {
        var vo = await Handler.ToevoegenAsync(Vo(VoPeriode(Jaar3, 3, Leerroutefase.VO)), School, Id(), CancellationToken.None);
        Assert.True(vo.LeveringGoedgekeurd, Tekst(vo));
        Assert.Equal(Bekostigingssector.VO, vo.VoorlopigeBekostiging!.Sector);
        Assert.Empty(vo.Ketensignalen);

        var mbo = await Handler.ToevoegenAsync(Mbo(MboPeriode(Jaar3, Leerroutefase.VO)), Roc, Id(), CancellationToken.None);
        Assert.True(mbo.LeveringGoedgekeurd, Tekst(mbo));
        Assert.Equal(Bekostigingsredenen.FaseVo, mbo.VoorlopigeBekostiging!.Redencode);
        Assert.Empty(mbo.Ketensignalen);

        Kalender.SetUtcNow(new DateTimeOffset(2025, 8, 4, 9, 0, 0, TimeSpan.Zero));
        Time.Advance(TimeSpan.FromDays(1));
        var voWissel = await Handler.AanpassenAsync(Vo(VoPeriode(Jaar3, 3, Leerroutefase.VO), VoPeriode(Wissel, 4, Leerroutefase.MBO)), School, Id(), CancellationToken.None);
        Assert.True(voWissel.LeveringGoedgekeurd, Tekst(voWissel));
        Assert.Equal(["KS002", "KS005"], voWissel.Ketensignalen.Select(s => s.Code));
        Assert.All(voWissel.Ketensignalen, s => Assert.Equal(Wissel, s.Begindatum));
        Assert.Equal(Bekostigingssector.MBO, voWissel.VoorlopigeBekostiging!.Sector);

        var mboWissel = await Handler.AanpassenAsync(Mbo(MboPeriode(Jaar3, Leerroutefase.VO), MboPeriode(Wissel, Leerroutefase.MBO)), Roc, Id(), CancellationToken.None);
        Assert.True(mboWissel.LeveringGoedgekeurd, Tekst(mboWissel));
        Assert.Equal(["KS005"], mboWissel.Ketensignalen.Select(s => s.Code));
        Assert.Equal(Bekostigingsredenen.FaseMbo, mboWissel.VoorlopigeBekostiging!.Redencode);

        Assert.Equal(0, await TelAsync("SELECT COUNT(*) FROM rod_ketensignaal WHERE code = 'KS002' AND open"));
        Assert.Equal(1, await TelAsync("SELECT COUNT(*) FROM rod_ketensignaal WHERE code = 'KS005' AND open"));
        Assert.Equal(2, await TelAsync("SELECT COUNT(*) FROM rod_ketensignaal_historie WHERE sleutel LIKE 'KS002%'"));
    }

    [Fact]
    public async Task Every_mutation_keeps_the_versions_before_it_with_their_registration_time()
    {
        Assert.True((await Handler.ToevoegenAsync(Mbo(MboPeriode(Jaar3, null)), Roc, Id(), CancellationToken.None)).LeveringGoedgekeurd);
        Time.Advance(TimeSpan.FromDays(30));
        var uit = await Handler.UitschrijvenAsync(new Uitschrijving(Mbo(MboPeriode(Jaar3, null)).Sleutel, new(2024, 8, 30), "02", []), Roc, Id(), CancellationToken.None);

        Assert.True(uit.LeveringGoedgekeurd, Tekst(uit));
        Assert.Equal(2, await TelAsync("SELECT COUNT(*) FROM rod_inschrijving"));
        Assert.Equal(1, await TelAsync("SELECT COUNT(*) FROM rod_inschrijving WHERE geregistreerd_tot IS NULL AND datum_uitschrijving_werkelijk = 20240830"));
        Assert.Equal(1, await TelAsync("SELECT COUNT(*) FROM rod_inschrijving WHERE geregistreerd_tot IS NOT NULL AND datum_uitschrijving_werkelijk IS NULL"));
        Assert.Equal(2, await TelAsync("SELECT COUNT(*) FROM rod_periode"));
    }

    [Fact]
    public async Task A_refused_mutation_changes_nothing_and_a_repeat_gets_the_original_answer()
    {
        var id = Id();
        var fout = Mbo(MboPeriode(Jaar3, Leerroutefase.VO)) with { DatumUitschrijvingWerkelijk = Jaar3.AddDays(-1) };

        var eerste = await Handler.ToevoegenAsync(fout, Roc, id, CancellationToken.None);
        var herhaling = await Handler.ToevoegenAsync(fout, Roc, id, CancellationToken.None);

        Assert.False(eerste.LeveringGoedgekeurd);
        Assert.Contains(eerste.Foutmeldingen, f => f.Foutcode == "ROD010");
        Assert.Equal(RioJson.Serialize(eerste), RioJson.Serialize(herhaling));
        Assert.Equal(0, await TelAsync("SELECT COUNT(*) FROM rod_inschrijving"));
        Assert.Equal(0, await TelAsync("SELECT COUNT(*) FROM rod_persoon"));
        await Assert.ThrowsAsync<BedrijfsdocumentAlGebruiktException>(() => Handler.ToevoegenAsync(Mbo(MboPeriode(Jaar3, null)), Roc, id, CancellationToken.None));
    }

    [Fact]
    public async Task A_bsn_is_registered_once_and_an_unknown_onderwijsnummer_is_refused()
    {
        await Handler.ToevoegenAsync(Mbo(MboPeriode(Jaar3, null)), Roc, Id(), CancellationToken.None);
        await Handler.ToevoegenAsync(Vo(VoPeriode(Jaar3, 3, null)), School, Id(), CancellationToken.None);
        var onbekend = await Handler.ToevoegenAsync(Mbo(MboPeriode(Jaar3, null)) with { Persoon = Persoonsnummer.Onderwijsnummer("100000007") }, Roc, Id(), CancellationToken.None);

        Assert.Equal(1, await TelAsync("SELECT COUNT(*) FROM rod_persoon"));
        Assert.Equal(["ROD006"], onbekend.Foutmeldingen.Select(f => f.Foutcode));
    }

    [Fact]
    public async Task A_leerroute_rio_does_not_have_gevestigd_is_refused_and_a_later_rio_change_is_seen()
    {
        await LeverOpleidingAsync(Opleiding(VoDlr, Domain.Rio.AangebodenOpleidingSoort.VO, VoAanbieder, MboAanbieder, metLeerlijn: false), VoBestuurcode);

        var b = await Handler.ToevoegenAsync(Mbo(MboPeriode(Jaar3, Leerroutefase.VO)), Roc, Id(), CancellationToken.None);

        Assert.Equal(["ROD035"], b.Foutmeldingen.Select(f => f.Foutcode));
    }

    [Fact]
    public async Task Another_board_cannot_change_or_delete_an_enrolment()
    {
        await Handler.ToevoegenAsync(Mbo(MboPeriode(Jaar3, null)), Roc, Id(), CancellationToken.None);

        var weg = await Handler.VerwijderenAsync(Mbo(MboPeriode(Jaar3, null)).Sleutel, School, Id(), CancellationToken.None);

        Assert.Equal(["ROD004"], weg.Foutmeldingen.Select(f => f.Foutcode));
        Assert.Equal(1, await TelAsync("SELECT COUNT(*) FROM rod_inschrijving WHERE NOT verwijderd"));
    }

    [Fact]
    public async Task Verwijderen_leaves_a_deleted_version_and_withdraws_the_signals_it_caused()
    {
        await Handler.ToevoegenAsync(Vo(VoPeriode(Jaar3, 3, Leerroutefase.MBO)), School, Id(), CancellationToken.None);
        Assert.Equal(2, await TelAsync("SELECT COUNT(*) FROM rod_ketensignaal WHERE open"));

        var weg = await Handler.VerwijderenAsync(Vo(VoPeriode(Jaar3, 3, null)).Sleutel, School, Id(), CancellationToken.None);

        Assert.True(weg.LeveringGoedgekeurd, Tekst(weg));
        Assert.Equal(0, await TelAsync("SELECT COUNT(*) FROM rod_ketensignaal WHERE open"));
        Assert.Equal(1, await TelAsync("SELECT COUNT(*) FROM rod_inschrijving WHERE geregistreerd_tot IS NULL AND verwijderd"));
    }

    private static string Id() => Guid.NewGuid().ToString();

    private static string Tekst(InschrijvingTerugkoppeling t) => string.Join(", ", t.Foutmeldingen.Select(f => $"{f.Foutcode} {f.Fouttekst}"));
}

public sealed class InschrijvingHandlerTestsOnSqlite() : InschrijvingHandlerTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class InschrijvingHandlerTestsOnPostgres(PostgresServer postgres) : InschrijvingHandlerTests(StoreKind.Postgres, postgres);
