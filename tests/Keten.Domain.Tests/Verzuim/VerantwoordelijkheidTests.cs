using Keten.Domain.Rod;
using Keten.Domain.Tests.Rod;
using Keten.Domain.Verzuim;
using static Keten.Domain.Tests.Rod.RodTestdata;

namespace Keten.Domain.Tests.Verzuim;

/// <summary>Who reports verzuim and VSV for a student on a day (issue 8 point 4, domain.md rule 23), with the days on both sides of each change.</summary>
public sealed class VerantwoordelijkheidTests
{
    private static readonly DateOnly Wissel = new(2025, 8, 1);

    [Fact]
    public void In_fase_vo_the_vo_school_reports_and_from_the_day_the_delivered_fase_is_mbo_the_mbo_institution()
    {
        var vo = Vo(kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.VO) with
        {
            Perioden = [VoPeriode(new(2024, 8, 1), 3, Leerroutesoort.DLR, Leerroutefase.VO), VoPeriode(Wissel, 4, Leerroutesoort.DLR, Leerroutefase.MBO)],
        };
        var mbo = Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO) with
        {
            Perioden = [MboPeriode(new(2024, 8, 1), leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO), MboPeriode(Wissel, leerroute: Leerroutesoort.DLR, fase: Leerroutefase.MBO)],
        };

        var ervoor = Verantwoordelijkheid.Bepaal([vo, mbo], Wissel.AddDays(-1));
        var op = Verantwoordelijkheid.Bepaal([vo, mbo], Wissel);
        var erna = Verantwoordelijkheid.Bepaal([vo, mbo], Wissel.AddDays(1));

        Assert.Equal((VoBrin, Verantwoordelijkheidsredenen.FaseVo), (ervoor!.Brin, ervoor.Redencode));
        Assert.Equal((MboBrin, Verantwoordelijkheidsredenen.FaseMbo), (op!.Brin, op.Redencode));
        Assert.Equal((MboBrin, Verantwoordelijkheidsredenen.FaseMbo), (erna!.Brin, erna.Redencode));
    }

    [Fact]
    public void When_the_schools_disagree_on_the_fase_the_vo_schools_fase_counts()
    {
        var vo = Vo(kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.VO);
        var mbo = Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.MBO);

        var verantwoordelijke = Verantwoordelijkheid.Bepaal([mbo, vo], new(2024, 10, 1));

        Assert.Equal((VoBrin, Verantwoordelijkheidsredenen.FaseVo), (verantwoordelijke!.Brin, verantwoordelijke.Redencode));
    }

    [Fact]
    public void Fase_mbo_without_an_mbo_enrolment_leaves_the_school_with_the_enrolment_responsible()
    {
        var vo = Vo(kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.MBO);

        var verantwoordelijke = Verantwoordelijkheid.Bepaal([vo], new(2024, 10, 1));

        Assert.Equal((VoBrin, Verantwoordelijkheidsredenen.FaseZonderInschrijving), (verantwoordelijke!.Brin, verantwoordelijke.Redencode));
    }

    [Fact]
    public void Without_a_leerroute_the_vo_enrolment_is_the_hoofdinschrijving_before_an_mbo_one()
    {
        var verantwoordelijke = Verantwoordelijkheid.Bepaal([Mbo(), Vo(leerjaar: 4)], new(2024, 10, 1));

        Assert.Equal((VoBrin, Verantwoordelijkheidsredenen.VoVoorMbo), (verantwoordelijke!.Brin, verantwoordelijke.Redencode));
    }

    [Fact]
    public void Of_two_mbo_enrolments_the_one_whose_period_began_last_is_the_hoofdinschrijving()
    {
        var eerder = Mbo("1", new(2024, 8, 1));
        var later = Mbo("2", new(2024, 9, 1), Verkoopmedewerker);

        var opDeDagErvoor = Verantwoordelijkheid.Bepaal([eerder, later], new(2024, 8, 31));
        var opDeDag = Verantwoordelijkheid.Bepaal([eerder, later], new(2024, 9, 1));

        Assert.Equal(("1", Verantwoordelijkheidsredenen.EnigeInschrijving), (opDeDagErvoor!.Inschrijvingvolgnummer, opDeDagErvoor.Redencode));
        Assert.Equal(("2", Verantwoordelijkheidsredenen.Hoofdinschrijving), (opDeDag!.Inschrijvingvolgnummer, opDeDag.Redencode));
    }

    [Fact]
    public void A_schools_answer_ranks_undelivered_niveaus_by_the_crebo_recognition_as_the_funding_does()
    {
        var middenkader = Mbo("1", new(2024, 8, 1));
        var basisberoep = Mbo("2", new(2024, 9, 1), Verkoopmedewerker);

        var zonderReferentie = Verantwoordelijkheid.Bepaal([middenkader, basisberoep], new(2024, 9, 1));
        var antwoord = VerantwoordelijkheidAntwoord.Voor([middenkader, basisberoep], new(2024, 9, 1), RodTestdata.Referentie, MboBestuur);

        Assert.Equal("2", zonderReferentie!.Inschrijvingvolgnummer);
        Assert.Equal(("1", Verantwoordelijkheidsredenen.Hoofdinschrijving), (antwoord.Verantwoordelijke!.Inschrijvingvolgnummer, antwoord.Verantwoordelijke.Redencode));
    }

    [Fact]
    public void The_day_of_uitschrijving_still_counts_and_the_day_after_nobody_is_responsible()
    {
        var uitgeschreven = Mbo() with { DatumUitschrijvingWerkelijk = new(2025, 3, 14) };

        Assert.Equal(MboBrin, Verantwoordelijkheid.Bepaal([uitgeschreven], new(2025, 3, 14))!.Brin);
        Assert.Null(Verantwoordelijkheid.Bepaal([uitgeschreven], new(2025, 3, 15)));
        Assert.Null(Verantwoordelijkheid.Bepaal([uitgeschreven], new(2024, 7, 31)));
    }

    [Fact]
    public void Every_reason_has_its_dutch_text()
    {
        Assert.All(Verantwoordelijkheidsredenen.Alle, code => Assert.False(string.IsNullOrWhiteSpace(Verantwoordelijkheidsredenen.Tekst(code))));
        Assert.Equal(Verantwoordelijkheidsredenen.Alle.Count, Verantwoordelijkheidsredenen.Alle.Distinct().Count());
    }
}
