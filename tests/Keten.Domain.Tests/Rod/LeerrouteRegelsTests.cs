using Keten.Domain.Bekostiging;
using Keten.Domain.Rio.Leerroutes;
using Keten.Domain.Rod;
using static Keten.Domain.Tests.Rod.RodTestdata;

namespace Keten.Domain.Tests.Rod;

public class LeerrouteRegelsTests
{
    private static readonly DateOnly Jaar2 = new(2024, 8, 1);

    [Fact]
    public void An_mbo_enrolment_in_route_year_2_with_dlr_in_fase_vo_is_accepted_and_funded_by_vo()
    {
        var b = InschrijvingMutaties.Toevoegen(Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO), Context());

        Assert.True(b.Goedgekeurd, string.Join(", ", Codes(b)));
        Assert.Equal(Bekostigingssector.VO, b.Bekostiging!.Sector);
        Assert.Equal(Bekostigingsredenen.FaseVo, b.Bekostiging.Redencode);
    }

    [Fact]
    public void A_vo_enrolment_in_fase_mbo_is_funded_by_mbo()
    {
        var b = InschrijvingMutaties.Toevoegen(Vo(kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.MBO), Context(VoBestuur));

        Assert.True(b.Goedgekeurd, string.Join(", ", Codes(b)));
        Assert.Equal(Bekostigingssector.MBO, b.Bekostiging!.Sector);
    }

    [Fact]
    public void Leerroute_and_fase_come_together_or_not_at_all()
    {
        Assert.Equal(["ROD030"], Codes(InschrijvingMutaties.Toevoegen(Mbo(leerroute: Leerroutesoort.DLR), Context())));
        Assert.Equal(["ROD030"], Codes(InschrijvingMutaties.Toevoegen(Vo(fase: Leerroutefase.VO), Context(VoBestuur))));
    }

    [Fact]
    public void A_leerroute_before_1_august_2020_is_refused()
    {
        var oud = new DateOnly(2020, 7, 31);
        var b = InschrijvingMutaties.Toevoegen(Mbo(vanaf: oud, leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO), Context(leerroutes: [Dlr() with { Periode = new(new(2019, 8, 1), null) }], vandaag: oud));

        Assert.Equal(["ROD031"], Codes(b));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void The_vo_opleidingskenmerk_comes_from_leerjaar_3(int leerjaar, bool goed) =>
        Assert.Equal(goed ? [] : ["ROD032"], Codes(InschrijvingMutaties.Toevoegen(Vo(leerjaar: leerjaar, kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.VO), Context(VoBestuur))));

    [Fact]
    public void No_leerroute_on_entree() =>
        Assert.Contains("ROD033", Codes(InschrijvingMutaties.Toevoegen(Mbo(opleiding: Entree, leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO), Context())));

    [Fact]
    public void Glr_leads_only_to_mbo_2()
    {
        Assert.Equal(["ROD034"], Codes(InschrijvingMutaties.Toevoegen(Mbo(leerroute: Leerroutesoort.GLR, fase: Leerroutefase.VO), Context(leerroutes: [Glr()]))));
        Assert.True(InschrijvingMutaties.Toevoegen(Mbo(opleiding: Verkoopmedewerker, leerroute: Leerroutesoort.GLR, fase: Leerroutefase.VO), Context(leerroutes: [Glr()])).Goedgekeurd);
    }

    [Fact]
    public void A_route_rio_has_not_gevestigd_on_the_datum_begin_is_refused()
    {
        Assert.Equal(["ROD035"], Codes(InschrijvingMutaties.Toevoegen(Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO), Context(leerroutes: [Dlr(LeerrouteStatus.WachtOpPartner)]))));
        Assert.Equal(["ROD035"], Codes(InschrijvingMutaties.Toevoegen(Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO), Context(leerroutes: [Glr()]))));
        Assert.Equal(["ROD035"], Codes(InschrijvingMutaties.Toevoegen(Mbo(vanaf: RouteVanaf.AddDays(-1), leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO), Context(vandaag: RouteVanaf))));
        Assert.True(InschrijvingMutaties.Toevoegen(Mbo(vanaf: RouteVanaf, leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO), Context(vandaag: RouteVanaf)).Goedgekeurd);
    }

    [Fact]
    public void A_named_partner_must_be_the_partner_of_the_gevestigde_route()
    {
        var metPartner = (string partner) => Mbo() with { Perioden = [MboPeriode(Jaar2, leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO) with { SamenwerkendeOnderwijsaanbiedercode = partner }] };

        Assert.True(InschrijvingMutaties.Toevoegen(metPartner(VoAanbieder), Context()).Goedgekeurd);
        Assert.Equal(["ROD035"], Codes(InschrijvingMutaties.Toevoegen(metPartner(AnderVoAanbieder), Context())));
    }

    [Fact]
    public void A_partner_without_a_leerroute_is_refused() =>
        Assert.Equal(["ROD036"], Codes(InschrijvingMutaties.Toevoegen(Mbo() with { Perioden = [MboPeriode(Jaar2) with { SamenwerkendeOnderwijsaanbiedercode = VoAanbieder }] }, Context())));

    [Fact]
    public void A_partner_with_a_fase_but_no_leerroute_is_refused_with_both_ROD030_and_ROD036() =>
        Assert.Equal(["ROD030", "ROD036"], Codes(InschrijvingMutaties.Toevoegen(
            Mbo() with { Perioden = [MboPeriode(Jaar2, fase: Leerroutefase.VO) with { SamenwerkendeOnderwijsaanbiedercode = VoAanbieder }] }, Context())));

    [Fact]
    public void The_fase_is_what_the_school_delivered_never_derived_from_dates()
    {
        // Route year 4 by the calendar, still delivered in fase VO: accepted and funded as VO.
        var laat = new DateOnly(2026, 8, 1);
        var b = InschrijvingMutaties.Toevoegen(Mbo(vanaf: laat, leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO), Context(vandaag: laat));

        Assert.True(b.Goedgekeurd);
        Assert.Equal(Bekostigingssector.VO, b.Bekostiging!.Sector);
        Assert.Equal(Leerroutefase.VO, b.NieuweStaat!.Perioden[0].Leerroutefase);
    }
}
