using Keten.Domain.Bekostiging;
using Keten.Domain.Rod;
using Keten.Domain.Verzuim;
using static Keten.Domain.Tests.Bekostiging.BekostigingTestdata;
using static Keten.Domain.Tests.Rod.RodTestdata;
using B = Keten.Domain.Bekostiging.Bekostigingssignaalcodes;

namespace Keten.Domain.Tests.Bekostiging;

/// <summary>One funded enrolment per student per teldatum, and for a leerroute pupil the sector of the delivered fase (rules 23–25).</summary>
public sealed class HoofdinschrijvingEnLeerrouteTests
{
    [Fact]
    public void Of_two_fundable_mbo_enrolments_only_the_hoofdinschrijving_is_funded_the_highest_niveau()
    {
        var b = Mbo2026(Mbo("1", opleiding: Verkoopmedewerker), Mbo("2", new(2024, 9, 1), Mediavormgever));

        Assert.Equal((false, B.NietDeHoofdinschrijving), (b.Op("1", EenOktober)!.Bekostigingsstatus, b.Op("1", EenOktober)!.Redencode));
        Assert.Equal((true, B.Bekostigd), (b.Op("2", EenOktober)!.Bekostigingsstatus, b.Op("2", EenOktober)!.Redencode));
        Assert.Equal(MboBrin, Assert.Single(b.Op("1", EenOktober)!.Signalen[0].Parameters).Parameterwaarde);
    }

    [Fact]
    public void Who_reports_and_who_is_funded_name_the_same_hoofdinschrijving()
    {
        IReadOnlyList<Inschrijving> beide = [Mbo("1", opleiding: Mediavormgever), Mbo("2", new(2024, 9, 1), Verkoopmedewerker)];

        var verantwoordelijke = Verantwoordelijkheid.Bepaal(beide, EenOktober, Referentiegegevens);
        var bekostigd = Mbo2026([.. beide]).Inschrijvingen.Single(i => i.Teldata[0].Bekostigingsstatus);

        Assert.Equal("1", verantwoordelijke!.Inschrijvingvolgnummer);
        Assert.Equal("1", bekostigd.Inschrijvingvolgnummer);
    }

    [Fact]
    public void An_enrolment_that_cannot_count_leaves_the_other_funded()
    {
        var b = Mbo2026(Mbo("1", opleiding: Mediavormgever, bekostigbaar: false), Mbo("2", opleiding: Verkoopmedewerker));

        Assert.Equal(B.IndicatieNee, b.Op("1", EenOktober)!.Redencode);
        Assert.True(b.Op("2", EenOktober)!.Bekostigingsstatus);
    }

    [Fact]
    public void Enrolled_in_vo_and_mbo_without_a_leerroute_vo_is_funded_and_mbo_not()
    {
        var vo = Vo(leerjaar: 4);
        var mbo = Mbo();

        var voRegel = Assert.Single(Vo2025(vo, mbo).Inschrijvingen).Teldata.Single();
        var mboRegel = Mbo2026(vo, mbo).Op("1", EenOktober)!;

        Assert.Equal((true, B.Bekostigd, Bekostigingssector.VO), (voRegel.Bekostigingsstatus, voRegel.Redencode, voRegel.Sector));
        Assert.Equal((false, B.VoVoorMbo), (mboRegel.Bekostigingsstatus, mboRegel.Redencode));
        Assert.True(Mbo2026(vo with { DatumUitschrijvingWerkelijk = new(2024, 9, 30) }, mbo).Op("1", EenOktober)!.Bekostigingsstatus);
    }

    [Theory]
    [InlineData(2024, 9, 30, Bekostigingssector.MBO)]
    [InlineData(2024, 10, 1, Bekostigingssector.MBO)]
    [InlineData(2024, 10, 2, Bekostigingssector.VO)]
    public void The_fase_on_1_october_decides_the_sector_and_the_pupil_is_funded_once(int jaar, int maand, int dag, Bekostigingssector sector)
    {
        var wissel = new DateOnly(jaar, maand, dag);
        var vo = Vo(kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.VO) with
        {
            Perioden = [VoPeriode(new(2024, 8, 1), 3, Leerroutesoort.DLR, Leerroutefase.VO), VoPeriode(wissel, 4, Leerroutesoort.DLR, Leerroutefase.MBO)],
        };
        var mbo = Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO) with
        {
            Perioden = [MboPeriode(new(2024, 8, 1), leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO), MboPeriode(wissel, leerroute: Leerroutesoort.DLR, fase: Leerroutefase.MBO)],
        };

        var voRegel = Vo2025(vo, mbo).Op("1", EenOktober)!;
        var mboJaar = Mbo2026(vo, mbo);
        var mboRegel = mboJaar.Op("1", EenOktober)!;

        Assert.Equal(sector == Bekostigingssector.VO, voRegel.Bekostigingsstatus);
        Assert.Equal(sector == Bekostigingssector.MBO, mboRegel.Bekostigingsstatus);
        Assert.Equal((sector, sector), (voRegel.Sector, mboRegel.Sector));
        Assert.Equal(sector == Bekostigingssector.VO ? B.FaseVo : B.FaseMbo, mboRegel.Redencode);
        Assert.True(mboJaar.Op("1", EenFebruari)!.Bekostigingsstatus);
    }

    public static TheoryData<Leerroutefase?, Leerroutefase?, bool, bool> Combinaties()
    {
        var data = new TheoryData<Leerroutefase?, Leerroutefase?, bool, bool>();
        Leerroutefase?[] fasen = [null, Leerroutefase.VO, Leerroutefase.MBO];
        foreach (var voFase in fasen)
        {
            foreach (var mboFase in fasen)
            {
                foreach (var voJ in new[] { true, false })
                {
                    foreach (var mboJ in new[] { true, false })
                    {
                        data.Add(voFase, mboFase, voJ, mboJ);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Combinaties))]
    public void On_1_october_the_vo_and_the_mbo_determination_together_fund_a_pupil_once_by_the_fase_or_else_the_hoofdinschrijving(Leerroutefase? voFase, Leerroutefase? mboFase, bool voJ, bool mboJ)
    {
        var vo = Vo() with { Perioden = [VoPeriode(new(2024, 8, 1), 3, voFase is null ? null : Leerroutesoort.DLR, voFase) with { IndicatieBekostigbaar = voJ }] };
        var mbo = Mbo(leerroute: mboFase is null ? null : Leerroutesoort.DLR, fase: mboFase, bekostigbaar: mboJ);

        var bekostigd = Vo2025(vo, mbo).Inschrijvingen.Concat(Mbo2026(vo, mbo).Inschrijvingen)
            .SelectMany(i => i.Teldata).Count(t => t.Teldatum == EenOktober && t.Bekostigingsstatus);

        var verwacht = (voFase ?? mboFase) switch
        {
            Leerroutefase.VO => voJ,
            Leerroutefase.MBO => mboJ,
            _ => voJ || mboJ,
        };
        Assert.Equal(verwacht ? 1 : 0, bekostigd);
    }

    [Fact]
    public void Fase_mbo_without_an_mbo_enrolment_funds_nobody()
    {
        var vo = Vo(kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.MBO);

        var voRegel = Vo2025(vo).Op("1", EenOktober)!;

        Assert.Equal((false, B.FaseMbo), (voRegel.Bekostigingsstatus, voRegel.Redencode));
    }

    [Fact]
    public void A_vo_pupil_in_fase_vo_is_funded_by_vo_and_the_vo_determination_counts_only_1_october()
    {
        var vo = Vo(kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.VO);

        var regel = Assert.Single(Vo2025(vo).Inschrijvingen);

        var teldatum = Assert.Single(regel.Teldata);
        Assert.Equal((EenOktober, true, B.FaseVo, false), (teldatum.Teldatum, teldatum.Bekostigingsstatus, teldatum.Redencode, teldatum.InschrijvingVoorCorrectiefactor));
        Assert.Equal(1m, teldatum.BijdrageInschrijvingAanDeelnemerswaarde);
    }
}
