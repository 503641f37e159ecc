using Keten.Domain.Gemeenschappelijk;
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

    [Theory]
    [InlineData("MBO-4", true)]
    [InlineData("ONBEPAALD", true)]
    [InlineData("VO-HAVO", true)]
    [InlineData("MBO-5", false)]
    [InlineData("mbo-4", false)]
    public void A_niveau_outside_Niveaucode_v06_is_refused_with_P01040(string niveau, bool goed) =>
        Assert.Equal(goed ? [] : ["P01040"], Codes(Eenheid() with { Niveau = niveau }));

    /// <summary>Niveaucode-v06: VO-VBO T/m 01-01-2018; "in de tijd geldig ... Opleidingseenheid.begindatum tot Opleidingseenheid.einddatum".</summary>
    [Theory]
    [InlineData("2017-12-31", true)]
    [InlineData("2018-01-01", true)]
    [InlineData("2018-01-02", false)]
    public void VO_VBO_ended_on_2018_01_01_so_an_opleidingseenheid_beginning_after_it_is_refused_with_P01040(string begin, bool goed)
    {
        var begindatum = DateOnly.Parse(begin, System.Globalization.CultureInfo.InvariantCulture);
        var eenheid = Eenheid() with { Begindatum = begindatum, Niveau = "VO-VBO", Perioden = [new OpleidingseenheidPeriode(begindatum, "Cursus", null, null, null, null, null, [])] };

        Assert.Equal(goed ? [] : ["P01040"], Codes(eenheid));
    }

    [Fact]
    public void P01040_names_the_niveau()
    {
        var fout = Assert.Single(OpleidingseenheidRegels.Controleer(Eenheid() with { Niveau = "MBO-5" }, null, "100B001"));

        Assert.Equal(("P01040", "Het niveau moet een bestaand niveau zijn."), (fout.Foutcode, fout.Fouttekst));
        Assert.Equal([new Sleutelgegeven("niveau", "MBO-5")], fout.Sleutelgegevens);
    }

    [Theory]
    [InlineData("DIPLOMA", true)]
    [InlineData("CERTIFICAAT", true)]
    [InlineData("GEEN_OFFICIEEL_DOCUMENT", true)]
    [InlineData("VAKBEKWAAMHEIDSBEWIJS", true)]
    [InlineData("BEWIJS", false)]
    [InlineData("Diploma", false)]
    public void A_waardedocumentsoort_outside_SoortWaardedocument_v01_is_refused_with_P01060(string soort, bool goed) =>
        Assert.Equal(goed ? [] : ["P01060"], Codes(Eenheid() with { Waardedocumentsoort = soort }));

    [Fact]
    public void P01060_names_the_waardedocumentsoort() =>
        Assert.Equal([new Sleutelgegeven("waardedocumentsoort", "BEWIJS")],
            Assert.Single(OpleidingseenheidRegels.Controleer(Eenheid() with { Waardedocumentsoort = "BEWIJS" }, null, "100B001")).Sleutelgegevens);

    [Theory]
    [InlineData("SBU", true)]
    [InlineData("ECTS_PUNT", true)]
    [InlineData("CONTACTUUR", true)]
    [InlineData("UREN", false)]
    [InlineData("sbu", false)]
    public void A_studielasteenheid_outside_StudielastEenheid_v03_is_refused_with_P02040(string eenheid, bool goed) =>
        Assert.Equal(goed ? [] : ["P02040"], Codes(Eenheid() with { Perioden = [new OpleidingseenheidPeriode(Begin, "Cursus", null, null, null, "40", eenheid, [])] }));

    [Fact]
    public void P02040_names_the_studielasteenheid_and_the_period_that_carries_it()
    {
        var tweede = Begin.AddYears(1);
        var eenheid = Eenheid() with
        {
            Perioden =
            [
                new OpleidingseenheidPeriode(Begin, "Cursus", null, null, null, "40", "SBU", []),
                new OpleidingseenheidPeriode(tweede, "Cursus", null, null, null, "40", "UREN", []),
            ],
        };

        var fout = Assert.Single(OpleidingseenheidRegels.Controleer(eenheid, null, "100B001"));

        Assert.Equal("P02040", fout.Foutcode);
        Assert.Equal([new Sleutelgegeven("studielasteenheid", "UREN"), new Sleutelgegeven("begindatum", "2025-01-01")], fout.Sleutelgegevens);
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
