using Keten.Domain.Rio;
using Keten.Domain.Rio.Regels;

namespace Keten.Domain.Tests.Rio;

public class OpleidingseenheidRegelsTests
{
    private static readonly DateOnly Begin = new(2024, 1, 1);

    private static Opleidingseenheid Eenheid(string? code = null, string bestuur = "100B001") =>
        new(code, bestuur, Opleidingseenheid.SoortParticuliereOpleiding, Begin, null, null, null, null, null,
            [new OpleidingseenheidPeriode(Begin, "Cursus", null, null, null, null, null, [])], []);

    private static IEnumerable<string> Codes(Opleidingseenheid e, Opleidingseenheid? bestaand = null) =>
        OpleidingseenheidRegels.Controleer(e, bestaand, "100B001").Select(f => f.Foutcode);

    private static IEnumerable<string> RelatieCodes(Opleidingsrelatie r, params Opleidingseenheid[] eenheden) =>
        OpleidingseenheidRegels.ControleerRelatie(r, eenheden, "100B001").Select(f => f.Foutcode);

    [Fact]
    public void Valid_new_opleidingseenheid_is_accepted() => Assert.Empty(Codes(Eenheid()));

    [Fact]
    public void Hbo_specialisation_is_refused_with_KTN020() =>
        Assert.Equal(["KTN020"], Codes(Eenheid() with { Soort = "hoOpleiding" }));

    [Fact]
    public void Unknown_code_is_refused_with_A01070() => Assert.Equal(["A01070"], Codes(Eenheid("1100O0001")));

    [Fact]
    public void Another_boards_code_is_refused_with_AUT401() =>
        Assert.Equal(["AUT401"], Codes(Eenheid("1200O0001"), Eenheid("1200O0001", "200B001")));

    [Fact]
    public void Einddatum_not_after_begindatum_is_refused_with_P01010() =>
        Assert.Contains("P01010", Codes(Eenheid() with { Einddatum = Begin }));

    [Fact]
    public void Two_periods_with_one_begindatum_are_refused_with_P02070_not_P02020()
    {
        Assert.Equal(["P02070"], Codes(Eenheid() with { Perioden = [.. Eenheid().Perioden, new OpleidingseenheidPeriode(Begin, "x", null, null, null, null, null, [])] }));
        Assert.Empty(Codes(Eenheid() with { Perioden = [.. Eenheid().Perioden, new OpleidingseenheidPeriode(Begin.AddDays(1), "x", null, null, null, null, null, [])] }));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void A_relatie_beginning_before_an_opleidingseenheid_is_refused_with_P04410(int dagen, bool goed) =>
        Assert.Equal(goed ? [] : ["P04410"], RelatieCodes(new Opleidingsrelatie("100B001", Begin.AddDays(dagen), null, "1100O0001", "1100O0002"),
            Eenheid("1100O0001") with { Begindatum = Begin.AddYears(-1), Perioden = [new OpleidingseenheidPeriode(Begin.AddYears(-1), "Cursus", null, null, null, null, null, [])] }, Eenheid("1100O0002")));

    [Fact]
    public void A_relatie_ending_after_an_opleidingseenheid_is_refused_with_P04410_an_open_one_ends_with_it()
    {
        var einde = Begin.AddYears(2);
        var eindig = Eenheid("1100O0002") with { Einddatum = einde };
        Assert.Empty(RelatieCodes(new Opleidingsrelatie("100B001", Begin, null, "1100O0001", "1100O0002"), Eenheid("1100O0001"), eindig));
        Assert.Equal(["P04410"], RelatieCodes(new Opleidingsrelatie("100B001", Begin, einde.AddDays(1), "1100O0001", "1100O0002"), Eenheid("1100O0001"), eindig));
        Assert.Empty(RelatieCodes(new Opleidingsrelatie("100B001", Begin, einde, "1100O0001", "1100O0002"), Eenheid("1100O0001"), eindig));
    }

    [Fact]
    public void Period_outside_life_is_refused_with_P02020() =>
        Assert.Contains("P02020", Codes(Eenheid() with { Perioden = [.. Eenheid().Perioden, new OpleidingseenheidPeriode(Begin.AddYears(-1), "x", null, null, null, null, null, [])] }));

    [Fact]
    public void First_period_not_at_begindatum_is_refused_with_P02080() =>
        Assert.Equal(["P02080"], Codes(Eenheid() with { Perioden = [new OpleidingseenheidPeriode(Begin.AddDays(1), "x", null, null, null, null, null, [])] }));

    [Fact]
    public void Categorie_value_twice_is_refused_with_K01040()
    {
        var categorie = new Kenmerk("categorie", KenmerkType.Enumeratiewaarde, "TECHNIEK");
        Assert.Equal(["K01040"], Codes(Eenheid() with { Kenmerken = [categorie, categorie] }));
    }

    [Fact]
    public void Relatie_with_unknown_eenheid_is_refused_with_A01070() =>
        Assert.Equal(["A01070"], RelatieCodes(new Opleidingsrelatie("100B001", Begin, null, "1100O0001", "1100O0002"), Eenheid("1100O0001")));

    [Fact]
    public void Relatie_of_other_boards_eenheden_is_refused_with_AUT401() =>
        Assert.Equal(["AUT401"], RelatieCodes(new Opleidingsrelatie("100B001", Begin, null, "1200O0001", "1200O0002"), Eenheid("1200O0001", "200B001"), Eenheid("1200O0002", "200B001")));

    [Fact]
    public void Relatie_with_itself_is_refused_with_P04030() =>
        Assert.Equal(["P04030"], RelatieCodes(new Opleidingsrelatie("100B001", Begin, null, "1100O0001", "1100O0001"), Eenheid("1100O0001")));

    [Fact]
    public void Relatie_ending_before_it_begins_is_refused_with_P04010() =>
        Assert.Equal(["P04010"], RelatieCodes(new Opleidingsrelatie("100B001", Begin, Begin, "1100O0001", "1100O0002"), Eenheid("1100O0001"), Eenheid("1100O0002")));
}
