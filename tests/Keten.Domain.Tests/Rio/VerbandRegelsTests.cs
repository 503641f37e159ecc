using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Regels;

namespace Keten.Domain.Tests.Rio;

/// <summary>
/// DUO's Verbandscontroles between an object and the stored objects it relates to (N04430, N09410, P01410, P01430,
/// P04050) and A02011, each from DUO's condition text, with the day before, on and after each boundary.
/// </summary>
public class VerbandRegelsTests
{
    private static readonly DateOnly InBedrijf = new(2020, 8, 1);
    private static readonly DateOnly Instroom = new(2021, 9, 1);
    private static readonly DateOnly Einde = new(2026, 8, 1);

    private static readonly Referentiedata Referentie = new(
        [new Onderwijsbestuur("100B001", "ROC", null, "00000001000000000001")],
        [new ErkendeInstelling("99MA", "ROC", Sector.MBO, "100B001", new DateOnly(1996, 8, 1), null)],
        [
            new Opleidingserkenning("CREBO", "25180", "Kok", "MBO-2", new DateOnly(2016, 8, 1), null),
            new Opleidingserkenning("CREBO", "25187", "Applicatie- en mediaontwikkelaar", "MBO-4", new DateOnly(2016, 8, 1), new DateOnly(2022, 8, 1)),
            new Opleidingserkenning("CREBO", "25604", "Software developer", "MBO-4", new DateOnly(2020, 8, 1), null),
        ],
        [new VoVakerkenning("ILT", "0137", "VO-VMBO-KB", "kader techniek", new DateOnly(2020, 8, 1), null)],
        []);

    private static AangebodenOpleiding Opleiding(DateOnly? eersteInstroom, DateOnly? einddatum) => new(
        Guid.NewGuid(), AangebodenOpleidingSoort.Mbo, "110A001", null, InBedrijf, eersteInstroom, einddatum,
        new OpleidingserkenningSleutel("CREBO", "25180"), null, null,
        [new AangebodenOpleidingPeriode(InBedrijf, "Kok", null, null, [])], [], null, [], "BOL", "MBO-2", "NEE", "ALL");

    // N04430 -----------------------------------------------------------------------------------------------------

    private static Onderwijsaanbieder Aanbieder(DateOnly inBedrijf, DateOnly? uitBedrijf) => new("110A001", "100B001", inBedrijf, uitBedrijf,
        [new OnderwijsaanbiederPeriode(inBedrijf, "ROC Voorbeeld", null, [])], [new JuridischeRelatie("99MA", inBedrijf, null)], []);

    private static IEnumerable<string> AanbiederCodes(Onderwijsaanbieder a, params AangebodenOpleiding[] opleidingen) =>
        OnderwijsaanbiederRegels.Controleer(a, Aanbieder(InBedrijf, null), "100B001", Referentie, opleidingen: opleidingen).Select(f => f.Foutcode);

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void N04430_inBedrijfdatum_moved_past_an_offerings_eersteInstroomdatum_is_refused(int dagen, bool goed) =>
        Assert.Equal(goed ? [] : ["N04430"], AanbiederCodes(Aanbieder(Instroom.AddDays(dagen), null), Opleiding(Instroom, Einde)));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void N04430_uitBedrijfdatum_before_an_offerings_einddatum_is_refused(int dagen, bool goed) =>
        Assert.Equal(goed ? [] : ["N04430"], AanbiederCodes(Aanbieder(InBedrijf, Einde.AddDays(dagen)), Opleiding(Instroom, Einde)));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void N04430_uitBedrijfdatum_on_or_before_an_open_offerings_eersteInstroomdatum_is_refused(int dagen, bool goed) =>
        Assert.Equal(goed && !Lezingen.OpenEinddatumLooptDoor ? [] : ["N04430"], AanbiederCodes(Aanbieder(InBedrijf, Instroom.AddDays(dagen)), Opleiding(Instroom, null)));

    [Fact]
    public void N04430_without_eersteInstroomdatum_only_the_einddatum_is_compared()
    {
        var zonderInstroom = Opleiding(null, Einde);

        Assert.Empty(AanbiederCodes(Aanbieder(Einde.AddDays(-1), null), zonderInstroom));
        Assert.Equal(["N04430"], AanbiederCodes(Aanbieder(Einde, null), zonderInstroom));
        Assert.Equal(["N04430"], AanbiederCodes(Aanbieder(InBedrijf, Einde.AddDays(-1)), zonderInstroom));
    }

    [Fact]
    public void N04430_an_open_einddatum_ends_with_the_aanbieder_as_Lezingen_reads_it() =>
        Assert.Equal(Lezingen.OpenEinddatumLooptDoor ? ["N04430"] : [], AanbiederCodes(Aanbieder(InBedrijf, Einde), Opleiding(Instroom, null)));

    [Fact]
    public void N04430_names_the_aanbieder_and_each_offering_outside_it()
    {
        var buiten = Opleiding(Instroom, Einde);
        var fouten = OnderwijsaanbiederRegels.Controleer(Aanbieder(InBedrijf, Einde.AddYears(-1)), Aanbieder(InBedrijf, null), "100B001", Referentie,
            opleidingen: [buiten, Opleiding(Instroom, Einde.AddYears(-2))]);

        var fout = Assert.Single(fouten);
        Assert.Equal("De periode vanaf de eerste-instroomdatum tot het einde van een aangeboden opleiding valt niet (volledig) binnen de onderwijsaanbieder-periode.", fout.Fouttekst);
        Assert.Equal(["onderwijsaanbiedercode", "aangebodenOpleidingCode"], fout.Sleutelgegevens.Select(s => s.Sleutelnaam));
        Assert.Equal("110A001", fout.Sleutelgegevens[0].Sleutelwaarde);
    }

    // N09410 -----------------------------------------------------------------------------------------------------

    private static Opleidingseenheid Eenheid(DateOnly begin, DateOnly? einde, string code = "1100O0001") => new(
        code, "100B001", Opleidingseenheid.SoortParticuliereOpleiding, begin, einde, null, null, null, null,
        [new OpleidingseenheidPeriode(begin, "Cursus", null, null, null, null, null, [])], []);

    private static IEnumerable<string> OpleidingCodes(AangebodenOpleiding ao, Opleidingseenheid? eenheid = null)
    {
        var aanbieder = Aanbieder(new DateOnly(2000, 1, 1), null);
        var ctx = new AangebodenOpleidingContext("100B001", Referentie, null, aanbieder, new HashSet<string>(), new HashSet<string>(), eenheid);
        return AangebodenOpleidingRegels.Controleer(ao, ctx).Select(f => f.Foutcode);
    }

    private static AangebodenOpleiding OpEigenEenheid(DateOnly? eersteInstroom, DateOnly? einddatum) =>
        Opleiding(eersteInstroom, einddatum) with { OpleidingserkenningSleutel = null, OpleidingseenheidSleutel = "1100O0001", MboNiveau = null };

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void N09410_eersteInstroomdatum_before_the_opleidingseenheids_begindatum_is_refused(int dagen, bool goed) =>
        Assert.Equal(goed ? [] : ["N09410"], OpleidingCodes(OpEigenEenheid(Instroom, Einde), Eenheid(Instroom.AddDays(dagen), null)));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void N09410_einddatum_after_the_opleidingseenheids_einddatum_is_refused(int dagen, bool goed) =>
        Assert.Equal(goed ? [] : ["N09410"], OpleidingCodes(OpEigenEenheid(Instroom, Einde), Eenheid(InBedrijf, Einde.AddDays(dagen))));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void N09410_an_mbo_offering_is_held_to_its_crebos_erkenning(int dagen, bool goed)
    {
        var ao = Opleiding(new DateOnly(2020, 9, 1), new DateOnly(2022, 8, 1).AddDays(-dagen)) with { OpleidingserkenningSleutel = new OpleidingserkenningSleutel("CREBO", "25187") };

        Assert.Equal(goed ? [] : ["N09410"], OpleidingCodes(ao));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void N09410_eersteInstroomdatum_before_the_crebos_begindatum_is_refused(int dagen, bool goed)
    {
        var ao = Opleiding(new DateOnly(2020, 8, 1).AddDays(dagen), null) with { OpleidingserkenningSleutel = new OpleidingserkenningSleutel("CREBO", "25604") };

        Assert.Equal(goed ? [] : ["N09410"], OpleidingCodes(ao));
    }

    [Fact]
    public void N09410_a_vo_offering_is_held_to_its_vakerkenning_and_names_its_opleidingseenheid()
    {
        var vo = new AangebodenOpleiding(Guid.NewGuid(), AangebodenOpleidingSoort.VO, "110A001", null, new DateOnly(2019, 8, 1), new DateOnly(2019, 8, 1), null,
            null, new VoVakerkenningSleutel("ILT", "0137", "VO-VMBO-KB"), null,
            [new AangebodenOpleidingPeriode(new DateOnly(2019, 8, 1), "kader", null, null, [])], [], null, [], null, null, null, null);
        var aanbieder = Aanbieder(new DateOnly(2000, 1, 1), null);
        var ctx = new AangebodenOpleidingContext("100B001", Referentie, null, aanbieder, new HashSet<string>(), new HashSet<string>(), null);

        var fout = Assert.Single(AangebodenOpleidingRegels.Controleer(vo, ctx));

        Assert.Equal("N09410", fout.Foutcode);
        Assert.Equal("opleidingseenheidcode", fout.Sleutelgegevens[1].Sleutelnaam);
        Assert.Equal(ErkendeOpleidingseenheid.CodeVoor(vo.VoVakerkenningSleutel!), fout.Sleutelgegevens[1].Sleutelwaarde);
        Assert.Empty(AangebodenOpleidingRegels.Controleer(vo with { EersteInstroomDatum = new DateOnly(2020, 8, 1) }, ctx));
    }

    [Fact]
    public void N09410_without_eersteInstroomdatum_and_einddatum_there_is_nothing_to_compare() =>
        Assert.Empty(OpleidingCodes(OpEigenEenheid(null, null), Eenheid(Instroom.AddYears(1), Einde)));

    [Fact]
    public void N09410_the_ocw_exclusion_is_applied_to_ketens_derived_codes_only_as_Lezingen_reads_it()
    {
        var laagCrebo = ErkendeOpleidingseenheid.CodeVoor(new OpleidingserkenningSleutel("CREBO", "9999"));

        Assert.StartsWith("0100", laagCrebo, StringComparison.Ordinal);
        Assert.Equal(Lezingen.OcwPrefixenOpAfgeleideCode, ErkendeOpleidingseenheid.OcwUitgezonderd(laagCrebo));
        Assert.False(ErkendeOpleidingseenheid.OcwUitgezonderd(ErkendeOpleidingseenheid.CodeVoor(new OpleidingserkenningSleutel("CREBO", "25180"))));
    }

    // P01410, P01430 ---------------------------------------------------------------------------------------------

    private static IEnumerable<string> EenheidCodes(Opleidingseenheid nieuw, IReadOnlyList<AangebodenOpleiding> opleidingen, IReadOnlyList<Opleidingsrelatie> relaties) =>
        OpleidingseenheidRegels.Controleer(nieuw, Eenheid(InBedrijf, null), "100B001", new Opleidingseenheidverbanden(opleidingen, relaties)).Select(f => f.Foutcode);

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void P01410_begindatum_moved_past_an_offerings_eersteInstroomdatum_is_refused(int dagen, bool goed) =>
        Assert.Equal(goed ? [] : ["P01410"], EenheidCodes(Eenheid(Instroom.AddDays(dagen), null), [OpEigenEenheid(Instroom, Einde)], []));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void P01410_einddatum_before_an_offerings_einddatum_is_refused(int dagen, bool goed) =>
        Assert.Equal(goed ? [] : ["P01410"], EenheidCodes(Eenheid(InBedrijf, Einde.AddDays(dagen)), [OpEigenEenheid(Instroom, Einde)], []));

    [Fact]
    public void P01410_without_eersteInstroomdatum_only_the_einddatum_is_compared()
    {
        Assert.Empty(EenheidCodes(Eenheid(Einde.AddDays(-1), null), [OpEigenEenheid(null, Einde)], []));
        Assert.Equal(["P01410"], EenheidCodes(Eenheid(Einde, null), [OpEigenEenheid(null, Einde)], []));
    }

    private static Opleidingsrelatie Relatie(DateOnly begin, DateOnly? einde) => new("100B001", begin, einde, "1100O0001", "1100O0002");

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void P01430_begindatum_moved_past_a_relaties_begindatum_is_refused(int dagen, bool goed) =>
        Assert.Equal(goed ? [] : ["P01430"], EenheidCodes(Eenheid(Instroom.AddDays(dagen), null), [], [Relatie(Instroom, Einde)]));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void P01430_einddatum_before_a_relaties_einddatum_is_refused(int dagen, bool goed) =>
        Assert.Equal(goed ? [] : ["P01430"], EenheidCodes(Eenheid(InBedrijf, Einde.AddDays(dagen)), [], [Relatie(Instroom, Einde)]));

    [Fact]
    public void P01430_names_the_relatie_by_the_other_opleidingseenheid_and_its_begindatum()
    {
        var fout = Assert.Single(OpleidingseenheidRegels.Controleer(Eenheid(Einde, null), Eenheid(InBedrijf, null), "100B001",
            new Opleidingseenheidverbanden([], [new Opleidingsrelatie("100B001", Instroom, null, "1100O0002", "1100O0001")])));

        Assert.Equal("P01430", fout.Foutcode);
        Assert.Equal(["1100O0001", "1100O0002", "2021-09-01"], fout.Sleutelgegevens.Select(s => s.Sleutelwaarde));
    }

    // P04050 -----------------------------------------------------------------------------------------------------

    private static IEnumerable<string> RelatieCodes(Opleidingsrelatie nieuw, params Opleidingsrelatie[] bestaand) =>
        OpleidingseenheidRegels.ControleerRelatie(nieuw, [Eenheid(InBedrijf, null, "1100O0001"), Eenheid(InBedrijf, null, "1100O0002")], "100B001", bestaand)
            .Select(f => f.Foutcode);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void P04050_a_relatie_beginning_before_the_stored_one_ends_is_refused_einddatum_exclusive(int dagen, bool goed) =>
        Assert.Equal(goed ? [] : ["P04050"], RelatieCodes(Relatie(Einde.AddDays(dagen), null), Relatie(Instroom, Einde)));

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void P04050_a_relatie_ending_after_the_stored_one_begins_is_refused_einddatum_exclusive(int dagen, bool goed) =>
        Assert.Equal(goed ? [] : ["P04050"], RelatieCodes(Relatie(InBedrijf, Einde.AddDays(dagen)), Relatie(Einde, null)));

    [Fact]
    public void P04050_the_pair_in_either_order_is_the_same_combination_and_an_open_relatie_runs_on()
    {
        var omgekeerd = new Opleidingsrelatie("100B001", Instroom, null, "1100O0002", "1100O0001");

        Assert.Equal(["P04050"], RelatieCodes(Relatie(Einde, null), omgekeerd));
    }

    [Fact]
    public void P04050_redelivering_a_relatie_with_its_own_begindatum_replaces_it() =>
        Assert.Empty(RelatieCodes(Relatie(Instroom, Einde), Relatie(Instroom, null)));

    [Fact]
    public void P04050_relaties_with_another_opleidingseenheid_are_another_combination() =>
        Assert.Empty(RelatieCodes(Relatie(Instroom, null), new Opleidingsrelatie("100B001", Instroom, null, "1100O0001", "1100O0003")));

    // A02011 -----------------------------------------------------------------------------------------------------

    [Fact]
    public void A02011_the_opleidingseenheid_of_a_crebo_or_vakerkenning_is_formally_recognised_whatever_its_validity()
    {
        Assert.True(ErkendeOpleidingseenheid.IsErkend(ErkendeOpleidingseenheid.CodeVoor(new OpleidingserkenningSleutel("CREBO", "25187")), Referentie));
        Assert.True(ErkendeOpleidingseenheid.IsErkend(ErkendeOpleidingseenheid.CodeVoor(new VoVakerkenningSleutel("ILT", "0137", "VO-VMBO-KB")), Referentie));
        Assert.False(ErkendeOpleidingseenheid.IsErkend(ErkendeOpleidingseenheid.CodeVoor(new OpleidingserkenningSleutel("CREBO", "25188")), Referentie));
        Assert.False(ErkendeOpleidingseenheid.IsErkend("1100O0001", Referentie));
    }

    [Fact]
    public void A02011_refuses_changing_a_formally_recognised_opleidingseenheid_and_nothing_else()
    {
        var erkend = Eenheid(InBedrijf, null, ErkendeOpleidingseenheid.CodeVoor(new OpleidingserkenningSleutel("CREBO", "25180")));

        var fout = Assert.Single(OpleidingseenheidRegels.Controleer(erkend, null, "100B001", formeelErkend: true));

        Assert.Equal("A02011", fout.Foutcode);
        Assert.Equal("Het is niet toegestaan een opleidingseenheid te muteren wanneer deze formeel erkend is", fout.Fouttekst);
        Assert.Equal(erkend.Opleidingseenheidcode, fout.Sleutelgegevens[0].Sleutelwaarde);
        Assert.Equal(["A01070"], OpleidingseenheidRegels.Controleer(erkend, null, "100B001").Select(f => f.Foutcode));
    }
}
