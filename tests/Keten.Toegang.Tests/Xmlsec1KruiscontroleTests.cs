using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Keten.Toegang.Saml;

namespace Keten.Toegang.Tests;

/// <summary>Keten's signatures against an independent implementation, both ways.</summary>
public sealed class Xmlsec1KruiscontroleTests : IDisposable
{
    private readonly SamlOmgeving _omgeving = new();
    private readonly Xmlsec1 _xmlsec1 = new();

    public void Dispose() => _xmlsec1.Dispose();

    [Fact]
    public void Een_door_xmlsec1_ondertekende_response_wordt_door_Keten_aanvaard()
    {
        var response = new ResponseBouwer(_omgeving).Bouw();
        var assertion = response.Assertion();
        var sjabloon = response.CreateDocumentFragment();
        sjabloon.InnerXml = $"""<ds:Signature xmlns:ds="{SamlNamen.XmlDsig}"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="{SamlNamen.ExcC14n}"/><ds:SignatureMethod Algorithm="{SamlNamen.RsaSha256}"/><ds:Reference URI="#{assertion.GetAttribute("ID")}"><ds:Transforms><ds:Transform Algorithm="{SamlNamen.EnvelopedSignature}"/><ds:Transform Algorithm="{SamlNamen.ExcC14n}"><ec:InclusiveNamespaces xmlns:ec="{SamlNamen.ExcC14n}" PrefixList="xacml-saml"/></ds:Transform></ds:Transforms><ds:DigestMethod Algorithm="{SamlNamen.Sha256}"/><ds:DigestValue/></ds:Reference></ds:SignedInfo><ds:SignatureValue/><ds:KeyInfo><ds:KeyName/></ds:KeyInfo></ds:Signature>""";
        assertion.InsertAfter(sjabloon, assertion.FirstChild);
        var sleutel = _xmlsec1.Bestand("hm.key", TestSleutels.Herkenningsmakelaar.Certificaat.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        var invoer = _xmlsec1.Bestand("sjabloon.xml", response.OuterXml);
        var uitvoer = Path.Combine(_xmlsec1.Map, "ondertekend.xml");

        var (code, melding) = _xmlsec1.Voer("--sign", "--privkey-pem:hm-ondertekening", sleutel,
            "--id-attr:ID", $"{SamlNamen.Assertion}:Assertion", "--output", uitvoer, invoer);

        Assert.True(code == 0, melding);
        var ondertekend = new XmlDocument { PreserveWhitespace = true };
        ondertekend.Load(uitvoer);
        Assert.Equal("hm-ondertekening", ondertekend.Element("//ds:KeyName").InnerText);
        Assert.Equal(ResponseBouwer.KvkNummer, _omgeving.VerwerkPost(ondertekend).LegalSubject.Waarde);
    }

    [Theory]
    [InlineData(SamlNamen.Aes256Gcm, "aes-256")]
    [InlineData(SamlNamen.Aes128Gcm, "aes-128")]
    [InlineData(SamlNamen.Aes256Cbc, "aes-256")]
    public void Een_door_xmlsec1_versleutelde_assertion_wordt_door_Keten_ontsleuteld(string algoritme, string sessiesleutel)
    {
        var response = new ResponseBouwer(_omgeving).Bouw().MetOndertekendeAssertion();
        var data = _xmlsec1.Bestand("data.xml", $"<saml:EncryptedAssertion xmlns:saml=\"{SamlNamen.Assertion}\">{response.Assertion().OuterXml}</saml:EncryptedAssertion>");
        var sjabloon = _xmlsec1.Bestand("sjabloon.xml", $"""<xenc:EncryptedData xmlns:xenc="{SamlNamen.XmlEnc}" Type="{SamlNamen.EncryptedElementType}"><xenc:EncryptionMethod Algorithm="{algoritme}"/><ds:KeyInfo xmlns:ds="{SamlNamen.XmlDsig}"><xenc:EncryptedKey><xenc:EncryptionMethod Algorithm="{SamlNamen.RsaOaepMgf1p}"/><xenc:CipherData><xenc:CipherValue/></xenc:CipherData></xenc:EncryptedKey></ds:KeyInfo><xenc:CipherData><xenc:CipherValue/></xenc:CipherData></xenc:EncryptedData>""");
        var certificaat = _xmlsec1.Bestand("dv.pem", TestSleutels.Dienstverlener.Certificaat.ExportCertificatePem());
        var uitvoer = Path.Combine(_xmlsec1.Map, "versleuteld.xml");

        var (code, melding) = _xmlsec1.Voer("--encrypt", "--pubkey-cert-pem", certificaat, "--session-key", sessiesleutel,
            "--xml-data", data, "--node-name", $"{SamlNamen.Assertion}:Assertion", "--output", uitvoer, sjabloon);

        Assert.True(code == 0, melding);
        var versleuteld = new XmlDocument { PreserveWhitespace = true };
        versleuteld.Load(uitvoer);
        Assert.DoesNotContain(ResponseBouwer.KvkNummer, versleuteld.OuterXml, StringComparison.Ordinal);
        response.DocumentElement!.ReplaceChild(response.ImportNode(versleuteld.DocumentElement!, true), response.Assertion());
        Assert.Equal(ResponseBouwer.KvkNummer, _omgeving.VerwerkPost(response).LegalSubject.Waarde);
    }

    [Fact]
    public void Ketens_ondertekende_AuthnRequest_wordt_door_xmlsec1_geverifieerd()
    {
        var maker = new SamlAuthnRequestMaker(_omgeving.Dienstverlener, _omgeving.Verzoeken, _omgeving.Klok);
        var verzoek = maker.Maak(new SamlInlogverzoek(0, 1, "Keten", Betrouwbaarheidsniveau.Loa3), "https://hm.test/sso");

        var (code, melding) = Verifieer(verzoek.OuterXml, $"{SamlNamen.Protocol}:AuthnRequest");

        Assert.True(code == 0, melding);
    }

    [Fact]
    public void Een_gewijzigde_AuthnRequest_wordt_door_xmlsec1_afgewezen()
    {
        var maker = new SamlAuthnRequestMaker(_omgeving.Dienstverlener, _omgeving.Verzoeken, _omgeving.Klok);
        var verzoek = maker.Maak(new SamlInlogverzoek(0, 1, "Keten", Betrouwbaarheidsniveau.Loa3), "https://hm.test/sso");
        verzoek.DocumentElement!.SetAttribute("AttributeConsumingServiceIndex", "2");

        Assert.NotEqual(0, Verifieer(verzoek.OuterXml, $"{SamlNamen.Protocol}:AuthnRequest").Code);
    }

    [Fact]
    public void Ketens_ondertekende_ArtifactResolve_wordt_door_xmlsec1_geverifieerd()
    {
        var verzoek = _omgeving.ArtifactResolutie().MaakArtifactResolve(SamlArtifact.Maak(SamlOmgeving.HmEntityId, 0));

        var (code, melding) = Verifieer(verzoek.SoapEnvelope, $"{SamlNamen.Protocol}:ArtifactResolve");

        Assert.True(code == 0, melding);
    }

    private (int Code, string Uitvoer) Verifieer(string xml, string idElement)
    {
        var certificaat = _xmlsec1.Bestand("dv.pem", TestSleutels.Dienstverlener.Certificaat.ExportCertificatePem());
        var bestand = _xmlsec1.Bestand("bericht.xml", xml);
        return _xmlsec1.Voer("--verify", $"--pubkey-cert-pem:{TestSleutels.Dienstverlener.KeyName}", certificaat,
            "--id-attr:ID", idElement, "--enabled-reference-uris", "same-doc", bestand);
    }
}
