using Keten.Domain.Bekostiging;
using Keten.Domain.Rod;
using static Keten.Domain.Tests.Rod.RodTestdata;

namespace Keten.Domain.Tests.Rod;

public class VoorlopigeBekostigingTests
{
    private static readonly DateOnly Vandaag = new(2024, 8, 5);

    [Fact]
    public void The_next_teldatum_is_the_first_1_october_on_or_after_today()
    {
        Assert.Equal(new DateOnly(2024, 10, 1), Teldata.VolgendeEenOktober(new(2024, 10, 1)));
        Assert.Equal(new DateOnly(2025, 10, 1), Teldata.VolgendeEenOktober(new(2024, 10, 2)));
    }

    [Fact]
    public void An_enrolment_that_ends_before_the_teldatum_is_not_funded() =>
        Assert.Equal(Bekostigingsredenen.NietIngeschreven, VoorlopigeBekostiging.Bepaal(Mbo() with { DatumUitschrijvingWerkelijk = new(2024, 9, 30) }, Vandaag).Redencode);

    [Fact]
    public void An_enrolment_ending_on_the_teldatum_still_counts() =>
        Assert.Equal(Bekostigingssector.MBO, VoorlopigeBekostiging.Bepaal(Mbo() with { DatumUitschrijvingWerkelijk = new(2024, 10, 1) }, Vandaag).Sector);

    [Fact]
    public void Indicatie_bekostigbaar_N_on_the_teldatum_is_not_funded() =>
        Assert.Equal(Bekostigingsredenen.IndicatieNee, VoorlopigeBekostiging.Bepaal(Mbo(bekostigbaar: false), Vandaag).Redencode);

    [Fact]
    public void The_period_valid_on_the_teldatum_decides()
    {
        var wisselt = Mbo() with { Perioden = [MboPeriode(new(2024, 8, 1), bekostigbaar: false), MboPeriode(new(2024, 10, 1))] };

        Assert.Equal(Bekostigingssector.MBO, VoorlopigeBekostiging.Bepaal(wisselt, Vandaag).Sector);
        Assert.Equal(Bekostigingsredenen.IndicatieNee, VoorlopigeBekostiging.Bepaal(wisselt with { Perioden = [MboPeriode(new(2024, 8, 1)), MboPeriode(new(2024, 10, 1), bekostigbaar: false)] }, Vandaag).Redencode);
    }

    [Theory]
    [InlineData("EX")]
    [InlineData("OVO")]
    [InlineData("ODT")]
    public void Only_bol_and_bbl_count(string leertraject) =>
        Assert.Equal(Bekostigingsredenen.LeertrajectTeltNiet, VoorlopigeBekostiging.Bepaal(Mbo(leertraject: leertraject), Vandaag).Redencode);

    [Fact]
    public void A_vo_pupil_without_leerroute_is_funded_by_vo() =>
        Assert.Equal(Bekostigingssector.VO, VoorlopigeBekostiging.Bepaal(Vo(), Vandaag).Sector);

    [Theory]
    [InlineData(Leerroutefase.VO, Leerroutefase.MBO, Bekostigingsredenen.FaseVo)]
    [InlineData(Leerroutefase.MBO, Leerroutefase.VO, Bekostigingsredenen.FaseMbo)]
    public void When_the_two_schools_deliver_different_fases_the_mbo_enrolment_is_judged_by_the_vo_schools_fase(
        Leerroutefase voFase, Leerroutefase mboFase, string verwacht)
    {
        var vo = Vo(leerjaar: 4, kenmerk: Leerroutesoort.DLR, fase: voFase);
        var mbo = Mbo(leerroute: Leerroutesoort.DLR, fase: mboFase);

        var status = VoorlopigeBekostiging.Bepaal(mbo, Vandaag, andere: [vo]);

        Assert.Equal(verwacht, status.Redencode);
        Assert.Equal(verwacht, VoorlopigeBekostiging.Bepaal(vo, Vandaag, andere: [mbo]).Redencode);
        Assert.EndsWith("(de fase van de VO-inschrijving telt)", status.Reden, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_fases_agree_the_mbo_enrolment_gives_its_own_reason_without_a_note()
    {
        var status = VoorlopigeBekostiging.Bepaal(Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.MBO), Vandaag,
            andere: [Vo(leerjaar: 4, kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.MBO)]);

        Assert.Equal((Bekostigingssector.MBO, Bekostigingsredenen.FaseMbo), (status.Sector, status.Redencode));
        Assert.DoesNotContain("(", status.Reden, StringComparison.Ordinal);
    }
}
