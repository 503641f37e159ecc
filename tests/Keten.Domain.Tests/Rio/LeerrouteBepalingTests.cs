using Keten.Domain.Rio.Leerroutes;
using static Keten.Domain.Tests.Rio.AangebodenOpleidingBuilder;

namespace Keten.Domain.Tests.Rio;

public class LeerrouteBepalingTests
{
    [Fact]
    public void Route_registered_on_both_sides_naming_each_other_is_gevestigd()
    {
        var routes = LeerrouteBepaling.Bepaal([
            Mbo("110A001").MetLeerroute(Dlr, (Augustus2021, ["210A001"])),
            VO("210A001").MetLeerroute(Dlr, (Augustus2021, ["110A001"])),
        ]);

        var route = Assert.Single(routes);
        Assert.Equal(LeerrouteStatus.Gevestigd, route.Status);
        Assert.Equal(("110A001", "210A001", Dlr), (route.MboAanbiedercode, route.VoAanbiedercode, route.Leerroutecode));
        Assert.Equal(Augustus2021, route.Periode.Begindatum);
        Assert.Null(route.Periode.Einddatum);
        Assert.Null(route.Ontbrekend);
    }

    [Fact]
    public void Route_registered_only_by_mbo_waits_for_the_vo_partner()
    {
        var route = Assert.Single(LeerrouteBepaling.Bepaal([Mbo("110A001").MetLeerroute(Dlr, (Augustus2021, ["210A001"]))]));

        Assert.Equal(LeerrouteStatus.WachtOpPartner, route.Status);
        Assert.Equal(LeerrouteZijde.VO, route.Ontbrekend);
        Assert.Equal("wacht op partner", route.StatusTekst);
        Assert.Contains("210A001", route.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_leerroute_codes_on_both_sides_do_not_establish_a_route()
    {
        var routes = LeerrouteBepaling.Bepaal([
            Mbo("110A001", "25655", "MBO-2").MetLeerroute(Glr, (Augustus2021, ["210A001"])),
            VO("210A001").MetLeerroute(Dlr, (Augustus2021, ["110A001"])),
        ]);

        Assert.Equal(2, routes.Count);
        Assert.All(routes, r => Assert.Equal(LeerrouteStatus.WachtOpPartner, r.Status));
    }

    [Fact]
    public void Vo_side_joining_a_year_later_splits_the_route_into_waiting_and_gevestigd_periods()
    {
        var routes = LeerrouteBepaling.Bepaal([
            Mbo("110A001").MetLeerroute(Dlr, (Augustus2021, ["210A001"])),
            VO("210A001").MetLeerroute(Dlr, (Augustus2021, []), (Augustus2022, ["110A001"])),
        ]);

        Assert.Collection(routes,
            eerste =>
            {
                Assert.Equal(LeerrouteStatus.WachtOpPartner, eerste.Status);
                Assert.Equal(Augustus2021, eerste.Periode.Begindatum);
                Assert.Equal(Augustus2022, eerste.Periode.Einddatum);
            },
            tweede =>
            {
                Assert.Equal(LeerrouteStatus.Gevestigd, tweede.Status);
                Assert.Equal(Augustus2022, tweede.Periode.Begindatum);
                Assert.Null(tweede.Periode.Einddatum);
            });
    }

    [Fact]
    public void Offering_without_leerlijn_kenmerk_does_not_count_even_when_it_names_a_partner()
    {
        var zonderKenmerk = VO("210A001").MetLeerroute(Dlr, (Augustus2021, ["110A001"]))
            .Met(ao => ao with { Kenmerken = [] });
        var route = Assert.Single(LeerrouteBepaling.Bepaal([Mbo("110A001").MetLeerroute(Dlr, (Augustus2021, ["210A001"])), zonderKenmerk]));

        Assert.Equal(LeerrouteStatus.WachtOpPartner, route.Status);
    }
}
