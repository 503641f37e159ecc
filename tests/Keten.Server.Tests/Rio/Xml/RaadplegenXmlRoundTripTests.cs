using System.Xml.Linq;
using Keten.Contract.Rio.Xml;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;
using Keten.Domain.Rio;

namespace Keten.Server.Tests.Rio.Xml;

/// <summary>Domain → opvragen_*_response → XSD-valid → domain gives back the same state.</summary>
public class RaadplegenXmlRoundTripTests
{
    private static readonly XNamespace Ns = RioNamespaces.Raadplegen;
    private static readonly Onderwijsbestuur Bestuur = new(RioVoorbeelden.Bestuur, "Stichting ROC Voorbeeld", "41234567", "00000001123456789000");

    public static TheoryData<string> AangebodenOpleidingen => ["mbo", "mbo-particulier", "vo"];

    [Theory]
    [MemberData(nameof(AangebodenOpleidingen))]
    public void Aangeboden_opleiding_delivered_through_beheren_is_answered_unchanged(string soort)
    {
        var geleverd = soort switch
        {
            "mbo" => RioVoorbeelden.MboOpleiding(),
            "mbo-particulier" => RioVoorbeelden.MboOpParticuliereOpleiding(),
            _ => RioVoorbeelden.VoOpleiding(),
        };
        var aanlevering = BeherenXmlRoundTripTests.Geldig("aanleveren_aangebodenOpleiding", BeherenXmlWriter.AanleverenAangebodenOpleiding(geleverd));
        var opgeslagen = BeherenXmlReader.AangebodenOpleiding(BeherenXmlRoundTripTests.Herlees(aanlevering)).GetValueOrThrow();

        var antwoord = Antwoord("opvragen_aangebodenOpleiding", RaadplegenXmlWriter.AangebodenOpleiding(opgeslagen, OpleidingseenheidcodeVan(opgeslagen)));

        var opgevraagd = Assert.Single(RaadplegenXmlReader.AangebodenOpleidingen(antwoord)).GetValueOrThrow();
        JsonGelijk.AssertGelijk(geleverd, opgevraagd);
    }

    [Fact]
    public void Offering_of_an_erkenning_names_the_derived_ocw_opleidingseenheid()
    {
        var mbo = RioVoorbeelden.MboOpleiding();

        var element = RaadplegenXmlWriter.AangebodenOpleiding(mbo, OpleidingseenheidcodeVan(mbo));

        Assert.Equal(ErkendeOpleidingseenheid.CodeVoor(mbo.OpleidingserkenningSleutel!), element.Element(Ns + "opleidingseenheidcode")!.Value);
        Assert.Equal("opleidingseenheidcode", element.Elements().ElementAt(2).Name.LocalName);
    }

    [Fact]
    public void Aangeboden_opleidingen_van_organisatie_come_with_paginering()
    {
        var opleidingen = new[] { RioVoorbeelden.MboOpleiding(), RioVoorbeelden.MboOpParticuliereOpleiding() };
        var paginering = new Paginering(1, 3, 1001);

        var antwoord = Antwoord(
            "opvragen_aangebodenOpleidingenVanOrganisatie",
            W(opleidingen.Select(o => RaadplegenXmlWriter.AangebodenOpleiding(o, OpleidingseenheidcodeVan(o)))),
            RaadplegenXmlWriter.Paginering(paginering));

        JsonGelijk.AssertGelijk(opleidingen, RaadplegenXmlReader.AangebodenOpleidingen(antwoord).Select(r => r.GetValueOrThrow()).ToArray());
        Assert.Equal(paginering, RaadplegenXmlReader.Paginering(antwoord));
    }

    [Fact]
    public void Raadplegen_cohort_has_einddatum_before_bedrijfsopleiding()
    {
        var cohort = RaadplegenXmlWriter.AangebodenOpleiding(RioVoorbeelden.MboOpleiding(), "0125O0180")
            .Elements(Ns + "aangebodenMboOpleidingCohort").First();

        Assert.Equal(
            ["toestemmingVereistVoorAanmelding", "toelichtingVereisteToestemming", "einddatum", "bedrijfsopleiding", "prijs"],
            cohort.Elements().Select(e => e.Name.LocalName).SkipWhile(n => n != "toestemmingVereistVoorAanmelding").Distinct());
    }

    [Fact]
    public void Onderwijsaanbieder_is_answered_with_its_board_and_erkenners()
    {
        var aanbieder = RioVoorbeelden.BestaandeOnderwijsaanbieder();
        var besturen = new[] { BijbehorendOnderwijsbestuur.Van(Bestuur, aanbieder) };

        var antwoord = Antwoord("opvragen_onderwijsaanbieder", RaadplegenXmlWriter.Onderwijsaanbieder(aanbieder, besturen, _ => "OCW"));

        var element = antwoord.Element(Ns + "onderwijsaanbieder")!;
        JsonGelijk.AssertGelijk(aanbieder, RaadplegenXmlReader.Onderwijsaanbieder(element).GetValueOrThrow());
        JsonGelijk.AssertGelijk(besturen, RaadplegenXmlReader.BijbehorendeOnderwijsbesturen(element).ToArray());
        Assert.Equal(new Dictionary<string, string> { ["25LZ"] = "OCW", ["25LZ01"] = "OCW" }, RaadplegenXmlReader.Erkenners(element));
    }

    [Fact]
    public void Onderwijsaanbieders_van_organisatie_nest_the_aanbieders_in_the_onderwijsbestuur()
    {
        var aanbieder = RioVoorbeelden.BestaandeOnderwijsaanbieder();
        var bijbehorend = BijbehorendOnderwijsbestuur.Van(Bestuur, aanbieder);

        var antwoord = Antwoord(
            "opvragen_onderwijsaanbiedersVanOrganisatie",
            RaadplegenXmlWriter.Onderwijsbestuur(
                Bestuur.Code,
                new DateOnly(1996, 8, 1),
                bijbehorend.Perioden,
                [RaadplegenXmlWriter.Onderwijsaanbieder(aanbieder, [bijbehorend], _ => "OCW")]));

        var element = antwoord.Element(Ns + "onderwijsbestuur")!.Element(Ns + "onderwijsaanbieder")!;
        JsonGelijk.AssertGelijk(aanbieder, RaadplegenXmlReader.Onderwijsaanbieder(element).GetValueOrThrow());
    }

    [Fact]
    public void Onderwijslocatiegebruik_is_answered_with_the_onderwijslocatie_inside()
    {
        var opgeslagen = RioVoorbeelden.LocatiegebruikOpAdres() with { Onderwijslocatiecode = "123X456" };
        var locatie = new Onderwijslocatie(
            "123X456", opgeslagen.AanduidingAdres, new AanduidingGps(52.21833300m, 6.89583300m), new AanduidingPlaats("Enschede", null));

        var antwoord = Antwoord("opvragen_onderwijslocatiegebruik", RaadplegenXmlWriter.Onderwijslocatiegebruik(opgeslagen, locatie));

        var gelezen = RaadplegenXmlReader.Onderwijslocatiegebruik(antwoord.Element(Ns + "onderwijslocatiegebruik")!).GetValueOrThrow();
        JsonGelijk.AssertGelijk(opgeslagen with { AanduidingAdres = null }, gelezen.Gebruik);
        Assert.Equal(locatie, gelezen.Onderwijslocatie);
    }

    [Fact]
    public void Onderwijslocatiegebruik_van_organisatie_lists_every_gebruik()
    {
        var opAdres = RioVoorbeelden.LocatiegebruikOpAdres() with { Onderwijslocatiecode = "123X456" };
        var opCode = RioVoorbeelden.LocatiegebruikOpCode() with { Onderwijslocatiecode = "123X457" };

        var antwoord = Antwoord(
            "opvragen_onderwijslocatiegebruikVanOrganisatie",
            RaadplegenXmlWriter.Onderwijslocatiegebruik(opAdres, new Onderwijslocatie("123X456", opAdres.AanduidingAdres, null, null)),
            RaadplegenXmlWriter.Onderwijslocatiegebruik(opCode, new Onderwijslocatie("123X457", null, null, new AanduidingPlaats("Hengelo", null))));

        var gelezen = antwoord.Elements(Ns + "onderwijslocatiegebruik")
            .Select(e => RaadplegenXmlReader.Onderwijslocatiegebruik(e).GetValueOrThrow().Gebruik).ToArray();
        JsonGelijk.AssertGelijk(new[] { opAdres with { AanduidingAdres = null }, opCode }, gelezen);
    }

    [Fact]
    public void Onderwijslocatie_drops_the_gemeentenaam_raadplegen_cannot_carry()
    {
        var locatie = new Onderwijslocatie("123X456", new AanduidingAdres("7511AB", 1, null), null, new AanduidingPlaats("Hengelo", "Hengelo (O)"));

        var antwoord = Antwoord("opvragen_onderwijslocatie", RaadplegenXmlWriter.Onderwijslocatie(locatie));

        Assert.Equal(
            locatie with { AanduidingPlaats = new AanduidingPlaats("Hengelo", null) },
            RaadplegenXmlReader.Onderwijslocatie(antwoord.Element(Ns + "onderwijslocatie")!));
    }

    [Fact]
    public void Particuliere_opleidingseenheid_is_answered_unchanged()
    {
        var eenheid = RioVoorbeelden.ParticuliereOpleiding();

        var antwoord = Antwoord("opvragen_opleidingseenheid", RaadplegenXmlWriter.Opleidingseenheid(eenheid, "INSTELLING"));

        var element = antwoord.Element(Ns + "particuliereOpleiding")!;
        JsonGelijk.AssertGelijk(eenheid, RaadplegenXmlReader.Opleidingseenheid(element).GetValueOrThrow());
        Assert.Equal("INSTELLING", element.Element(Ns + "herkomstOpleiding")!.Value);
    }

    [Fact]
    public void Every_period_of_a_particuliere_opleiding_names_its_eigenaar()
    {
        var element = RaadplegenXmlWriter.Opleidingseenheid(RioVoorbeelden.ParticuliereOpleiding(), "INSTELLING");

        var eigenaars = element.Elements(Ns + "particuliereOpleidingPeriode")
            .Select(p => p.Elements(Ns + "kenmerken").Single(k => k.Element(Ns + "kenmerknaam")!.Value == "eigenaar").Elements().Last().Value);
        Assert.Equal([RioVoorbeelden.Bestuur, RioVoorbeelden.Bestuur], eigenaars);
    }

    [Fact]
    public void Opleidingseenheden_van_organisatie_come_with_paginering()
    {
        var eenheden = new[] { RioVoorbeelden.ParticuliereOpleiding(), RioVoorbeelden.ParticuliereOpleiding("1234O5679") };

        var antwoord = Antwoord(
            "opvragen_opleidingseenhedenVanOrganisatie",
            W(eenheden.Select(e => RaadplegenXmlWriter.Opleidingseenheid(e, "INSTELLING"))),
            RaadplegenXmlWriter.Paginering(new Paginering(0, 1, 2)));

        var gelezen = antwoord.Elements(Ns + "particuliereOpleiding")
            .Select(e => RaadplegenXmlReader.Opleidingseenheid(e).GetValueOrThrow()).ToArray();
        JsonGelijk.AssertGelijk(eenheden, gelezen);
    }

    [Fact]
    public void Opleidingsrelatie_is_answered_from_either_end()
    {
        var relatie = RioVoorbeelden.Relatie();
        var andereKant = relatie with { Opleidingseenheidcode1 = relatie.Opleidingseenheidcode2, Opleidingseenheidcode2 = relatie.Opleidingseenheidcode1 };

        foreach (var vanuit in new[] { relatie, andereKant })
        {
            var antwoord = Antwoord(
                "opvragen_opleidingsrelatiesBijOpleidingseenheid",
                RaadplegenXmlWriter.SamenhangOpleidingseenheid(
                    vanuit.Opleidingseenheidcode1,
                    "PARTICULIERE_OPLEIDING",
                    "LAS-01",
                    [GerelateerdeOpleidingseenheid.Van(relatie, vanuit.Opleidingseenheidcode1, "MBO_OPLEIDING", "GERELATEERD")]));

            var gelezen = RaadplegenXmlReader.Opleidingsrelaties(antwoord.Element(Ns + "samenhangOpleidingseenheid")!, RioVoorbeelden.Bestuur);

            Assert.Equal(vanuit, Assert.Single(gelezen));
            Assert.Equal(relatie.Sleutel, gelezen[0].Sleutel);
        }
    }

    [Fact]
    public void Failed_opvragen_carries_foutmeldingen_instead_of_content()
    {
        var antwoord = RaadplegenXmlWriter.Response(
            "opvragen_aangebodenOpleiding",
            RioVoorbeelden.Kop,
            RaadplegenXmlWriter.RequestGoedgekeurd(false),
            RaadplegenXmlWriter.Foutmelding(Foutmelding.Van("F0001", "Aangeboden opleiding bestaat niet.", ("aangebodenOpleidingCode", "5f1c2b9e"))));

        RioSchemas.AssertGeldig(antwoord);
        Assert.False(RaadplegenXmlReader.RequestGoedgekeurd(antwoord));
    }

    [Fact]
    public void Ho_opleiding_in_an_answer_is_an_unsupported_specialisation()
    {
        var element = RaadplegenXmlWriter.AangebodenOpleiding(RioVoorbeelden.VoOpleiding(), "0202O0137");
        element.Name = Ns + "aangebodenHOOpleiding";
        foreach (var periode in element.Elements(Ns + "aangebodenVOOpleidingPeriode").ToList())
        {
            periode.Name = Ns + "aangebodenHOOpleidingPeriode";
        }

        var antwoord = Antwoord("opvragen_aangebodenOpleiding", element);

        var fout = Assert.Single(RaadplegenXmlReader.AangebodenOpleidingen(antwoord)).Error!;

        Assert.Equal(ReadErrorKind.UnsupportedSpecialisation, fout.Kind);
        Assert.Equal("aangebodenHOOpleiding", fout.Element);
    }

    internal static XElement Antwoord(string operatie, params object?[] inhoud)
    {
        var antwoord = RaadplegenXmlWriter.Response(operatie, RioVoorbeelden.Kop, RaadplegenXmlWriter.RequestGoedgekeurd(true), inhoud);
        RioSchemas.AssertGeldig(antwoord);
        Assert.True(RaadplegenXmlReader.RequestGoedgekeurd(antwoord));
        return BeherenXmlRoundTripTests.Herlees(antwoord);
    }

    private static string OpleidingseenheidcodeVan(AangebodenOpleiding o) =>
        o.OpleidingserkenningSleutel is { } erkenning ? ErkendeOpleidingseenheid.CodeVoor(erkenning)
        : o.VoVakerkenningSleutel is { } vak ? ErkendeOpleidingseenheid.CodeVoor(vak)
        : o.OpleidingseenheidSleutel!;

    private static object[] W(IEnumerable<XElement> elementen) => [.. elementen];
}
