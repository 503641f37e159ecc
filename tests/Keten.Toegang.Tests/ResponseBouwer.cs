using System.Globalization;
using System.Xml;
using Keten.Toegang.Saml;

namespace Keten.Toegang.Tests;

/// <summary>
/// Builds a herkenningsmakelaar's Response the way eTOEGANG shapes it (exact attribute names from toegang.md §2.6),
/// with every value a test may want to spoil. Synthetic identifiers only.
/// </summary>
public sealed class ResponseBouwer(SamlOmgeving omgeving)
{
    public const string KvkNummer = "90000001";
    public const string ActingSubject = "ASPSEUDO-0001-SYNTHETISCH";
    public const string ServiceId = "urn:etoegang:DV:00000001234567890000:services:1";
    public const string ServiceUuid = "0a1b2c3d-0000-4000-8000-000000000001";
    public const string AuthenticatingAuthority = "urn:etoegang:EB:00000004000000149000:entities:9009";

    public string ResponseId { get; set; } = "_response0001";
    public string InResponseTo { get; set; } = SamlOmgeving.VerzoekId;
    public string Destination { get; set; } = SamlOmgeving.AcsUrl;
    public string Issuer { get; set; } = SamlOmgeving.HmEntityId;
    public string Audience { get; set; } = SamlOmgeving.DvEntityId;
    public string Recipient { get; set; } = SamlOmgeving.AcsUrl;
    public string Status { get; set; } = $"<samlp:StatusCode Value=\"{SamlNamen.StatusSuccess}\"/>";
    public string Niveau { get; set; } = "urn:etoegang:core:assurance-class:loa3";
    public TimeSpan NotBefore { get; set; } = TimeSpan.FromMinutes(-1);
    public TimeSpan NotOnOrAfter { get; set; } = TimeSpan.FromMinutes(5);
    public string Advies { get; set; } = "";
    public string? Vestigingsnr { get; set; } = "000012345678";

    public XmlDocument Bouw()
    {
        var nu = omgeving.Klok.GetUtcNow();
        string T(TimeSpan d) => (nu + d).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var vestiging = Vestigingsnr is null ? "" : Attribuut(SamlNamen.Vestigingsnr, Vestigingsnr);
        var advies = Advies.Length == 0 ? "" : $"<saml:Advice>{Advies}</saml:Advice>";
        var xml = $"""
            <samlp:Response xmlns:samlp="{SamlNamen.Protocol}" xmlns:saml="{SamlNamen.Assertion}" ID="{ResponseId}" Version="2.0" IssueInstant="{T(TimeSpan.Zero)}" Destination="{Destination}" InResponseTo="{InResponseTo}"><saml:Issuer>{Issuer}</saml:Issuer><samlp:Status>{Status}</samlp:Status><saml:Assertion xmlns:saml="{SamlNamen.Assertion}" xmlns:xacml-saml="urn:oasis:xacml:2.0:saml:assertion:schema:os" ID="_assertion0001" Version="2.0" IssueInstant="{T(TimeSpan.Zero)}"><saml:Issuer>{Issuer}</saml:Issuer><saml:Subject><saml:NameID>{ActingSubject}</saml:NameID><saml:SubjectConfirmation Method="{SamlNamen.BevestigingBearer}"><saml:SubjectConfirmationData InResponseTo="{InResponseTo}" Recipient="{Recipient}" NotOnOrAfter="{T(NotOnOrAfter)}"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="{T(NotBefore)}" NotOnOrAfter="{T(NotOnOrAfter)}"><saml:AudienceRestriction><saml:Audience>{Audience}</saml:Audience></saml:AudienceRestriction></saml:Conditions>{advies}<saml:AuthnStatement AuthnInstant="{T(TimeSpan.Zero)}"><saml:AuthnContext><saml:AuthnContextClassRef>{Niveau}</saml:AuthnContextClassRef><saml:AuthenticatingAuthority>{AuthenticatingAuthority}</saml:AuthenticatingAuthority></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement>{Attribuut(SamlNamen.ServiceId, ServiceId)}{Attribuut(SamlNamen.ServiceUuid, ServiceUuid)}{vestiging}{NameIdAttribuut(SamlNamen.ActingSubjectId, "urn:etoegang:EJ:00000003000000000000:entities:1", ActingSubject)}{NameIdAttribuut(SamlNamen.LegalSubjectId, SamlNamen.EntityConcernedKvKnr, KvkNummer)}</saml:AttributeStatement></saml:Assertion></samlp:Response>
            """;
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml(xml);
        return document;
    }

    public static string NestedAssertion(string id, string issuer) =>
        $"""<saml:Assertion ID="{id}" Version="2.0" IssueInstant="2026-12-05T09:59:00Z"><saml:Issuer>{issuer}</saml:Issuer><saml:AttributeStatement>{Attribuut("urn:etoegang:1.9:attribute:FirstName", "Testvoornaam")}</saml:AttributeStatement></saml:Assertion>""";

    private static string Attribuut(string naam, string waarde) =>
        $"""<saml:Attribute Name="{naam}"><saml:AttributeValue>{waarde}</saml:AttributeValue></saml:Attribute>""";

    private static string NameIdAttribuut(string naam, string qualifier, string waarde) =>
        $"""<saml:Attribute Name="{naam}"><saml:AttributeValue><saml:NameID Format="{SamlNamen.NameIdPersistent}" NameQualifier="{qualifier}">{waarde}</saml:NameID></saml:AttributeValue></saml:Attribute>""";
}

public static class SamlDocumentExtensies
{
    public static XmlNamespaceManager Ns(this XmlDocument document)
    {
        var ns = new XmlNamespaceManager(document.NameTable);
        ns.AddNamespace("samlp", SamlNamen.Protocol);
        ns.AddNamespace("saml", SamlNamen.Assertion);
        ns.AddNamespace("ds", SamlNamen.XmlDsig);
        ns.AddNamespace("xenc", SamlNamen.XmlEnc);
        ns.AddNamespace("soap", SamlNamen.Soap11);
        return ns;
    }

    public static XmlElement Element(this XmlDocument document, string xpath) =>
        (XmlElement)document.SelectSingleNode(xpath, document.Ns())!;

    public static XmlElement Assertion(this XmlDocument document) => document.Element("/samlp:Response/saml:Assertion");

    public static XmlDocument MetOndertekendeAssertion(this XmlDocument document, SamlCertificaat? sleutel = null)
    {
        SamlOndertekenaar.Onderteken(document.Assertion(), sleutel ?? TestSleutels.Herkenningsmakelaar);
        return document;
    }

    public static XmlDocument MetOndertekendeResponse(this XmlDocument document, SamlCertificaat? sleutel = null)
    {
        SamlOndertekenaar.Onderteken(document.DocumentElement!, sleutel ?? TestSleutels.Herkenningsmakelaar);
        return document;
    }
}
