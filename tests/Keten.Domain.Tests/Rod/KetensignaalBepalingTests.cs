using Keten.Domain.Rio.Leerroutes;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Ketensignalen;
using static Keten.Domain.Tests.Rod.RodTestdata;

namespace Keten.Domain.Tests.Rod;

public class KetensignaalBepalingTests
{
    private static readonly DateOnly Jaar3 = new(2024, 8, 1);
    private static readonly DateOnly Wissel = new(2025, 8, 1);
    private static readonly DateOnly Vanaf = new(2024, 8, 1);

    private static IReadOnlyList<Ketensignaal> Bepaal(params Inschrijving[] inschrijvingen) => KetensignaalBepaling.Bepaal(inschrijvingen, [Dlr()], Vanaf);

    [Fact]
    public void Two_enrolments_that_agree_give_no_signal() =>
        Assert.Empty(Bepaal(Vo(kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.VO), Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO)));

    [Fact]
    public void Vo_in_fase_mbo_without_an_mbo_enrolment_gives_KS001_and_KS005()
    {
        var signalen = Bepaal(Vo(kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.MBO));

        Assert.Equal(["KS001", "KS005"], signalen.Select(s => s.Code));
        Assert.All(signalen, s => Assert.Equal(Vo().Sleutel, s.VoInschrijving));
    }

    [Fact]
    public void A_different_fase_on_the_same_day_gives_KS002_from_the_day_they_part()
    {
        var vo = Vo(kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.VO) with
        {
            Perioden = [VoPeriode(Jaar3, 3, Leerroutesoort.DLR, Leerroutefase.VO), VoPeriode(Wissel, 4, Leerroutesoort.DLR, Leerroutefase.MBO)],
        };
        var mbo = Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO);

        var signaal = Assert.Single(Bepaal(vo, mbo), s => s.Code == Ketensignaalcodes.FaseVerschilt);

        Assert.Equal(Wissel, signaal.Periode.Begindatum);
        Assert.Null(signaal.Periode.Einddatum);
        Assert.Equal(vo.Sleutel, signaal.VoInschrijving);
        Assert.Equal(mbo.Sleutel, signaal.MboInschrijving);
    }

    [Fact]
    public void The_signal_is_gone_once_the_mbo_delivers_the_same_fase()
    {
        var vo = Vo() with { Perioden = [VoPeriode(Jaar3, 3, Leerroutesoort.DLR, Leerroutefase.VO), VoPeriode(Wissel, 4, Leerroutesoort.DLR, Leerroutefase.MBO)] };
        var mbo = Mbo() with { Perioden = [MboPeriode(Jaar3, leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO), MboPeriode(Wissel, leerroute: Leerroutesoort.DLR, fase: Leerroutefase.MBO)] };

        Assert.Equal(["KS005"], Bepaal(vo, mbo).Select(s => s.Code));
    }

    [Fact]
    public void A_different_leerroute_or_only_one_side_naming_one_gives_KS003()
    {
        Assert.Contains(Bepaal(Vo(kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.VO), Mbo(leerroute: Leerroutesoort.GLR, fase: Leerroutefase.VO)), s => s.Code == "KS003");
        Assert.Equal(["KS003"], Bepaal(Vo(), Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO)).Select(s => s.Code));
    }

    [Fact]
    public void A_route_rio_no_longer_has_gevestigd_gives_KS004_from_the_day_it_ended()
    {
        var eind = new DateOnly(2025, 1, 1);
        var signalen = KetensignaalBepaling.Bepaal(
            [Vo(kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.VO), Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO)], [Dlr(tot: eind)], Vanaf);

        Assert.Equal(["KS004", "KS004"], signalen.Select(s => s.Code));
        Assert.All(signalen, s => Assert.Equal(eind, s.Periode.Begindatum));
    }

    [Fact]
    public void Mbo_in_fase_mbo_while_still_enrolled_at_vo_gives_only_KS005()
    {
        var signalen = Bepaal(Vo(leerjaar: 4, kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.MBO), Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.MBO));

        Assert.Equal(["KS005"], signalen.Select(s => s.Code));
    }

    [Fact]
    public void Vo_in_fase_mbo_while_the_mbo_side_says_fase_vo_gives_KS002_and_a_KS005_both_schools_see()
    {
        var signalen = Bepaal(Vo(leerjaar: 4, kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.MBO), Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO));

        Assert.Equal(["KS002", "KS005"], signalen.Select(s => s.Code));
        Assert.All(signalen, s => Assert.NotNull(s.MboInschrijving));
    }

    [Fact]
    public void Mbo_in_fase_vo_without_a_vo_enrolment_gives_KS006_but_fase_mbo_after_vo_ended_gives_none()
    {
        Assert.Equal(["KS006"], Bepaal(Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO)).Select(s => s.Code));
        Assert.Empty(Bepaal(Vo(kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.VO) with { DatumUitschrijvingWerkelijk = Wissel.AddDays(-1) },
            Mbo(vanaf: Wissel, leerroute: Leerroutesoort.DLR, fase: Leerroutefase.MBO)));
    }

    [Fact]
    public void A_disagreement_that_ended_before_vanaf_is_not_returned()
    {
        var vo = Vo(vanaf: new(2022, 8, 1), kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.MBO) with { DatumUitschrijvingWerkelijk = new(2023, 7, 31) };

        Assert.Empty(Bepaal(vo));
    }

    [Fact]
    public void Both_sides_find_the_same_signal_by_its_key()
    {
        var vo = Vo(kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.VO);
        var mbo = Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.MBO);

        var eerst = Bepaal(vo, mbo).Single(s => s.Code == "KS002");
        var opnieuw = Bepaal(mbo, vo).Single(s => s.Code == "KS002");

        Assert.Equal(eerst.Sleutel, opnieuw.Sleutel);
        Assert.DoesNotContain(Leerling.Waarde, eerst.Tekst, StringComparison.Ordinal);
    }
}
