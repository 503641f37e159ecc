using System.Xml;
using Keten.Toegang;
using Keten.Toegang.Saml;
using static System.Security.SecurityElement;

namespace Keten.Ontwikkelmakelaar.Saml;

/// <summary>
/// The SAML messages the broker writes, shaped as eTOEGANG's (toegang.md §2): the Response with one assertion
/// whose identifiers are EncryptedIDs for the DV and which the broker signs (optionally then encrypted as a
/// whole), the cancel Response (Responder/AuthnFailed), and the signed ArtifactResponse in a SOAP envelope.
/// </summary>
internal static class MakelaarBerichten
{
    private const string ActingSubjectQualifier = "urn:etoegang:EJ:00000099999999999002:entities:1";

    public static XmlDocument Response(Makelaar makelaar, Dienstverlener dienstverlener, SamlAntwoordadres adres, Makelaarverklaring? verklaring)
    {
        var nu = makelaar.Klok.GetUtcNow();
        var hm = Escape(makelaar.Opties.EntityId);
        var status = verklaring is null
            ? $"<samlp:StatusCode Value=\"{SamlNamen.StatusResponder}\"><samlp:StatusCode Value=\"{SamlNamen.StatusAuthnFailed}\"/></samlp:StatusCode>"
            : $"<samlp:StatusCode Value=\"{SamlNamen.StatusSuccess}\"/>";
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml($"""<samlp:Response xmlns:samlp="{SamlNamen.Protocol}" xmlns:saml="{SamlNamen.Assertion}" ID="{SamlXml.NieuwId()}" Version="2.0" IssueInstant="{SamlXml.Tijdstempel(nu)}" Destination="{Escape(adres.AcsUrl)}" InResponseTo="{Escape(adres.VerzoekId)}"><saml:Issuer>{hm}</saml:Issuer><samlp:Status>{status}</samlp:Status></samlp:Response>""");
        if (verklaring is not null)
        {
            VoegAssertionToe(document, makelaar, dienstverlener, adres, verklaring, nu);
        }
        return document;
    }

    public static string ArtifactResponse(Makelaar makelaar, string resolveId, string? responseXml)
    {
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml($"""<soap:Envelope xmlns:soap="{SamlNamen.Soap11}"><soap:Body><samlp:ArtifactResponse xmlns:samlp="{SamlNamen.Protocol}" xmlns:saml="{SamlNamen.Assertion}" ID="{SamlXml.NieuwId()}" Version="2.0" IssueInstant="{SamlXml.Tijdstempel(makelaar.Klok.GetUtcNow())}" InResponseTo="{Escape(resolveId)}"><saml:Issuer>{Escape(makelaar.Opties.EntityId)}</saml:Issuer><samlp:Status><samlp:StatusCode Value="{SamlNamen.StatusSuccess}"/></samlp:Status></samlp:ArtifactResponse></soap:Body></soap:Envelope>""");
        var antwoord = (XmlElement)document.GetElementsByTagName("ArtifactResponse", SamlNamen.Protocol)[0]!;
        if (responseXml is not null)
        {
            var response = new XmlDocument { PreserveWhitespace = true };
            response.LoadXml(responseXml);
            antwoord.AppendChild(document.ImportNode(response.DocumentElement!, true));
        }
        SamlOndertekenaar.Onderteken(antwoord, makelaar.Ondertekening);
        return document.OuterXml;
    }

    private static void VoegAssertionToe(
        XmlDocument document, Makelaar makelaar, Dienstverlener dv, SamlAntwoordadres adres, Makelaarverklaring verklaring, DateTimeOffset nu)
    {
        var tot = SamlXml.Tijdstempel(nu + Makelaar.AntwoordGeldigheid);
        var hm = Escape(makelaar.Opties.EntityId);
        var vestiging = verklaring.Vestigingsnr is null ? "" : Attribuut(SamlNamen.Vestigingsnr, Escape(verklaring.Vestigingsnr)!);
        var assertionXml = $"""<saml:Assertion xmlns:saml="{SamlNamen.Assertion}" ID="{SamlXml.NieuwId()}" Version="2.0" IssueInstant="{SamlXml.Tijdstempel(nu)}"><saml:Issuer>{hm}</saml:Issuer><saml:Subject>{NameId(ActingSubjectQualifier, verklaring.ActingSubjectId)}<saml:SubjectConfirmation Method="{SamlNamen.BevestigingBearer}"><saml:SubjectConfirmationData InResponseTo="{Escape(adres.VerzoekId)}" Recipient="{Escape(adres.AcsUrl)}" NotOnOrAfter="{tot}"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="{SamlXml.Tijdstempel(nu)}" NotOnOrAfter="{tot}"><saml:AudienceRestriction><saml:Audience>{Escape(dv.EntityId)}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="{SamlXml.Tijdstempel(nu)}"><saml:AuthnContext><saml:AuthnContextClassRef>{verklaring.Niveau.Urn()}</saml:AuthnContextClassRef><saml:AuthenticatingAuthority>{Escape(makelaar.Opties.AuthenticatingAuthority)}</saml:AuthenticatingAuthority></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement>{Attribuut(SamlNamen.ServiceId, Escape(verklaring.ServiceId)!)}{Attribuut(SamlNamen.ServiceUuid, Escape(verklaring.ServiceUuid)!)}{vestiging}{Attribuut(SamlNamen.ActingSubjectId, NameId(ActingSubjectQualifier, verklaring.ActingSubjectId))}{Attribuut(SamlNamen.LegalSubjectId, NameId(SamlNamen.EntityConcernedKvKnr, verklaring.KvkNummer))}</saml:AttributeStatement></saml:Assertion>""";
        var assertionDocument = new XmlDocument { PreserveWhitespace = true };
        assertionDocument.LoadXml(assertionXml);
        var assertion = (XmlElement)document.DocumentElement!.AppendChild(document.ImportNode(assertionDocument.DocumentElement!, true))!;
        var ontvanger = dv.Versleuteling;
        if (ontvanger is not null)
        {
            foreach (var nameId in assertion.GetElementsByTagName("NameID", SamlNamen.Assertion).OfType<XmlElement>().ToList())
            {
                SamlVersleutelaar.Versleutel(nameId, "EncryptedID", ontvanger, dv.EntityId, SamlNamen.Aes256Gcm);
            }
        }
        SamlOndertekenaar.Onderteken(assertion, makelaar.Ondertekening);
        if (ontvanger is not null && makelaar.Opties.Dienstverlener.Versleuteling == "EncryptedAssertion")
        {
            SamlVersleutelaar.Versleutel(assertion, "EncryptedAssertion", ontvanger, dv.EntityId, SamlNamen.Aes256Gcm);
        }
    }

    private static string NameId(string qualifier, string waarde) =>
        $"""<saml:NameID Format="{SamlNamen.NameIdPersistent}" NameQualifier="{Escape(qualifier)}">{Escape(waarde)}</saml:NameID>""";

    private static string Attribuut(string naam, string waardeXml) =>
        $"""<saml:Attribute Name="{naam}"><saml:AttributeValue>{waardeXml}</saml:AttributeValue></saml:Attribute>""";
}
