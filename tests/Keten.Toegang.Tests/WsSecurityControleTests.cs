using System.Security.Cryptography.Xml;
using System.Xml;
using Keten.Toegang.WsSecurity;

namespace Keten.Toegang.Tests;

/// <summary>
/// The WS-Security verifier on its own (toegang.md §4, §5): what Keten's signer produces verifies, and each breach of
/// the Edukoppeling profile is refused with its own code.
/// </summary>
public sealed class WsSecurityControleTests
{
    private static readonly DateTimeOffset Nu = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Afwijking = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxLeeftijd = TimeSpan.FromMinutes(10);

    private const string Envelope =
        "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">"
        + "<soapenv:Header><wsa:Action>urn:actie</wsa:Action><wsa:From><wsa:Address>http://www.w3.org/2005/08/addressing/anonymous?oin=0000000700025BE00000</wsa:Address></wsa:From>"
        + "<wsa:MessageID>urn:uuid:6f0ff6d5-3a77-4a6e-9d4c-0b7c1c3c2a11</wsa:MessageID><wsa:To>https://duo.nl/x?oin=00000001800866472000</wsa:To></soapenv:Header>"
        + "<soapenv:Body>\n  <bericht xmlns=\"urn:test\">inhoud</bericht>\n</soapenv:Body></soapenv:Envelope>";

    [Fact]
    public void Envelope_signed_by_keten_verifies_with_its_certificate_and_timestamp()
    {
        var document = Ondertekend();

        var resultaat = WsSecurityControle.Verifieer(document, Nu.AddMinutes(1), Afwijking, MaxLeeftijd);

        Assert.Equal(TestSleutels.Dienstverlener.Certificaat.RawData, resultaat.Certificaat.RawData);
        Assert.Equal(Nu, resultaat.Aangemaakt);
        Assert.Equal(Nu.AddMinutes(5), resultaat.Verloopt);
    }

    [Fact]
    public void Unsigned_wsa_header_added_after_signing_is_refused()
    {
        var document = Ondertekend();
        var header = document.DocumentElement!.FirstChild!;
        var relatesTo = document.CreateElement("wsa", "RelatesTo", WsSecurityNamen.Wsa);
        relatesTo.InnerText = "urn:uuid:00000000-0000-0000-0000-000000000000";
        header.AppendChild(relatesTo);

        var fout = Weigering(document);

        Assert.Equal(WsSecurityWeigering.OnderdeelNietOndertekend, fout.Weigering);
        Assert.Equal("wsa:RelatesTo", fout.Veld);
    }

    [Fact]
    public void Changed_wsa_to_is_refused_as_an_invalid_signature()
    {
        var document = Ondertekend();
        Element(document, WsSecurityNamen.Wsa, "To").InnerText = "https://aanvaller.example/?oin=00000001800866472000";

        Assert.Equal(WsSecurityWeigering.HandtekeningOngeldig, Weigering(document).Weigering);
    }

    [Fact]
    public void Id_carried_by_two_elements_is_refused()
    {
        var document = Ondertekend();
        var body = Element(document, WsSecurityNamen.Soap11, "Body");
        var kopie = (XmlElement)body.CloneNode(deep: true);
        document.DocumentElement!.FirstChild!.AppendChild(kopie);

        Assert.Equal(WsSecurityWeigering.HandtekeningOngeldig, Weigering(document).Weigering);
    }

    [Fact]
    public void Sha1_digest_is_refused()
    {
        var document = Ondertekend();
        foreach (XmlElement digest in document.GetElementsByTagName("DigestMethod", WsSecurityNamen.XmlDsig))
        {
            digest.SetAttribute("Algorithm", SignedXml.XmlDsigSHA1Url);
        }

        Assert.Equal(WsSecurityWeigering.AlgoritmeNietToegestaan, Weigering(document).Weigering);
    }

    [Fact]
    public void Str_transform_is_refused()
    {
        var document = Ondertekend();
        var transform = (XmlElement)document.GetElementsByTagName("Transform", WsSecurityNamen.XmlDsig)[0]!;
        transform.SetAttribute("Algorithm",
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#STR-Transform");

        Assert.Equal(WsSecurityWeigering.TransformatieNietToegestaan, Weigering(document).Weigering);
    }

    [Fact]
    public void Key_info_without_a_direct_reference_to_the_token_is_refused()
    {
        var document = Ondertekend();
        var reference = Element(document, WsSecurityNamen.Wsse, "Reference");
        reference.SetAttribute("URI", "#bestaat-niet");

        Assert.Equal(WsSecurityWeigering.CertificaatverwijzingOngeldig, Weigering(document).Weigering);
    }

    [Fact]
    public void Timestamp_created_in_the_future_beyond_the_skew_is_refused()
    {
        var document = Ondertekend();

        Assert.Equal(WsSecurityWeigering.TimestampOngeldig,
            Assert.Throws<WsSecurityWeigeringException>(() =>
                WsSecurityControle.Verifieer(document, Nu - Afwijking - TimeSpan.FromSeconds(1), Afwijking, MaxLeeftijd)).Weigering);
    }

    [Fact]
    public void Timestamp_older_than_the_maximum_age_is_refused_even_before_it_expires()
    {
        var document = Laad(Envelope);
        WsSecurityOndertekenaar.Onderteken(document, TestSleutels.Dienstverlener.Certificaat, Nu, TimeSpan.FromHours(2));

        Assert.Equal(WsSecurityWeigering.TimestampVerlopen,
            Assert.Throws<WsSecurityWeigeringException>(() =>
                WsSecurityControle.Verifieer(document, Nu + MaxLeeftijd + Afwijking + TimeSpan.FromSeconds(1), Afwijking, MaxLeeftijd)).Weigering);
    }

    [Fact]
    public void Envelope_without_security_header_is_refused_as_unsigned()
    {
        Assert.Equal(WsSecurityWeigering.HandtekeningOntbreekt, Weigering(Laad(Envelope)).Weigering);
    }

    private static XmlDocument Ondertekend()
    {
        var document = Laad(Envelope);
        WsSecurityOndertekenaar.Onderteken(document, TestSleutels.Dienstverlener.Certificaat, Nu, TimeSpan.FromMinutes(5));
        return Laad(document.OuterXml);
    }

    private static WsSecurityWeigeringException Weigering(XmlDocument document) =>
        Assert.Throws<WsSecurityWeigeringException>(() => WsSecurityControle.Verifieer(document, Nu, Afwijking, MaxLeeftijd));

    private static XmlElement Element(XmlDocument document, string naamruimte, string naam) =>
        (XmlElement)document.GetElementsByTagName(naam, naamruimte)[0]!;

    private static XmlDocument Laad(string xml)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(xml);
        return document;
    }
}
