using System.Xml;

namespace Keten.Toegang.Saml;

/// <summary>
/// The Artifact binding's back channel (toegang.md §2.1, §2.3): a signed ArtifactResolve in a SOAP 1.1 envelope,
/// and the reading of the ArtifactResponse that comes back: its signature is required and verified, its
/// InResponseTo must be the ArtifactResolve's ID, its status Success; the inner Response then goes to
/// <see cref="SamlResponseVerwerker"/> as covered by that signature. Each artifact is resolved once.
/// </summary>
public sealed class SamlArtifactResolutie(
    SamlDienstverlener dienstverlener,
    SamlHerkenningsmakelaar herkenningsmakelaar,
    SamlControles controles,
    IReplayStore replayStore,
    TimeProvider klok)
{
    public sealed record Verzoek(string Id, string SoapEnvelope);

    public Verzoek MaakArtifactResolve(string samlArt)
    {
        SamlArtifact.Lees(samlArt, herkenningsmakelaar.EntityId);
        var nu = klok.GetUtcNow();
        if (!replayStore.Registreer("SAMLart:" + samlArt, nu + controles.ReplayBewaartermijn, nu))
        {
            throw new SamlWeigeringException(SamlWeigering.BerichtAlGebruikt, "SAMLart");
        }
        var id = SamlXml.NieuwId();
        var document = new XmlDocument { PreserveWhitespace = true };
        var envelope = (XmlElement)document.AppendChild(document.CreateElement("soap", "Envelope", SamlNamen.Soap11))!;
        var body = (XmlElement)envelope.AppendChild(document.CreateElement("soap", "Body", SamlNamen.Soap11))!;
        var resolve = (XmlElement)body.AppendChild(document.CreateElement("samlp", "ArtifactResolve", SamlNamen.Protocol))!;
        resolve.SetAttribute("xmlns:saml", SamlNamen.Assertion);
        resolve.SetAttribute("ID", id);
        resolve.SetAttribute("Version", "2.0");
        resolve.SetAttribute("IssueInstant", SamlXml.Tijdstempel(nu));
        resolve.SetAttribute("Destination", herkenningsmakelaar.ArtifactResolutionServiceUrl);
        resolve.AppendChild(document.CreateElement("saml", "Issuer", SamlNamen.Assertion))!.InnerText = dienstverlener.EntityId;
        resolve.AppendChild(document.CreateElement("samlp", "Artifact", SamlNamen.Protocol))!.InnerText = samlArt;
        SamlOndertekenaar.Onderteken(resolve, dienstverlener.Ondertekening);
        return new Verzoek(id, document.OuterXml);
    }

    /// <summary>The verified inner Response of a SOAP ArtifactResponse answering <paramref name="artifactResolveId"/>.</summary>
    public SamlArtifactAntwoord LeesArtifactResponse(string soapAntwoord, string artifactResolveId)
    {
        var antwoord = SamlXml.SoapInhoud(soapAntwoord, "ArtifactResponse");
        SamlHandtekeningControle.Verifieer(antwoord, herkenningsmakelaar.Certificaten);
        var issuer = antwoord.Kind(SamlNamen.Assertion, "Issuer");
        if (issuer is null || issuer.InnerText != herkenningsmakelaar.EntityId)
        {
            throw new SamlWeigeringException(SamlWeigering.OnbekendeUitgever, "ArtifactResponse/Issuer");
        }
        if (antwoord.GetAttribute("InResponseTo") != artifactResolveId)
        {
            throw new SamlWeigeringException(SamlWeigering.OnbekendVerzoek, "ArtifactResponse/@InResponseTo");
        }
        var status = antwoord.Kind(SamlNamen.Protocol, "Status")?.Kind(SamlNamen.Protocol, "StatusCode")?.GetAttribute("Value");
        if (status != SamlNamen.StatusSuccess)
        {
            throw new SamlWeigeringException(SamlWeigering.InloggenMislukt, "ArtifactResponse/Status/StatusCode");
        }
        return new SamlArtifactAntwoord(antwoord.VerplichtKind(SamlNamen.Protocol, "Response", SamlWeigering.BerichtOnleesbaar));
    }
}
