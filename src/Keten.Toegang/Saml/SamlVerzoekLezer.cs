using System.Globalization;
using System.Xml;

namespace Keten.Toegang.Saml;

/// <summary>An AuthnRequest as the identity provider received it, its signature verified.</summary>
public sealed record SamlOntvangenAuthnRequest(
    string Id,
    string Issuer,
    string? Destination,
    int? AssertionConsumerServiceIndex,
    string? AssertionConsumerServiceUrl,
    int? AttributeConsumingServiceIndex,
    Betrouwbaarheidsniveau? GevraagdNiveau);

/// <summary>An ArtifactResolve as the ArtifactResolutionService received it, its signature verified.</summary>
public sealed record SamlOntvangenArtifactResolve(string Id, string Issuer, string Artifact);

/// <summary>
/// The identity provider's side of the requests (the development broker uses it): an AuthnRequest over HTTP-POST
/// (enveloped signature) or HTTP-Redirect (signature in the query), and a SOAP ArtifactResolve; each must be signed
/// by one of the service provider's certificates, checked as strictly as the responses Keten receives.
/// </summary>
public static class SamlVerzoekLezer
{
    public static SamlOntvangenAuthnRequest LeesPost(string samlRequest, IReadOnlyList<SamlCertificaat> certificaten)
    {
        var document = SamlPostBinding.Decodeer(samlRequest, "SAMLRequest");
        SamlXml.WeigerDubbeleIds(document);
        var verzoek = AuthnRequest(document);
        SamlHandtekeningControle.Verifieer(verzoek, certificaten);
        return Lees(verzoek);
    }

    public static SamlOntvangenAuthnRequest LeesRedirect(string query, IReadOnlyList<SamlCertificaat> certificaten)
    {
        var document = SamlRedirectBinding.LeesOndertekend(query, certificaten);
        SamlXml.WeigerDubbeleIds(document);
        return Lees(AuthnRequest(document));
    }

    public static SamlOntvangenArtifactResolve LeesArtifactResolve(string soap, IReadOnlyList<SamlCertificaat> certificaten)
    {
        var resolve = SamlXml.SoapInhoud(soap, "ArtifactResolve");
        SamlHandtekeningControle.Verifieer(resolve, certificaten);
        return new SamlOntvangenArtifactResolve(
            resolve.GetAttribute("ID"),
            Uitgever(resolve),
            resolve.VerplichtKind(SamlNamen.Protocol, "Artifact", SamlWeigering.BerichtOnleesbaar).InnerText.Trim());
    }

    private static XmlElement AuthnRequest(XmlDocument document) =>
        document.DocumentElement is { LocalName: "AuthnRequest", NamespaceURI: SamlNamen.Protocol } verzoek
            ? verzoek
            : throw new SamlWeigeringException(SamlWeigering.BerichtOnleesbaar, "AuthnRequest");

    private static SamlOntvangenAuthnRequest Lees(XmlElement verzoek)
    {
        var niveau = verzoek.Kind(SamlNamen.Protocol, "RequestedAuthnContext")?.Kind(SamlNamen.Assertion, "AuthnContextClassRef")?.InnerText.Trim();
        return new SamlOntvangenAuthnRequest(
            verzoek.GetAttribute("ID"),
            Uitgever(verzoek),
            verzoek.Attribuut("Destination"),
            Getal(verzoek, "AssertionConsumerServiceIndex"),
            verzoek.Attribuut("AssertionConsumerServiceURL"),
            Getal(verzoek, "AttributeConsumingServiceIndex"),
            niveau is null
                ? null
                : BetrouwbaarheidsniveauUrn.Lees(niveau) ?? throw new SamlWeigeringException(SamlWeigering.BetrouwbaarheidsniveauOnbekend, "AuthnRequest/RequestedAuthnContext"));
    }

    private static string Uitgever(XmlElement element) =>
        element.Kind(SamlNamen.Assertion, "Issuer")?.InnerText.Trim() is { Length: > 0 } uitgever
            ? uitgever
            : throw new SamlWeigeringException(SamlWeigering.OnbekendeUitgever, element.LocalName + "/Issuer");

    private static int? Getal(XmlElement element, string naam) =>
        element.Attribuut(naam) is not { } waarde
            ? null
            : int.TryParse(waarde, NumberStyles.None, CultureInfo.InvariantCulture, out var getal)
                ? getal
                : throw new SamlWeigeringException(SamlWeigering.BerichtOnleesbaar, $"{element.LocalName}/@{naam}");
}
