using System.Xml;

namespace Keten.Toegang.Saml;

/// <summary>
/// Checks a verified outermost assertion (conditions, audience, bearer confirmation) and reads the eTOEGANG
/// attributes from its own AttributeStatement into an <see cref="Authenticatiecontext"/> (toegang.md §2.4, §2.6).
/// </summary>
internal static class SamlAssertionLezer
{
    public static Authenticatiecontext Lees(
        XmlElement assertion,
        string verzoekId,
        DateTimeOffset nu,
        SamlDienstverlener dienstverlener,
        SamlHerkenningsmakelaar herkenningsmakelaar,
        SamlControles controles)
    {
        ControleerVoorwaarden(assertion, nu, dienstverlener, controles);
        ControleerOnderwerp(assertion, verzoekId, nu, dienstverlener, controles);
        var authnContext = assertion.VerplichtKind(SamlNamen.Assertion, "AuthnStatement", SamlWeigering.AttribuutOntbreekt)
            .VerplichtKind(SamlNamen.Assertion, "AuthnContext", SamlWeigering.AttribuutOntbreekt);
        var niveau = BetrouwbaarheidsniveauUrn.Lees(authnContext.Kind(SamlNamen.Assertion, "AuthnContextClassRef")?.InnerText.Trim())
            ?? throw new SamlWeigeringException(SamlWeigering.BetrouwbaarheidsniveauOnbekend, "AuthnContext/AuthnContextClassRef");
        var attributen = assertion.Kinderen(SamlNamen.Assertion, "AttributeStatement")
            .SelectMany(s => s.Kinderen(SamlNamen.Assertion, "Attribute"))
            .ToList();

        var legalSubject = Verplicht(attributen, SamlNamen.LegalSubjectId, dienstverlener);
        if (string.IsNullOrEmpty(legalSubject.NameQualifier))
        {
            throw new SamlWeigeringException(SamlWeigering.AttribuutOntbreekt, SamlNamen.LegalSubjectId + "/NameID/@NameQualifier");
        }
        return new Authenticatiecontext(
            new LegalSubject(legalSubject.NameQualifier, legalSubject.Waarde),
            Verplicht(attributen, SamlNamen.ActingSubjectId, dienstverlener).Waarde,
            Waarde(attributen, SamlNamen.Vestigingsnr, dienstverlener)?.Waarde,
            Verplicht(attributen, SamlNamen.ServiceId, dienstverlener).Waarde,
            Verplicht(attributen, SamlNamen.ServiceUuid, dienstverlener).Waarde,
            niveau,
            authnContext.Kind(SamlNamen.Assertion, "AuthenticatingAuthority")?.InnerText.Trim(),
            herkenningsmakelaar.EntityId);
    }

    private static void ControleerVoorwaarden(XmlElement assertion, DateTimeOffset nu, SamlDienstverlener dienstverlener, SamlControles controles)
    {
        var voorwaarden = assertion.VerplichtKind(SamlNamen.Assertion, "Conditions", SamlWeigering.VerkeerdPubliek);
        ControleerTijden(voorwaarden, nu, controles, "Assertion/Conditions");
        var doelgroepen = voorwaarden.Kinderen(SamlNamen.Assertion, "AudienceRestriction").ToList();
        if (doelgroepen.Count == 0 || !doelgroepen.All(d =>
                d.Kinderen(SamlNamen.Assertion, "Audience").Any(a => a.InnerText.Trim() == dienstverlener.EntityId)))
        {
            throw new SamlWeigeringException(SamlWeigering.VerkeerdPubliek, "Assertion/Conditions/AudienceRestriction/Audience");
        }
    }

    private static void ControleerTijden(XmlElement element, DateTimeOffset nu, SamlControles controles, string veld)
    {
        if (element.Tijd("NotBefore") is { } vanaf && nu + controles.Klokafwijking < vanaf)
        {
            throw new SamlWeigeringException(SamlWeigering.NogNietGeldig, veld + "/@NotBefore");
        }
        if (element.Tijd("NotOnOrAfter") is { } tot && nu - controles.Klokafwijking >= tot)
        {
            throw new SamlWeigeringException(SamlWeigering.Verlopen, veld + "/@NotOnOrAfter");
        }
    }

    /// <summary>A bearer SubjectConfirmation for this request, to one of Keten's ACS URLs, not expired.</summary>
    private static void ControleerOnderwerp(XmlElement assertion, string verzoekId, DateTimeOffset nu, SamlDienstverlener dienstverlener, SamlControles controles)
    {
        const string Veld = "Assertion/Subject/SubjectConfirmation";
        var bevestiging = assertion.VerplichtKind(SamlNamen.Assertion, "Subject", SamlWeigering.OnderwerpbevestigingOngeldig)
            .Kinderen(SamlNamen.Assertion, "SubjectConfirmation")
            .FirstOrDefault(b => b.GetAttribute("Method") == SamlNamen.BevestigingBearer)
            ?? throw new SamlWeigeringException(SamlWeigering.OnderwerpbevestigingOngeldig, Veld + "/@Method");
        var data = bevestiging.VerplichtKind(SamlNamen.Assertion, "SubjectConfirmationData", SamlWeigering.OnderwerpbevestigingOngeldig);
        if (data.GetAttribute("InResponseTo") != verzoekId)
        {
            throw new SamlWeigeringException(SamlWeigering.OnbekendVerzoek, Veld + "Data/@InResponseTo");
        }
        if (!dienstverlener.AssertionConsumerServiceUrls.Contains(data.GetAttribute("Recipient")))
        {
            throw new SamlWeigeringException(SamlWeigering.VerkeerdeBestemming, Veld + "Data/@Recipient");
        }
        if (data.Tijd("NotOnOrAfter") is null)
        {
            throw new SamlWeigeringException(SamlWeigering.OnderwerpbevestigingOngeldig, Veld + "Data/@NotOnOrAfter");
        }
        ControleerTijden(data, nu, controles, Veld + "Data");
    }

    private sealed record AttribuutWaarde(string Waarde, string? NameQualifier);

    private static AttribuutWaarde Verplicht(List<XmlElement> attributen, string naam, SamlDienstverlener dienstverlener) =>
        Waarde(attributen, naam, dienstverlener) is { Waarde.Length: > 0 } waarde
            ? waarde
            : throw new SamlWeigeringException(SamlWeigering.AttribuutOntbreekt, naam);

    /// <summary>The attribute's first value: an EncryptedID or NameID (value + NameQualifier) or plain text.</summary>
    private static AttribuutWaarde? Waarde(List<XmlElement> attributen, string naam, SamlDienstverlener dienstverlener)
    {
        var waarde = attributen.FirstOrDefault(a => a.GetAttribute("Name") == naam)?.Kind(SamlNamen.Assertion, "AttributeValue");
        if (waarde is null)
        {
            return null;
        }
        var nameId = waarde.Kind(SamlNamen.Assertion, "NameID");
        if (waarde.Kind(SamlNamen.Assertion, "EncryptedID") is { } versleuteld)
        {
            nameId = SamlOntsleutelaar.Ontsleutel(versleuteld, dienstverlener);
            if (nameId.LocalName != "NameID" || nameId.NamespaceURI != SamlNamen.Assertion)
            {
                throw new SamlWeigeringException(SamlWeigering.AttribuutOntbreekt, naam + "/EncryptedID");
            }
        }
        return nameId is null
            ? new AttribuutWaarde(waarde.InnerText.Trim(), null)
            : new AttribuutWaarde(nameId.InnerText.Trim(), nameId.Attribuut("NameQualifier"));
    }
}
