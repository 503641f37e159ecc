using System.Xml;
using Keten.Toegang.Saml;

namespace Keten.Toegang.Tests;

/// <summary>What the outermost assertion must hold: bearer confirmation, the eTOEGANG attributes, a known issuer.</summary>
public class SamlAssertionInhoudTests
{
    private readonly SamlOmgeving _omgeving = new();

    private XmlDocument Response() => new ResponseBouwer(_omgeving).Bouw();

    [Theory]
    [InlineData(SamlNamen.LegalSubjectId)]
    [InlineData(SamlNamen.ActingSubjectId)]
    [InlineData(SamlNamen.ServiceId)]
    [InlineData(SamlNamen.ServiceUuid)]
    public void Een_ontbrekend_verplicht_attribuut_wordt_geweigerd_en_genoemd(string naam)
    {
        var response = Response();
        var attribuut = response.Element($"//saml:Attribute[@Name='{naam}']");
        attribuut.ParentNode!.RemoveChild(attribuut);

        var fout = Assert.Throws<SamlWeigeringException>(() => _omgeving.VerwerkPost(response.MetOndertekendeAssertion()));

        Assert.Equal((SamlWeigering.AttribuutOntbreekt, naam), (fout.Weigering, fout.Veld));
    }

    [Fact]
    public void Een_LegalSubjectID_zonder_type_wordt_geweigerd()
    {
        var response = Response();
        response.Element($"//saml:Attribute[@Name='{SamlNamen.LegalSubjectId}']//saml:NameID").RemoveAttribute("NameQualifier");

        Assert.Equal(SamlWeigering.AttribuutOntbreekt, _omgeving.Weigering(response.MetOndertekendeAssertion()));
    }

    [Fact]
    public void Zonder_bearer_bevestiging_wordt_geweigerd()
    {
        var response = Response();
        response.Element("//saml:SubjectConfirmation").SetAttribute("Method", "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key");

        Assert.Equal(SamlWeigering.OnderwerpbevestigingOngeldig, _omgeving.Weigering(response.MetOndertekendeAssertion()));
    }

    [Fact]
    public void Een_onderwerpbevestiging_voor_een_ander_verzoek_wordt_geweigerd()
    {
        var response = Response();
        response.Element("//saml:SubjectConfirmationData").SetAttribute("InResponseTo", "_eenAnderVerzoek");

        var fout = Assert.Throws<SamlWeigeringException>(() => _omgeving.VerwerkPost(response.MetOndertekendeAssertion()));

        Assert.Equal((SamlWeigering.OnbekendVerzoek, "Assertion/Subject/SubjectConfirmationData/@InResponseTo"), (fout.Weigering, fout.Veld));
    }

    [Fact]
    public void Een_verlopen_onderwerpbevestiging_wordt_geweigerd()
    {
        var response = Response();
        response.Element("//saml:SubjectConfirmationData").SetAttribute("NotOnOrAfter", "2026-12-05T09:50:00Z");

        Assert.Equal(SamlWeigering.Verlopen, _omgeving.Weigering(response.MetOndertekendeAssertion()));
    }

    [Fact]
    public void Een_uitgever_met_NameQualifier_wordt_geweigerd()
    {
        var response = Response();
        response.Element("/samlp:Response/saml:Issuer").SetAttribute("NameQualifier", "x");

        Assert.Equal(SamlWeigering.OnbekendeUitgever, _omgeving.Weigering(response.MetOndertekendeAssertion()));
    }

    [Fact]
    public void Een_uitgever_met_het_entity_formaat_wordt_aanvaard()
    {
        var response = Response();
        response.Element("/samlp:Response/saml:Issuer").SetAttribute("Format", SamlNamen.NameIdEntity);
        response.Element("//saml:Assertion/saml:Issuer").SetAttribute("Format", SamlNamen.NameIdEntity);

        Assert.Equal(SamlOmgeving.HmEntityId, _omgeving.VerwerkPost(response.MetOndertekendeAssertion()).Herkenningsmakelaar);
    }

    [Fact]
    public void Een_handtekening_met_een_onbekende_KeyName_wordt_met_elk_metadatacertificaat_geprobeerd()
    {
        var response = Response().MetOndertekendeAssertion(TestSleutels.Herkenningsmakelaar with { KeyName = "nieuwe-sleutel-2027" });

        Assert.Equal(ResponseBouwer.KvkNummer, _omgeving.VerwerkPost(response).LegalSubject.Waarde);
    }

    [Fact]
    public void Dezelfde_ondertekende_assertion_in_een_nieuwe_response_wordt_geweigerd()
    {
        _omgeving.VerwerkPost(Response().MetOndertekendeAssertion());
        _omgeving.Verzoeken.Registreer(SamlOmgeving.VerzoekId, _omgeving.Klok.GetUtcNow().AddMinutes(5));
        var nieuw = new ResponseBouwer(_omgeving) { ResponseId = "_response0009" };

        var fout = Assert.Throws<SamlWeigeringException>(() => _omgeving.VerwerkPost(nieuw.Bouw().MetOndertekendeAssertion()));

        Assert.Equal((SamlWeigering.BerichtAlGebruikt, "Assertion/@ID"), (fout.Weigering, fout.Veld));
    }

    [Fact]
    public void Een_geweigerd_antwoord_laat_het_verzoek_uitstaan()
    {
        var bouwer = new ResponseBouwer(_omgeving) { Audience = "urn:etoegang:DV:00000001111111110000:entities:1" };
        _omgeving.Weigering(bouwer.Bouw().MetOndertekendeAssertion());

        Assert.Equal(ResponseBouwer.KvkNummer, _omgeving.VerwerkPost(Response().MetOndertekendeAssertion()).LegalSubject.Waarde);
    }
}
