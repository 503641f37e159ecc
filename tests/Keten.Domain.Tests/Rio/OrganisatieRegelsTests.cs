using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Regels;

namespace Keten.Domain.Tests.Rio;

/// <summary>The checks of aanleveren_onderwijsaanbieder and aanleveren_onderwijslocatiegebruik, one code each.</summary>
public class OrganisatieRegelsTests
{
    private static readonly DateOnly Begin = new(2020, 8, 1);

    private static readonly Referentiedata Referentie = new(
        [new Onderwijsbestuur("100B001", "ROC", null, "00000001000000000001"), new Onderwijsbestuur("200B001", "VO", null, "00000001000000000002")],
        [
            new ErkendeInstelling("99MA", "ROC", Sector.MBO, "100B001", new DateOnly(1996, 8, 1), null), new ErkendeInstelling("99VA", "VO", Sector.VO, "200B001", new DateOnly(1996, 8, 1), null),
            new ErkendeInstelling("99MO", "ROC", Sector.MBO, "100B001", new DateOnly(1996, 8, 1), null, Erkenner: "OCW"),
            new ErkendeInstelling("99NR", "Opleidingsinstituut", Sector.MBO, "100B001", new DateOnly(1996, 8, 1), null, Erkenner: "NRTO"),
            new ErkendeInstelling("99NV", "Opleidingsinstituut VO", Sector.VO, "200B001", new DateOnly(1996, 8, 1), null, Erkenner: "NRTO"),
        ],
        [], [], []);

    private static Onderwijsaanbieder Aanbieder(string? code = "110A001") => new(code, "100B001", Begin, null,
        [new OnderwijsaanbiederPeriode(Begin, "ROC Voorbeeld", null, [])], [new JuridischeRelatie("99MA", Begin, null)], []);

    private static IEnumerable<string> Codes(Onderwijsaanbieder a, Onderwijsaanbieder? bestaand = null, string bestuur = "100B001") =>
        OnderwijsaanbiederRegels.Controleer(a, bestaand, bestuur, Referentie).Select(f => f.Foutcode);

    private static Onderwijslocatiegebruik Gebruik(string? locatie = null) =>
        new("100B001", locatie, Begin, null, new AanduidingAdres("3511AB", 1, null), null, null, [], []);

    private static IEnumerable<string> Codes(Onderwijslocatiegebruik g, bool locatieBekend = true, string bestuur = "100B001") =>
        OnderwijslocatiegebruikRegels.Controleer(g, bestuur, Referentie, locatieBekend).Select(f => f.Foutcode);

    [Fact]
    public void Valid_new_and_existing_aanbieder_are_accepted()
    {
        Assert.Empty(Codes(Aanbieder(null)));
        Assert.Empty(Codes(Aanbieder(), bestaand: Aanbieder()));
    }

    [Fact]
    public void Unknown_bestuur_is_refused_with_A01110() =>
        Assert.Equal(["A01110"], Codes(Aanbieder(null) with { Onderwijsbestuurcode = "999B999" }));

    [Fact]
    public void Aanbieder_for_another_board_is_refused_with_AUT401() =>
        Assert.Equal(["AUT401"], Codes(Aanbieder(null), bestuur: "200B001"));

    [Fact]
    public void Code_rio_never_issued_is_refused_with_AUT401() =>
        Assert.Equal(["AUT401"], Codes(Aanbieder("110A099")));

    [Fact]
    public void Code_rio_never_issued_is_allowed_for_duo_beheer() =>
        Assert.Empty(OnderwijsaanbiederRegels.Controleer(Aanbieder("110A099"), null, "100B001", Referentie, codeVastleggenToegestaan: true));

    [Fact]
    public void Uit_bedrijf_before_in_bedrijf_is_refused_with_N04010() =>
        Assert.Contains("N04010", Codes(Aanbieder(null) with { UitBedrijfdatum = Begin.AddDays(-1) }));

    [Fact]
    public void Period_before_in_bedrijf_is_refused_with_N05030() =>
        Assert.Contains("N05030", Codes(Aanbieder(null) with { Perioden = [new OnderwijsaanbiederPeriode(Begin, "a", null, []), new OnderwijsaanbiederPeriode(Begin.AddYears(-1), "b", null, [])] }));

    [Fact]
    public void Two_periods_with_the_same_begindatum_are_refused_with_N05050_not_N05030()
    {
        Assert.Equal(["N05050"], Codes(Aanbieder(null) with { Perioden = [new OnderwijsaanbiederPeriode(Begin, "a", null, []), new OnderwijsaanbiederPeriode(Begin, "b", null, [])] }));
        Assert.Empty(Codes(Aanbieder(null) with { Perioden = [new OnderwijsaanbiederPeriode(Begin, "a", null, []), new OnderwijsaanbiederPeriode(Begin.AddDays(1), "b", null, [])] }));
    }

    [Fact]
    public void First_period_not_at_in_bedrijf_is_refused_with_N05060() =>
        Assert.Equal(["N05060"], Codes(Aanbieder(null) with { Perioden = [new OnderwijsaanbiederPeriode(Begin.AddYears(1), "a", null, [])] }));

    [Fact]
    public void Unknown_brin_is_refused_with_A01030() =>
        Assert.Equal(["A01030"], Codes(Aanbieder(null) with { JuridischeRelaties = [new JuridischeRelatie("00XX", Begin, null)] }));

    /// <summary>DUO: the instellingserkenningcode "moet voorkomen in RIO als OCW Erkende Instelling"; without erkenner an instelling is OCW's.</summary>
    [Theory]
    [InlineData("99MA", true)]
    [InlineData("99MO", true)]
    [InlineData("99NR", false)]
    public void A_juridische_relatie_naming_an_instelling_not_erkend_by_OCW_is_refused_with_A01031(string brin, bool goed) =>
        Assert.Equal(goed ? [] : ["A01031"], Codes(Aanbieder(null) with { JuridischeRelaties = [new JuridischeRelatie(brin, Begin, null)] }));

    [Fact]
    public void A01031_names_the_instellingserkenningscode_and_comes_with_AUT401_when_the_instelling_is_another_boards()
    {
        var fout = Assert.Single(OnderwijsaanbiederRegels.Controleer(Aanbieder(null) with { JuridischeRelaties = [new JuridischeRelatie("99NR", Begin, null)] }, null, "100B001", Referentie));
        Assert.Equal(("instellingserkenningscode", "99NR"), (fout.Sleutelgegevens[0].Sleutelnaam, fout.Sleutelgegevens[0].Sleutelwaarde));
        Assert.Equal(["A01031", "AUT401"], Codes(Aanbieder(null) with { JuridischeRelaties = [new JuridischeRelatie("99NV", Begin, null)] }));
    }

    /// <summary>Two relations with 99MA: the first until 2024-08-01 (exclusive); the second may begin on that day, not before.</summary>
    [Theory]
    [InlineData("2024-07-31", false)]
    [InlineData("2024-08-01", true)]
    [InlineData("2024-08-02", true)]
    public void Overlapping_juridische_relaties_with_one_instelling_are_refused_with_J06020(string tweedeBegin, bool goed) =>
        Assert.Equal(goed ? [] : ["J06020"], Codes(Aanbieder(null) with
        {
            JuridischeRelaties = [new JuridischeRelatie("99MA", Begin, new DateOnly(2024, 8, 1)), new JuridischeRelatie("99MA", DateOnly.Parse(tweedeBegin, System.Globalization.CultureInfo.InvariantCulture), null)],
        }));

    [Fact]
    public void An_open_second_relation_after_an_open_first_one_is_refused_with_J06020() =>
        Assert.Equal(["J06020"], Codes(Aanbieder(null) with { JuridischeRelaties = [new JuridischeRelatie("99MA", Begin, null), new JuridischeRelatie("99MA", Begin.AddYears(2), null)] }));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void A_juridische_relatie_beginning_before_the_aanbieder_is_in_bedrijf_is_refused_with_J06410(int dagen, bool goed) =>
        Assert.Equal(goed ? [] : ["J06410"], Codes(Aanbieder(null) with { JuridischeRelaties = [new JuridischeRelatie("99MA", Begin.AddDays(dagen), null)] }));

    [Fact]
    public void A_juridische_relatie_ending_after_uit_bedrijf_is_refused_with_J06410_an_open_one_ends_with_the_aanbieder()
    {
        var uit = Begin.AddYears(3);
        Assert.Empty(Codes(Aanbieder(null) with { UitBedrijfdatum = uit, JuridischeRelaties = [new JuridischeRelatie("99MA", Begin, null)] }));
        Assert.Equal(["J06410"], Codes(Aanbieder(null) with { UitBedrijfdatum = uit, JuridischeRelaties = [new JuridischeRelatie("99MA", Begin, uit.AddDays(1))] }));
        Assert.Empty(Codes(Aanbieder(null) with { UitBedrijfdatum = uit, JuridischeRelaties = [new JuridischeRelatie("99MA", Begin, uit)] }));
    }

    [Fact]
    public void A_juridische_relatie_beginning_before_the_instelling_was_erkend_is_refused_with_J06410() =>
        Assert.Equal(["J06410"], Codes(Aanbieder(null) with { InBedrijfdatum = new DateOnly(1990, 1, 1), Perioden = [new OnderwijsaanbiederPeriode(new DateOnly(1990, 1, 1), "ROC", null, [])], JuridischeRelaties = [new JuridischeRelatie("99MA", new DateOnly(1990, 1, 1), null)] }));

    [Fact]
    public void Brin_of_another_board_is_refused_with_AUT401() =>
        Assert.Equal(["AUT401"], Codes(Aanbieder(null) with { JuridischeRelaties = [new JuridischeRelatie("99VA", Begin, null)] }));

    [Fact]
    public void Juridische_relatie_ending_before_it_begins_is_refused_with_J06010() =>
        Assert.Equal(["J06010"], Codes(Aanbieder(null) with { JuridischeRelaties = [new JuridischeRelatie("99MA", Begin, Begin)] }));

    [Fact]
    public void Eigen_sleutel_twice_is_refused_with_K01020()
    {
        var sleutel = new Kenmerk("eigenOnderwijsaanbiederSleutel", KenmerkType.Tekst, "A");
        Assert.Equal(["K01020"], Codes(Aanbieder(null) with { Kenmerken = [sleutel, sleutel with { Waarde = "B" }] }));
    }

    [Fact]
    public void Valid_locatiegebruik_is_accepted() => Assert.Empty(Codes(Gebruik()));

    [Fact]
    public void Locatiegebruik_of_unknown_board_is_refused_with_A01110() =>
        Assert.Equal(["A01110"], Codes(Gebruik() with { Onderwijsbestuurcode = "999B999" }));

    [Fact]
    public void Locatiegebruik_for_another_board_is_refused_with_AUT401() =>
        Assert.Equal(["AUT401"], Codes(Gebruik(), bestuur: "200B001"));

    [Fact]
    public void Unknown_location_code_is_refused_with_A01060() =>
        Assert.Equal(["A01060"], Codes(Gebruik("110X999"), locatieBekend: false));

    [Theory]
    [InlineData("99MA", true)]
    [InlineData("00XX", false)]
    public void A_juridische_relatie_of_a_locatiegebruik_naming_no_erkende_vestiging_is_refused_with_A01040(string vestiging, bool goed) =>
        Assert.Equal(goed ? [] : ["A01040"], Codes(Gebruik() with { JuridischeRelaties = [new JuridischeOnderwijslocatiegebruikRelatie(vestiging, Begin, null)] }));

    [Theory]
    [InlineData("bis-12", true)]
    [InlineData("bis-123", false)]
    public void A_huisnummertoevoeging_over_6_characters_is_refused_with_N03010(string toevoeging, bool goed) =>
        Assert.Equal(goed ? [] : ["N03010"], Codes(Gebruik() with { AanduidingAdres = new AanduidingAdres("3511AB", 1, toevoeging) }));

    [Fact]
    public void Locatiegebruik_ending_before_it_begins_is_refused_with_N01010() =>
        Assert.Equal(["N01010"], Codes(Gebruik() with { UitBedrijfdatum = Begin }));

    [Fact]
    public void Locatiegebruik_kenmerk_of_wrong_type_is_refused_with_K01060() =>
        Assert.Equal(["K01060"], Codes(Gebruik() with { Kenmerken = [new Kenmerk("eigenOnderwijslocatiegebruikSleutel", KenmerkType.Getal, "12")] }));
}
