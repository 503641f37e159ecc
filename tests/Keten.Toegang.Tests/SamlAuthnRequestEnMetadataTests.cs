using System.Security.Cryptography.X509Certificates;
using Keten.Toegang.Saml;

namespace Keten.Toegang.Tests;

public class SamlAuthnRequestEnMetadataTests
{
    private readonly SamlOmgeving _omgeving = new();

    [Fact]
    public void De_AuthnRequest_is_ondertekend_en_vraagt_wat_eTOEGANG_voorschrijft()
    {
        var maker = new SamlAuthnRequestMaker(_omgeving.Dienstverlener, _omgeving.Verzoeken, _omgeving.Klok);

        var document = maker.Maak(new SamlInlogverzoek(0, 1, "Keten", Betrouwbaarheidsniveau.Loa3), "https://hm.test/sso");
        var verzoek = document.DocumentElement!;

        Assert.Equal("true", verzoek.GetAttribute("ForceAuthn"));
        Assert.Equal("0", verzoek.GetAttribute("AssertionConsumerServiceIndex"));
        Assert.Equal("1", verzoek.GetAttribute("AttributeConsumingServiceIndex"));
        Assert.Equal("urn:etoegang:core:assurance-class:loa3", document.Element("//samlp:RequestedAuthnContext/saml:AuthnContextClassRef").InnerText);
        Assert.Equal(SamlOmgeving.DvEntityId, document.Element("/samlp:AuthnRequest/saml:Issuer").InnerText);
        Assert.True(_omgeving.Verzoeken.IsUitstaand(verzoek.GetAttribute("ID"), _omgeving.Klok.GetUtcNow()));
        SamlHandtekeningControle.Verifieer(verzoek, [TestSleutels.Dienstverlener]);
    }

    [Fact]
    public void De_redirect_AuthnRequest_draagt_zijn_handtekening_in_de_query()
    {
        var maker = new SamlAuthnRequestMaker(_omgeving.Dienstverlener, _omgeving.Verzoeken, _omgeving.Klok);

        var url = maker.MaakRedirect(new SamlInlogverzoek(0, 1, "Keten", null), "https://hm.test/sso?binding=redirect", "terug-42");

        var query = url.Query.TrimStart('?').Split('&').Select(d => d.Split('=', 2)).ToDictionary(d => d[0], d => d[1]);
        Assert.Equal("terug-42", Uri.UnescapeDataString(query["RelayState"]));
        Assert.Equal(SamlNamen.RsaSha256, Uri.UnescapeDataString(query["SigAlg"]));
        var ondertekend = url.Query[(url.Query.IndexOf("SAMLRequest=", StringComparison.Ordinal))..url.Query.IndexOf("&Signature=", StringComparison.Ordinal)];
        using var rsa = TestSleutels.Dienstverlener.Certificaat.GetRSAPublicKey()!;
        Assert.True(rsa.VerifyData(System.Text.Encoding.UTF8.GetBytes(ondertekend), Convert.FromBase64String(Uri.UnescapeDataString(query["Signature"])),
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1));
        var verzoek = new System.Xml.XmlDocument();
        verzoek.LoadXml(SamlRedirectBinding.Inflate(Uri.UnescapeDataString(query["SAMLRequest"])));
        Assert.Equal("true", verzoek.DocumentElement!.GetAttribute("ForceAuthn"));
        Assert.Null(verzoek.SelectSingleNode("//ds:Signature", verzoek.Ns()));
        Assert.Null(verzoek.SelectSingleNode("//samlp:RequestedAuthnContext", verzoek.Ns()));
        Assert.True(_omgeving.Verzoeken.IsUitstaand(verzoek.DocumentElement.GetAttribute("ID"), _omgeving.Klok.GetUtcNow()));
    }

    [Fact]
    public void De_metadata_beschrijft_de_dienst_met_zijn_ServiceID_als_eerste_gevraagd_attribuut()
    {
        var metadata = SamlMetadata.Maak(_omgeving.Dienstverlener,
            [new SamlDienst(1, ResponseBouwer.ServiceId, "Mijn Keten", "Registreren in de keten", true, ["urn:etoegang:1.9:attribute:FirstName"])]);
        var ns = metadata.Ns();
        ns.AddNamespace("md", SamlNamen.Metadata);

        Assert.Equal(SamlOmgeving.DvEntityId, metadata.DocumentElement!.GetAttribute("entityID"));
        var acs = (System.Xml.XmlElement)metadata.SelectSingleNode("//md:AssertionConsumerService", ns)!;
        Assert.Equal((SamlNamen.BindingArtifact, SamlOmgeving.AcsUrl, "0"), (acs.GetAttribute("Binding"), acs.GetAttribute("Location"), acs.GetAttribute("index")));
        var gevraagd = metadata.SelectNodes("//md:AttributeConsumingService[@index='1']/md:RequestedAttribute/@Name", ns)!.Cast<System.Xml.XmlNode>().Select(n => n.Value).ToList();
        Assert.Equal([ResponseBouwer.ServiceId, "urn:etoegang:1.9:attribute:FirstName"], gevraagd);
        var sleutel = (System.Xml.XmlElement)metadata.SelectSingleNode("//md:KeyDescriptor", ns)!;
        Assert.False(sleutel.HasAttribute("use"));
        Assert.Null(metadata.SelectSingleNode("//md:NameIDFormat", ns));
    }
}
