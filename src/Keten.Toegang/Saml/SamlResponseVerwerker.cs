using System.Xml;

namespace Keten.Toegang.Saml;

/// <summary>
/// Turns a herkenningsmakelaar's samlp:Response into an <see cref="Authenticatiecontext"/>, or refuses it with
/// the <see cref="SamlWeigering"/> of the first check that fails (toegang.md §2.3–§2.6). The request is taken
/// from the outstanding store and the Response and assertion IDs recorded against replay only when every check passed.
/// </summary>
public sealed class SamlResponseVerwerker(
    SamlDienstverlener dienstverlener,
    SamlHerkenningsmakelaar herkenningsmakelaar,
    SamlControles controles,
    IUitstaandeVerzoeken uitstaandeVerzoeken,
    IReplayStore replayStore,
    TimeProvider klok)
{
    /// <summary>A Response that came over the HTTP-POST binding: it or its assertion must be signed.</summary>
    public Authenticatiecontext VerwerkPost(string samlResponseBase64)
    {
        var document = SamlPostBinding.Decodeer(samlResponseBase64);
        SamlXml.WeigerDubbeleIds(document);
        return Verwerk(document.DocumentElement!, afgedektDoorHandtekening: false);
    }

    /// <summary>A Response from a verified ArtifactResponse: its signature covers the Response, which may be unsigned.</summary>
    public Authenticatiecontext VerwerkArtifact(SamlArtifactAntwoord antwoord)
    {
        ArgumentNullException.ThrowIfNull(antwoord);
        return Verwerk(antwoord.Response, afgedektDoorHandtekening: true);
    }

    private Authenticatiecontext Verwerk(XmlElement response, bool afgedektDoorHandtekening)
    {
        var nu = klok.GetUtcNow();
        if (response.LocalName != "Response" || response.NamespaceURI != SamlNamen.Protocol)
        {
            throw new SamlWeigeringException(SamlWeigering.BerichtOnleesbaar, "Response");
        }
        if (SamlHandtekeningControle.IsOndertekend(response))
        {
            SamlHandtekeningControle.Verifieer(response, herkenningsmakelaar.Certificaten);
            afgedektDoorHandtekening = true;
        }
        ControleerUitgever(response, "Response/Issuer");
        if (response.Kind(SamlNamen.Protocol, "Extensions") is not null)
        {
            throw new SamlWeigeringException(SamlWeigering.ExtensionsNietToegestaan, "Response/Extensions");
        }
        if (!dienstverlener.AssertionConsumerServiceUrls.Contains(response.GetAttribute("Destination")))
        {
            throw new SamlWeigeringException(SamlWeigering.VerkeerdeBestemming, "Response/@Destination");
        }
        var verzoekId = response.GetAttribute("InResponseTo");
        if (!uitstaandeVerzoeken.IsUitstaand(verzoekId, nu))
        {
            throw new SamlWeigeringException(SamlWeigering.OnbekendVerzoek, "Response/@InResponseTo");
        }
        ControleerStatus(response);

        var assertion = BuitensteAssertion(response, afgedektDoorHandtekening);
        var context = SamlAssertionLezer.Lees(assertion, verzoekId, nu, dienstverlener, herkenningsmakelaar, controles);

        Registreer("Response", response, nu);
        Registreer("Assertion", assertion, nu);
        if (!uitstaandeVerzoeken.Neem(verzoekId, nu))
        {
            throw new SamlWeigeringException(SamlWeigering.OnbekendVerzoek, "Response/@InResponseTo");
        }
        return context;
    }

    private void Registreer(string soort, XmlElement element, DateTimeOffset nu)
    {
        var id = element.GetAttribute("ID");
        if (id.Length == 0 || !replayStore.Registreer($"{soort}:{id}", nu + controles.ReplayBewaartermijn, nu))
        {
            throw new SamlWeigeringException(SamlWeigering.BerichtAlGebruikt, soort + "/@ID");
        }
    }

    /// <summary>
    /// The Issuer is the HM's entity ID, with no NameQualifier (eTOEGANG); a Format is tolerated only when it is
    /// the entity format, which is what an absent Format means anyway (pysaml2 and other brokers write it).
    /// </summary>
    private void ControleerUitgever(XmlElement element, string veld)
    {
        var issuer = element.Kind(SamlNamen.Assertion, "Issuer");
        if (issuer is null || issuer.InnerText != herkenningsmakelaar.EntityId || issuer.HasAttribute("NameQualifier")
            || issuer.Attribuut("Format") is { } format && format != SamlNamen.NameIdEntity)
        {
            throw new SamlWeigeringException(SamlWeigering.OnbekendeUitgever, veld);
        }
    }

    private static void ControleerStatus(XmlElement response)
    {
        var statusCode = response.VerplichtKind(SamlNamen.Protocol, "Status", SamlWeigering.BerichtOnleesbaar)
            .VerplichtKind(SamlNamen.Protocol, "StatusCode", SamlWeigering.BerichtOnleesbaar);
        var waarde = statusCode.GetAttribute("Value");
        if (waarde == SamlNamen.StatusSuccess)
        {
            return;
        }
        var subStatus = statusCode.Kind(SamlNamen.Protocol, "StatusCode")?.GetAttribute("Value");
        throw new SamlWeigeringException(
            waarde == SamlNamen.StatusResponder && subStatus == SamlNamen.StatusAuthnFailed
                ? SamlWeigering.InloggenGeannuleerd
                : SamlWeigering.InloggenMislukt,
            "Response/Status/StatusCode");
    }

    /// <summary>
    /// The one outermost assertion (no Assertion ancestor; nested Advice assertions do not count), plain or
    /// encrypted, as a direct child of the Response, verified: its own signature, or the covering one.
    /// </summary>
    private XmlElement BuitensteAssertion(XmlElement response, bool afgedektDoorHandtekening)
    {
        var buitenste = response.OwnerDocument.SelectNodes(
                "//*[(local-name()='Assertion' or local-name()='EncryptedAssertion') and namespace-uri()='" + SamlNamen.Assertion + "']")!
            .OfType<XmlElement>()
            .Where(e => !HeeftAssertionVoorouder(e))
            .ToList();
        if (buitenste.Count != 1 || buitenste[0].ParentNode != response)
        {
            throw new SamlWeigeringException(SamlWeigering.AantalAssertionsOngeldig, "Response/Assertion");
        }
        var assertion = buitenste[0];
        if (assertion.LocalName == "EncryptedAssertion")
        {
            assertion = SamlOntsleutelaar.Ontsleutel(assertion, dienstverlener);
            SamlXml.WeigerDubbeleIds(assertion.OwnerDocument);
            if (assertion.LocalName != "Assertion" || assertion.NamespaceURI != SamlNamen.Assertion)
            {
                throw new SamlWeigeringException(SamlWeigering.AantalAssertionsOngeldig, "Response/EncryptedAssertion");
            }
        }
        if (SamlHandtekeningControle.IsOndertekend(assertion))
        {
            SamlHandtekeningControle.Verifieer(assertion, herkenningsmakelaar.Certificaten);
        }
        else if (!afgedektDoorHandtekening)
        {
            throw new SamlWeigeringException(SamlWeigering.HandtekeningOntbreekt, "Assertion/Signature");
        }
        ControleerUitgever(assertion, "Assertion/Issuer");
        VerifieerAdvies(assertion);
        return assertion;
    }

    private static bool HeeftAssertionVoorouder(XmlElement element)
    {
        for (var ouder = element.ParentNode; ouder is XmlElement e; ouder = e.ParentNode)
        {
            if (e.LocalName is "Assertion" or "EncryptedAssertion" && e.NamespaceURI == SamlNamen.Assertion)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Signed assertions inside Advice (from the AD and MR) must verify against a trusted certificate.</summary>
    private void VerifieerAdvies(XmlElement assertion)
    {
        var vertrouwd = herkenningsmakelaar.Certificaten.Concat(herkenningsmakelaar.AdviesCertificaten).ToList();
        foreach (var advies in assertion.Kinderen(SamlNamen.Assertion, "Advice"))
        {
            foreach (var genest in advies.Kinderen(SamlNamen.Assertion, "Assertion").Where(SamlHandtekeningControle.IsOndertekend))
            {
                SamlHandtekeningControle.Verifieer(genest, vertrouwd);
                VerifieerAdvies(genest);
            }
        }
    }
}
