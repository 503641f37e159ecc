using System.Globalization;
using System.Xml;

namespace Keten.Toegang.Saml;

/// <summary>One service in the DV metadata: its AttributeConsumingService index, names and requested attributes.</summary>
public sealed record SamlDienst(int Index, string ServiceId, string Naam, string Omschrijving, bool IsStandaard, IReadOnlyList<string> GevraagdeAttributen);

/// <summary>
/// Keten's SP metadata for the herkenningsmakelaar (toegang.md §2.8): an EntityDescriptor with an
/// SPSSODescriptor, KeyDescriptors (one without <c>use</c> when signing and encryption share a certificate),
/// the Artifact ACS endpoints and per service an AttributeConsumingService whose first RequestedAttribute is the
/// ServiceID. No NameIDFormat, validUntil or cacheDuration.
/// </summary>
public static class SamlMetadata
{
    public static XmlDocument Maak(SamlDienstverlener dienstverlener, IReadOnlyList<SamlDienst> diensten)
    {
        ArgumentNullException.ThrowIfNull(dienstverlener);
        ArgumentNullException.ThrowIfNull(diensten);
        var document = new XmlDocument();
        var entity = Voeg(document, document, "EntityDescriptor");
        entity.SetAttribute("xmlns:ds", SamlNamen.XmlDsig);
        entity.SetAttribute("ID", SamlXml.NieuwId());
        entity.SetAttribute("entityID", dienstverlener.EntityId);
        var sp = Voeg(document, entity, "SPSSODescriptor");
        sp.SetAttribute("AuthnRequestsSigned", "true");
        sp.SetAttribute("WantAssertionsSigned", "true");
        sp.SetAttribute("protocolSupportEnumeration", SamlNamen.Protocol);
        var versleuteling = dienstverlener.Ontsleuteling.FirstOrDefault();
        if (versleuteling is null || versleuteling.Certificaat.Thumbprint == dienstverlener.Ondertekening.Certificaat.Thumbprint)
        {
            VoegSleutel(document, sp, dienstverlener.Ondertekening, gebruik: null);
        }
        else
        {
            VoegSleutel(document, sp, dienstverlener.Ondertekening, "signing");
            VoegSleutel(document, sp, versleuteling, "encryption");
        }
        for (var index = 0; index < dienstverlener.AssertionConsumerServiceUrls.Count; index++)
        {
            var acs = Voeg(document, sp, "AssertionConsumerService");
            acs.SetAttribute("Binding", SamlNamen.BindingArtifact);
            acs.SetAttribute("Location", dienstverlener.AssertionConsumerServiceUrls[index]);
            acs.SetAttribute("index", index.ToString(CultureInfo.InvariantCulture));
            acs.SetAttribute("isDefault", index == 0 ? "true" : "false");
        }
        foreach (var dienst in diensten)
        {
            var service = Voeg(document, sp, "AttributeConsumingService");
            service.SetAttribute("index", dienst.Index.ToString(CultureInfo.InvariantCulture));
            if (dienst.IsStandaard)
            {
                service.SetAttribute("isDefault", "true");
            }
            Taal(Voeg(document, service, "ServiceName"), dienst.Naam);
            Taal(Voeg(document, service, "ServiceDescription"), dienst.Omschrijving);
            foreach (var naam in dienst.GevraagdeAttributen.Prepend(dienst.ServiceId))
            {
                var gevraagd = Voeg(document, service, "RequestedAttribute");
                gevraagd.SetAttribute("Name", naam);
                gevraagd.SetAttribute("isRequired", "false");
            }
        }
        return document;
    }

    internal static XmlElement Voeg(XmlDocument document, XmlNode ouder, string naam) =>
        (XmlElement)ouder.AppendChild(document.CreateElement("md", naam, SamlNamen.Metadata))!;

    private static void Taal(XmlElement element, string tekst)
    {
        element.SetAttribute("xml:lang", "nl");
        element.InnerText = tekst;
    }

    internal static void VoegSleutel(XmlDocument document, XmlElement sp, SamlCertificaat sleutel, string? gebruik)
    {
        var descriptor = Voeg(document, sp, "KeyDescriptor");
        if (gebruik is not null)
        {
            descriptor.SetAttribute("use", gebruik);
        }
        var keyInfo = descriptor.AppendChild(document.CreateElement("ds", "KeyInfo", SamlNamen.XmlDsig))!;
        keyInfo.AppendChild(document.CreateElement("ds", "KeyName", SamlNamen.XmlDsig))!.InnerText = sleutel.KeyName;
        keyInfo.AppendChild(document.CreateElement("ds", "X509Data", SamlNamen.XmlDsig))!
            .AppendChild(document.CreateElement("ds", "X509Certificate", SamlNamen.XmlDsig))!.InnerText =
            Convert.ToBase64String(sleutel.Certificaat.RawData);
    }
}
