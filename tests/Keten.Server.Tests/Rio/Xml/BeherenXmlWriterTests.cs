using System.Xml.Linq;
using Keten.Contract.Rio.Xml;
using Keten.Domain.Rio;

namespace Keten.Server.Tests.Rio.Xml;

public class BeherenXmlWriterTests
{
    private static readonly XNamespace Ns = RioNamespaces.Beheren;

    [Fact]
    public void The_schema_check_itself_rejects_a_request_with_elements_out_of_order()
    {
        var request = BeherenXmlWriter.Request(
            "aanleveren_opleidingsrelatie", RioVoorbeelden.Kop, BeherenXmlWriter.AanleverenOpleidingsrelatie(RioVoorbeelden.Relatie()));
        var relatie = request.Element(Ns + "opleidingsrelatie")!;
        var begindatum = relatie.Element(Ns + "begindatum")!;
        begindatum.Remove();
        relatie.Add(begindatum);

        Assert.NotEmpty(RioSchemas.Fouten(request));
    }

    [Fact]
    public void Optional_elements_without_value_are_left_out_entirely()
    {
        var minimaal = RioVoorbeelden.VoOpleiding() with
        {
            Onderwijslocatiecode = null,
            EersteInstroomDatum = null,
            Einddatum = null,
            Perioden = [new AangebodenOpleidingPeriode(new DateOnly(2022, 8, 1), null, null, null, [])],
            AfwijkendeOpleidingsduur = null,
            Kenmerken = [],
        };

        var request = BeherenXmlRoundTripTests.Geldig("aanleveren_aangebodenOpleiding", BeherenXmlWriter.AanleverenAangebodenOpleiding(minimaal));

        var opleiding = request.Element(Ns + "aangebodenVOOpleiding")!;
        Assert.Equal(
            ["aangebodenOpleidingCode", "onderwijsaanbiedercode", "begindatum", "voVakerkenningSleutel", "aangebodenVOOpleidingPeriode"],
            opleiding.Elements().Select(e => e.Name.LocalName));
        Assert.DoesNotContain(request.Descendants(), e => !e.HasElements && e.Value.Length == 0);
    }

    [Fact]
    public void Mbo_extension_follows_the_base_sequence()
    {
        var opleiding = BeherenXmlWriter.AanleverenAangebodenOpleiding(RioVoorbeelden.MboOpleiding());

        Assert.Equal(
            ["kenmerken", "leertrajectMBO", "mboNiveau", "toelatingseisen", "toegankelijkheid"],
            opleiding.Elements().Select(e => e.Name.LocalName).SkipWhile(n => n != "kenmerken").Distinct());
    }

    [Fact]
    public void Beheren_cohort_has_bedrijfsopleiding_before_einddatum()
    {
        var cohort = BeherenXmlWriter.AanleverenAangebodenOpleiding(RioVoorbeelden.MboOpleiding())
            .Elements(Ns + "aangebodenMboOpleidingCohort").First();

        Assert.Equal(
            ["toestemmingVereistVoorAanmelding", "toelichtingVereisteToestemming", "bedrijfsopleiding", "einddatum", "prijs"],
            cohort.Elements().Select(e => e.Name.LocalName).SkipWhile(n => n != "toestemmingVereistVoorAanmelding").Distinct());
        Assert.Equal("JA", cohort.Element(Ns + "toestemmingVereistVoorAanmelding")!.Value);
    }

    [Fact]
    public void Kenmerk_values_go_on_the_wire_exactly_in_their_typed_element()
    {
        var opleiding = BeherenXmlWriter.AanleverenAangebodenOpleiding(RioVoorbeelden.MboOpleiding());

        var kenmerken = opleiding.Elements(Ns + "kenmerken")
            .ToDictionary(k => k.Element(Ns + "kenmerknaam")!.Value, k => k.Elements().Last());
        Assert.Equal("kenmerkwaardeEnumeratiewaarde", kenmerken[Kenmerk.DoorlopendeLeerlijnVmboMbo].Name.LocalName);
        Assert.Equal("DLR_VMBO_MBO", kenmerken[Kenmerk.DoorlopendeLeerlijnVmboMbo].Value);
        Assert.Equal("kenmerkwaardeDatum", kenmerken["laatsteInstroomdatum"].Name.LocalName);
        Assert.Equal("kenmerkwaardeBoolean", kenmerken["toestemmingDeelnameSTAP"].Name.LocalName);
        Assert.Equal("12.5", kenmerken["studiepunten"].Value);
    }

    [Fact]
    public void Prices_are_written_with_the_invariant_culture()
    {
        var vorige = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("nl-NL");
        try
        {
            var opleiding = BeherenXmlWriter.AanleverenAangebodenOpleiding(RioVoorbeelden.MboOpleiding());

            Assert.Equal(["1250.00", "99.95"], opleiding.Descendants(Ns + "bedrag").Select(b => b.Value));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = vorige;
        }
    }

    [Fact]
    public void Vo_opleiding_with_cohorten_cannot_be_written()
    {
        var vo = RioVoorbeelden.VoOpleiding() with { Cohorten = RioVoorbeelden.MboOpleiding().Cohorten };

        Assert.Throws<ArgumentException>(() => BeherenXmlWriter.AanleverenAangebodenOpleiding(vo));
    }

    [Fact]
    public void Vo_opleiding_with_mbo_fields_cannot_be_written()
    {
        var vo = RioVoorbeelden.VoOpleiding() with { LeertrajectMbo = "BOL" };

        Assert.Throws<ArgumentException>(() => BeherenXmlWriter.AanleverenAangebodenOpleiding(vo));
    }

    [Fact]
    public void Aangeboden_opleiding_must_refer_to_exactly_one_erkenning_or_opleidingseenheid()
    {
        var twee = RioVoorbeelden.MboOpleiding() with { OpleidingseenheidSleutel = "1234O5678" };
        var geen = RioVoorbeelden.MboOpleiding() with { OpleidingserkenningSleutel = null };

        Assert.Throws<ArgumentException>(() => BeherenXmlWriter.AanleverenAangebodenOpleiding(twee));
        Assert.Throws<ArgumentException>(() => BeherenXmlWriter.AanleverenAangebodenOpleiding(geen));
    }

    [Fact]
    public void Cohort_cannot_have_both_a_fixed_and_a_flexible_instroom()
    {
        var mbo = RioVoorbeelden.MboOpleiding();
        var cohort = mbo.Cohorten[0] with { BeginInstroomperiode = new DateOnly(2024, 9, 1) };

        Assert.Throws<ArgumentException>(() => BeherenXmlWriter.AanleverenAangebodenOpleiding(mbo with { Cohorten = [cohort] }));
    }

    [Fact]
    public void Onderwijslocatiegebruik_is_named_by_its_code_when_it_has_one()
    {
        var gebruik = RioVoorbeelden.LocatiegebruikOpAdres() with { Onderwijslocatiecode = "123X456" };

        var element = BeherenXmlWriter.AanleverenOnderwijslocatiegebruik(gebruik);

        Assert.Equal("onderwijslocatieCode", element.Elements().Last().Name.LocalName);
        Assert.Null(element.Element(Ns + "aanduidingAdres"));
    }

    [Fact]
    public void Onderwijslocatiegebruik_without_code_needs_exactly_one_aanduiding()
    {
        var twee = RioVoorbeelden.LocatiegebruikOpAdres() with { AanduidingPlaats = new AanduidingPlaats("Hengelo", null) };
        var geen = RioVoorbeelden.LocatiegebruikOpAdres() with { AanduidingAdres = null };

        Assert.Throws<ArgumentException>(() => BeherenXmlWriter.AanleverenOnderwijslocatiegebruik(twee));
        Assert.Throws<ArgumentException>(() => BeherenXmlWriter.AanleverenOnderwijslocatiegebruik(geen));
    }

    [Fact]
    public void Only_particuliere_opleidingseenheden_are_written()
    {
        var ho = RioVoorbeelden.ParticuliereOpleiding() with { Soort = "hoOpleiding" };

        Assert.Throws<ArgumentException>(() => BeherenXmlWriter.AanleverenOpleidingseenheid(ho));
    }
}
