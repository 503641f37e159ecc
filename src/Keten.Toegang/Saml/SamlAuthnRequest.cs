using System.Xml;

namespace Keten.Toegang.Saml;

/// <summary>What one login asks the herkenningsmakelaar for (toegang.md §2.2).</summary>
public sealed record SamlInlogverzoek(
    int AssertionConsumerServiceIndex,
    int AttributeConsumingServiceIndex,
    string ProviderName,
    Betrouwbaarheidsniveau? GevraagdNiveau);

/// <summary>
/// Builds Keten's signed AuthnRequest (ForceAuthn, the ACS and AttributeConsumingService indexes, optionally a
/// RequestedAuthnContext) and records its ID as outstanding, so the answer can be matched once.
/// </summary>
public sealed class SamlAuthnRequestMaker(
    SamlDienstverlener dienstverlener,
    IUitstaandeVerzoeken uitstaandeVerzoeken,
    TimeProvider klok)
{
    public static TimeSpan Geldigheid { get; } = TimeSpan.FromMinutes(15);

    /// <summary>The AuthnRequest with an enveloped signature, for the HTTP-POST binding.</summary>
    public XmlDocument Maak(SamlInlogverzoek verzoek, string singleSignOnServiceUrl)
    {
        var document = Bouw(verzoek, singleSignOnServiceUrl);
        SamlOndertekenaar.Onderteken(document.DocumentElement!, dienstverlener.Ondertekening);
        return document;
    }

    /// <summary>The AuthnRequest for the HTTP-Redirect binding: the signature goes in the query string.</summary>
    public Uri MaakRedirect(SamlInlogverzoek verzoek, string singleSignOnServiceUrl, string? relayState) =>
        SamlRedirectBinding.Url(Bouw(verzoek, singleSignOnServiceUrl), singleSignOnServiceUrl, relayState, dienstverlener.Ondertekening);

    private XmlDocument Bouw(SamlInlogverzoek verzoek, string singleSignOnServiceUrl)
    {
        ArgumentNullException.ThrowIfNull(verzoek);
        var nu = klok.GetUtcNow();
        var id = SamlXml.NieuwId();
        var document = new XmlDocument { PreserveWhitespace = true };
        var authnRequest = document.CreateElement("samlp", "AuthnRequest", SamlNamen.Protocol);
        document.AppendChild(authnRequest);
        authnRequest.SetAttribute("xmlns:saml", SamlNamen.Assertion);
        authnRequest.SetAttribute("ID", id);
        authnRequest.SetAttribute("Version", "2.0");
        authnRequest.SetAttribute("IssueInstant", SamlXml.Tijdstempel(nu));
        authnRequest.SetAttribute("Destination", singleSignOnServiceUrl);
        authnRequest.SetAttribute("ForceAuthn", "true");
        authnRequest.SetAttribute("IsPassive", "false");
        authnRequest.SetAttribute("AssertionConsumerServiceIndex", verzoek.AssertionConsumerServiceIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));
        authnRequest.SetAttribute("AttributeConsumingServiceIndex", verzoek.AttributeConsumingServiceIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));
        authnRequest.SetAttribute("ProviderName", verzoek.ProviderName);
        authnRequest.AppendChild(document.CreateElement("saml", "Issuer", SamlNamen.Assertion))!.InnerText = dienstverlener.EntityId;
        if (verzoek.GevraagdNiveau is { } niveau)
        {
            var gevraagd = (XmlElement)authnRequest.AppendChild(document.CreateElement("samlp", "RequestedAuthnContext", SamlNamen.Protocol))!;
            gevraagd.SetAttribute("Comparison", "minimum");
            gevraagd.AppendChild(document.CreateElement("saml", "AuthnContextClassRef", SamlNamen.Assertion))!.InnerText = niveau.Urn();
        }
        uitstaandeVerzoeken.Registreer(id, nu + Geldigheid);
        return document;
    }
}
