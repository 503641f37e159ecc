using System.Xml;
using Keten.Toegang.Saml;

namespace Keten.Ontwikkelmakelaar.Saml;

/// <summary>
/// The broker's HM metadata: an IDPSSODescriptor with the signing KeyDescriptor (KeyName and certificate), the
/// SOAP ArtifactResolutionService, the legal-subject types as NameIDFormats, and SingleSignOnService for
/// HTTP-POST and HTTP-Redirect; signed with the broker's key.
/// </summary>
internal static class MakelaarMetadata
{
    public static XmlDocument Maak(Makelaar makelaar, string basisUrl)
    {
        var document = new XmlDocument { PreserveWhitespace = true };
        var entity = SamlMetadata.Voeg(document, document, "EntityDescriptor");
        entity.SetAttribute("xmlns:ds", SamlNamen.XmlDsig);
        entity.SetAttribute("ID", SamlXml.NieuwId());
        entity.SetAttribute("entityID", makelaar.Opties.EntityId);
        var idp = SamlMetadata.Voeg(document, entity, "IDPSSODescriptor");
        idp.SetAttribute("protocolSupportEnumeration", SamlNamen.Protocol);
        idp.SetAttribute("WantAuthnRequestsSigned", "true");
        SamlMetadata.VoegSleutel(document, idp, makelaar.Ondertekening, "signing");
        var ars = SamlMetadata.Voeg(document, idp, "ArtifactResolutionService");
        ars.SetAttribute("Binding", SamlNamen.BindingSoap);
        ars.SetAttribute("Location", basisUrl + SamlMakelaar.ArsPad);
        ars.SetAttribute("index", "0");
        ars.SetAttribute("isDefault", "true");
        foreach (var formaat in new[] { SamlNamen.EntityConcernedKvKnr, SamlNamen.EntityConcernedRsin })
        {
            SamlMetadata.Voeg(document, idp, "NameIDFormat").InnerText = formaat;
        }
        foreach (var binding in new[] { SamlNamen.BindingPost, SamlNamen.BindingRedirect })
        {
            var sso = SamlMetadata.Voeg(document, idp, "SingleSignOnService");
            sso.SetAttribute("Binding", binding);
            sso.SetAttribute("Location", basisUrl + SamlMakelaar.SsoPad);
        }
        SamlOndertekenaar.Onderteken(entity, makelaar.Ondertekening);
        return document;
    }
}
