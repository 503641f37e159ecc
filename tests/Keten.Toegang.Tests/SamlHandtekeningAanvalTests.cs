using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using Keten.Toegang.Saml;

namespace Keten.Toegang.Tests;

/// <summary>Signature wrapping, unexpected transforms and algorithms, duplicate IDs, extra assertions, Advice.</summary>
public class SamlHandtekeningAanvalTests
{
    private readonly SamlOmgeving _omgeving = new();

    private XmlDocument OndertekendeResponse() => new ResponseBouwer(_omgeving).Bouw().MetOndertekendeAssertion();

    [Fact]
    public void Een_ingepakte_handtekening_met_een_vervalste_assertion_ernaast_wordt_geweigerd()
    {
        // The genuine signed assertion hidden in Extensions-like wrapper; a forged copy with the same ID read instead.
        var response = OndertekendeResponse();
        var echt = response.Assertion();
        var vervalst = (XmlElement)echt.CloneNode(true);
        vervalst.RemoveChild(vervalst.SelectSingleNode("ds:Signature", response.Ns())!);
        vervalst.SelectSingleNode(".//saml:Attribute[@Name='urn:etoegang:core:LegalSubjectID']//saml:NameID", response.Ns())!.InnerText = "90000002";
        var omhulsel = response.CreateElement("samlp", "Extensions", SamlNamen.Protocol);
        response.DocumentElement!.ReplaceChild(vervalst, echt);
        omhulsel.AppendChild(echt);
        response.DocumentElement.InsertBefore(omhulsel, vervalst);

        Assert.Equal(SamlWeigering.DubbelId, _omgeving.Weigering(response));
    }

    [Fact]
    public void Een_handtekening_die_naar_een_ander_element_verwijst_wordt_geweigerd()
    {
        // The assertion carries the Response's signature (reference to the Response's ID): it proves nothing about the assertion.
        var response = new ResponseBouwer(_omgeving).Bouw().MetOndertekendeResponse();
        var handtekening = response.Element("/samlp:Response/ds:Signature");
        response.DocumentElement!.RemoveChild(handtekening);
        var assertion = response.Assertion();
        assertion.InsertAfter(handtekening, assertion.FirstChild);

        Assert.Equal(SamlWeigering.HandtekeningOngeldig, _omgeving.Weigering(response));
    }

    [Fact]
    public void Twee_buitenste_assertions_worden_geweigerd()
    {
        var response = OndertekendeResponse();
        var tweede = (XmlElement)response.Assertion().CloneNode(true);
        tweede.SetAttribute("ID", "_assertion0002");
        response.DocumentElement!.AppendChild(tweede);

        Assert.Equal(SamlWeigering.AantalAssertionsOngeldig, _omgeving.Weigering(response));
    }

    [Fact]
    public void Een_assertion_buiten_de_response_telt_mee_als_buitenste()
    {
        var response = OndertekendeResponse();
        var status = response.Element("/samlp:Response/samlp:Status");
        var verstopt = (XmlElement)response.Assertion().CloneNode(true);
        verstopt.SetAttribute("ID", "_assertion0003");
        status.AppendChild(verstopt);

        Assert.Equal(SamlWeigering.AantalAssertionsOngeldig, _omgeving.Weigering(response));
    }

    [Fact]
    public void Een_niet_toegestane_transformatie_wordt_geweigerd()
    {
        var response = new ResponseBouwer(_omgeving).Bouw();
        OndertekenMet(response.Assertion(), referentie =>
        {
            referentie.AddTransform(new XmlDsigEnvelopedSignatureTransform());
            referentie.AddTransform(new XmlDsigC14NTransform());
        }, SamlNamen.ExcC14n, SamlNamen.RsaSha256);

        Assert.Equal(SamlWeigering.TransformatieNietToegestaan, _omgeving.Weigering(response));
    }

    [Fact]
    public void Rsa_sha1_wordt_geweigerd()
    {
        var response = new ResponseBouwer(_omgeving).Bouw();
        OndertekenMet(response.Assertion(), referentie =>
        {
            referentie.AddTransform(new XmlDsigEnvelopedSignatureTransform());
            referentie.AddTransform(new XmlDsigExcC14NTransform());
        }, SamlNamen.ExcC14n, SignedXml.XmlDsigRSASHA1Url);

        Assert.Equal(SamlWeigering.AlgoritmeNietToegestaan, _omgeving.Weigering(response));
    }

    [Fact]
    public void Een_InclusiveNamespaces_PrefixList_wordt_gehonoreerd()
    {
        var response = new ResponseBouwer(_omgeving).Bouw();
        OndertekenMet(response.Assertion(), referentie =>
        {
            referentie.AddTransform(new XmlDsigEnvelopedSignatureTransform());
            referentie.AddTransform(new XmlDsigExcC14NTransform("xacml-saml"));
        }, SamlNamen.ExcC14n, SamlNamen.RsaSha256);
        Assert.Contains("PrefixList=\"xacml-saml\"", response.OuterXml, StringComparison.Ordinal);

        Assert.Equal(Betrouwbaarheidsniveau.Loa3, _omgeving.VerwerkPost(response).Niveau);
    }

    [Fact]
    public void Een_ondertekende_geneste_assertion_in_Advice_wordt_geverifieerd_en_telt_niet_als_buitenste()
    {
        var bouwer = new ResponseBouwer(_omgeving) { Advies = ResponseBouwer.NestedAssertion("_ad0001", "urn:etoegang:AD:1:entities:1") };
        var response = bouwer.Bouw();
        SamlOndertekenaar.Onderteken(response.Element("//saml:Advice/saml:Assertion"), TestSleutels.Authenticatiedienst);
        response.MetOndertekendeAssertion();

        Assert.Equal(ResponseBouwer.KvkNummer, _omgeving.VerwerkPost(response).LegalSubject.Waarde);
    }

    [Fact]
    public void Een_geneste_assertion_met_een_gebroken_handtekening_wordt_geweigerd()
    {
        var bouwer = new ResponseBouwer(_omgeving) { Advies = ResponseBouwer.NestedAssertion("_ad0001", "urn:etoegang:AD:1:entities:1") };
        var response = bouwer.Bouw();
        var genest = response.Element("//saml:Advice/saml:Assertion");
        SamlOndertekenaar.Onderteken(genest, TestSleutels.Authenticatiedienst);
        genest.SelectSingleNode(".//saml:AttributeValue", response.Ns())!.InnerText = "Vervalst";
        response.MetOndertekendeResponse();

        Assert.Equal(SamlWeigering.HandtekeningOngeldig, _omgeving.Weigering(response));
    }

    private static void OndertekenMet(XmlElement element, Action<Reference> transformaties, string c14n, string methode)
    {
        var signedXml = new SignedXml(element.OwnerDocument) { SigningKey = TestSleutels.Herkenningsmakelaar.Certificaat.GetRSAPrivateKey() };
        signedXml.SignedInfo!.CanonicalizationMethod = c14n;
        signedXml.SignedInfo.SignatureMethod = methode;
        var referentie = new Reference("#" + element.GetAttribute("ID")) { DigestMethod = SamlNamen.Sha256 };
        transformaties(referentie);
        signedXml.AddReference(referentie);
        signedXml.ComputeSignature();
        element.InsertAfter(element.OwnerDocument.ImportNode(signedXml.GetXml(), true), element.FirstChild);
    }
}
