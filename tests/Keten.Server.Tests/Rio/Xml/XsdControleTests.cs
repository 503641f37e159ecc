using System.Xml.Linq;
using Keten.Contract.Rio;
using Keten.Contract.Rio.Xml;
using Keten.Contract.Soap;
using Keten.Domain.Rio;
using Keten.Server.Rio.Rest;
using Keten.Server.Soap;
using Microsoft.AspNetCore.Http.HttpResults;
using static Keten.Server.Tests.Rio.Xml.RioVoorbeelden;

namespace Keten.Server.Tests.Rio.Xml;

/// <summary>
/// The REST door's XSD check (ADR 0026): a record is refused exactly when the aanleveren_…_request a SOAP client would send
/// for it fails DUO's XSD, and each refusal names the JSON field.
/// </summary>
public class XsdControleTests
{
    private static readonly SoapContract Beheren = SoapContracten.Standaard.Get(RioSoapServices.Beheren);

    private static readonly string Lang = new('a', 5000);

    public static TheoryData<string> GeldigeVoorbeelden => new(
        nameof(NieuweOnderwijsaanbieder), nameof(BestaandeOnderwijsaanbieder), nameof(LocatiegebruikOpAdres), nameof(LocatiegebruikOpCode),
        nameof(LocatiegebruikOpGps), nameof(LocatiegebruikOpPlaats), nameof(ParticuliereOpleiding), nameof(Relatie), nameof(MboOpleiding),
        nameof(MboOpParticuliereOpleiding), nameof(VoOpleiding));

    [Theory]
    [MemberData(nameof(GeldigeVoorbeelden))]
    public void A_record_a_valid_soap_message_carries_passes(string voorbeeld) =>
        Assert.Null(RestXsdControle.Controleer(SoapContracten.Standaard, Voorbeeld(voorbeeld)));

    /// <summary>The storage of a gebruik named by its code also holds the location's address: the message carries the code only.</summary>
    [Fact]
    public void A_gebruik_named_by_its_code_passes_whatever_aanduiding_it_also_holds() =>
        Assert.Null(RestXsdControle.Controleer(SoapContracten.Standaard, LocatiegebruikOpAdres() with { Onderwijslocatiecode = "123X456" }));

    private static readonly Dictionary<string, (object Record, string[] Velden)> XsdFouten = new()
    {
        { "offering without a period", (VoOpleiding() with { Perioden = [] }, ["$.perioden"]) },
        { "MBO offering without a period", (MboOpleiding() with { Perioden = [] }, ["$.perioden"]) },
        { "5000-character eigen naam", (VoOpleiding() with { Perioden = [VoOpleiding().Perioden[0] with { EigenNaamAangebodenOpleiding = Lang }] },
            ["$.perioden[0].eigenNaamAangebodenOpleiding"]) },
        { "postcode x and huisnummer -1", (LocatiegebruikOpAdres() with { AanduidingAdres = new AanduidingAdres("x", -1, null) },
            ["$.aanduidingAdres.postcode", "$.aanduidingAdres.huisnummer"]) },
        { "empty huisnummertoevoeging", (LocatiegebruikOpAdres() with { AanduidingAdres = new AanduidingAdres("1234AB", 1, "") }, ["$.aanduidingAdres.huisnummertoevoeging"]) },
        { "huisnummertoevoeging of 7", (LocatiegebruikOpAdres() with { AanduidingAdres = new AanduidingAdres("1234AB", 1, "1234567") }, ["$.aanduidingAdres.huisnummertoevoeging"]) },
        { "onderwijsbestuurcode of a new aanbieder", (NieuweOnderwijsaanbieder() with { Onderwijsbestuurcode = "x" }, ["$.onderwijsbestuurcode"]) },
        { "aanbieder without a period", (BestaandeOnderwijsaanbieder() with { Perioden = [] }, ["$.perioden"]) },
        { "aanbieder without a juridische relatie", (NieuweOnderwijsaanbieder() with { JuridischeRelaties = [] }, ["$.juridischeRelaties"]) },
        { "aanbieder's second period name of 81", (NieuweOnderwijsaanbieder() with { Perioden = [NieuweOnderwijsaanbieder().Perioden[0], NieuweOnderwijsaanbieder().Perioden[1] with { Naam = new string('n', 81) }] },
            ["$.perioden[1].naam"]) },
        { "juridische relatie's instelling", (NieuweOnderwijsaanbieder() with { JuridischeRelaties = [new JuridischeRelatie("", new DateOnly(2020, 8, 1), null)] },
            ["$.juridischeRelaties[0].instellingserkenningscode"]) },
        { "opleidingseenheid naamLang", (ParticuliereOpleiding() with { Perioden = [ParticuliereOpleiding().Perioden[0] with { NaamLang = Lang }] }, ["$.perioden[0].naamLang"]) },
        { "opleidingseenheid without a period", (ParticuliereOpleiding() with { Perioden = [] }, ["$.perioden"]) },
        { "eqf of two characters", (ParticuliereOpleiding() with { Eqf = "10" }, ["$.eqf"]) },
        { "second opleidingseenheidcode of a relatie", (Relatie() with { Opleidingseenheidcode2 = "x" }, ["$.opleidingseenheidcode2"]) },
        { "cohort kenmerk Getal that is no number", (MboOpleiding() with { Cohorten = [MboOpleiding().Cohorten[0] with { Kenmerken = [new Kenmerk("deelnemersplaatsen", KenmerkType.Getal, "veel")] }] },
            ["$.cohorten[0].kenmerken[0].waarde"]) },
        { "prijs with three decimals", (MboOpleiding() with { Cohorten = [MboOpleiding().Cohorten[0] with { Prijzen = [new Prijs("LESGELD", 1m), new Prijs("LESGELD", 1.005m)] }] },
            ["$.cohorten[0].prijzen[1].bedrag"]) },
        { "toegangscode of 61 (inside bedrijfsopleiding)", (MboOpleiding() with { Cohorten = [MboOpleiding().Cohorten[0] with { ToegangscodeCohort = new string('T', 61) }] },
            ["$.cohorten[0].toegangscodeCohort"]) },
        { "100 kenmerken where 99 may", (VoOpleiding() with { Kenmerken = [.. Enumerable.Range(0, 100).Select(i => new Kenmerk("k" + i, KenmerkType.Tekst, "v"))] },
            ["$.kenmerken[99]"]) },
    };

    public static TheoryData<string> XsdGevallen => [.. XsdFouten.Keys];

    [Theory]
    [MemberData(nameof(XsdGevallen))]
    public void A_record_the_xsd_refuses_over_soap_is_KTN400_naming_the_json_field(string geval)
    {
        var (record, velden) = XsdFouten[geval];

        var antwoord = RestXsdControle.Controleer(SoapContracten.Standaard, record);

        Assert.NotEmpty(Beheren.Valideer(Request(record)));
        var (veld, gevonden) = Probleem(antwoord, geval);
        Assert.Equal(velden[0], veld);
        Assert.Equal(velden, gevonden.Select(f => f.Veld));
        Assert.All(gevonden, f => Assert.StartsWith("voldoet niet aan DUO's XSD", f.Melding, StringComparison.Ordinal));
    }

    [Fact]
    public void The_refusal_does_not_echo_the_value_nor_the_namespace()
    {
        var antwoord = RestXsdControle.Controleer(SoapContracten.Standaard, VoOpleiding() with { Perioden = [VoOpleiding().Perioden[0] with { EigenNaamAangebodenOpleiding = Lang }] });

        var detail = antwoord!.ProblemDetails.Detail!;
        Assert.DoesNotContain("aaaa", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("http://duo.nl", detail, StringComparison.Ordinal);
        Assert.Contains("/aanleveren_aangebodenOpleiding_request/aangebodenVOOpleiding/aangebodenVOOpleidingPeriode/eigenNaamAangebodenOpleiding", detail, StringComparison.Ordinal);
        Assert.Contains("MaxLength", detail, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, (object Record, string Veld)> NietUitTeDrukken = new()
    {
        { "no erkenning key", (VoOpleiding() with { VoVakerkenningSleutel = null }, "$.opleidingserkenningSleutel") },
        { "two erkenning keys", (MboOpleiding() with { VoVakerkenningSleutel = new VoVakerkenningSleutel("ILT", "0137", "VO-VMBO-KB") }, "$.voVakerkenningSleutel") },
        { "VO with cohorten", (VoOpleiding() with { Cohorten = MboOpleiding().Cohorten }, "$.cohorten") },
        { "VO with an MBO field", (VoOpleiding() with { Toegankelijkheid = "ALL" }, "$.toegankelijkheid") },
        { "MBO without leertraject", (MboOpleiding() with { LeertrajectMbo = null }, "$.leertrajectMbo") },
        { "cohort with both instroom kinds", (MboOpleiding() with { Cohorten = [MboOpleiding().Cohorten[0], MboOpleiding().Cohorten[0] with { BeginInstroomperiode = new DateOnly(2025, 1, 1) }] },
            "$.cohorten[1].beginInstroomperiode") },
        { "cohort without instroom", (MboOpleiding() with { Cohorten = [MboOpleiding().Cohorten[1] with { BeginInstroomperiode = null }] }, "$.cohorten[0].instroommoment") },
        { "new place without aanduiding", (LocatiegebruikOpAdres() with { AanduidingAdres = null }, "$.aanduidingAdres") },
        { "new place by address and GPS", (LocatiegebruikOpAdres() with { AanduidingGps = new AanduidingGps(52m, 5m) }, "$.aanduidingGps") },
        { "a control character", (VoOpleiding() with { Perioden = [VoOpleiding().Perioden[0] with { EigenOmschrijving = "regel\u0001" }] }, "$.perioden[0].eigenOmschrijving") },
        { "a lone surrogate", (NieuweOnderwijsaanbieder() with { Kenmerken = [new Kenmerk("eigenOnderwijsaanbiederSleutel", KenmerkType.Tekst, "ROC\ud800")] }, "$.kenmerken[0].waarde") },
    };

    public static TheoryData<string> OnuitdrukbareGevallen => [.. NietUitTeDrukken.Keys];

    /// <summary>What no SOAP message can say (the XSD's choices, its mandatory elements, XML's characters) is refused the same way.</summary>
    [Theory]
    [MemberData(nameof(OnuitdrukbareGevallen))]
    public void A_record_no_soap_message_can_carry_is_KTN400_naming_the_json_field(string geval)
    {
        var (record, veld) = NietUitTeDrukken[geval];

        var (gevonden, velden) = Probleem(RestXsdControle.Controleer(SoapContracten.Standaard, record), geval);

        Assert.Equal(veld, gevonden);
        Assert.Equal(veld, Assert.Single(velden).Veld);
    }

    [Fact]
    public void Another_opleidingseenheid_specialisation_is_left_to_the_rules_KTN020() =>
        Assert.Null(RestXsdControle.Controleer(SoapContracten.Standaard, ParticuliereOpleiding() with { Soort = "hoOpleiding" }));

    [Fact]
    public void Lokaliseer_names_the_missing_period_where_Validate_names_the_element_after_it()
    {
        var request = Request(VoOpleiding() with { Perioden = [] });

        var fout = Assert.Single(XsdValidatie.Lokaliseer(Beheren.Schemas, request));

        Assert.Equal("aangebodenVOOpleiding", fout.Element.Name.LocalName);
        Assert.EndsWith("Periode", fout.Ontbrekend, StringComparison.Ordinal);
        Assert.StartsWith("/aanleveren_aangebodenOpleiding_request/aangebodenVOOpleiding/afwijkendeOpleidingsduur:", Assert.Single(Beheren.Valideer(request)), StringComparison.Ordinal);
    }

    private static XElement Request(object record) => record switch
    {
        AangebodenOpleiding o => BeherenXmlWriter.Request("aanleveren_aangebodenOpleiding", Kop, BeherenXmlWriter.AanleverenAangebodenOpleiding(o)),
        Onderwijslocatiegebruik g => BeherenXmlWriter.Request("aanleveren_onderwijslocatiegebruik", Kop, BeherenXmlWriter.AanleverenOnderwijslocatiegebruik(g)),
        Onderwijsaanbieder a => BeherenXmlWriter.Request("aanleveren_onderwijsaanbieder", Kop, BeherenXmlWriter.AanleverenOnderwijsaanbieder(a)),
        Opleidingseenheid e => BeherenXmlWriter.Request("aanleveren_opleidingseenheid", Kop, BeherenXmlWriter.AanleverenOpleidingseenheid(e)),
        Opleidingsrelatie r => BeherenXmlWriter.Request("aanleveren_opleidingsrelatie", Kop, BeherenXmlWriter.AanleverenOpleidingsrelatie(r)),
        _ => throw new ArgumentException(record.GetType().Name, nameof(record)),
    };

    private static (string Veld, IReadOnlyList<OngeldigVeld> Velden) Probleem(ProblemHttpResult? antwoord, string geval)
    {
        Assert.True(antwoord is not null, geval);
        var details = antwoord.ProblemDetails;
        Assert.Equal(400, details.Status);
        Assert.Equal("KTN400", details.Extensions["code"]);
        return ((string)details.Extensions["veld"]!, (IReadOnlyList<OngeldigVeld>)details.Extensions["velden"]!);
    }

    private static object Voorbeeld(string naam) => typeof(RioVoorbeelden).GetMethod(naam)!.Invoke(null, naam == nameof(ParticuliereOpleiding) ? ["1234O5678"] : null)!;
}
