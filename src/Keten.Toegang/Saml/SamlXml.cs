using System.Globalization;
using System.Xml;

namespace Keten.Toegang.Saml;

/// <summary>Loading and reading SAML XML safely: whitespace kept (signatures), no DTDs, no external resolution.</summary>
internal static class SamlXml
{
    public static XmlDocument Laad(string xml)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        var instellingen = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var lezer = XmlReader.Create(new StringReader(xml), instellingen);
            document.Load(lezer);
        }
        catch (XmlException)
        {
            throw new SamlWeigeringException(SamlWeigering.BerichtOnleesbaar, "XML");
        }
        return document;
    }

    public static IEnumerable<XmlElement> Kinderen(this XmlElement ouder, string naamruimte, string naam) =>
        ouder.ChildNodes.OfType<XmlElement>().Where(e => e.LocalName == naam && e.NamespaceURI == naamruimte);

    public static XmlElement? Kind(this XmlElement ouder, string naamruimte, string naam) =>
        ouder.Kinderen(naamruimte, naam).FirstOrDefault();

    /// <summary>
    /// The SAML protocol element <paramref name="naam"/> in the Body of a SOAP 1.1 envelope (the Artifact binding's back
    /// channel), the whole message first checked for duplicate IDs.
    /// </summary>
    public static XmlElement SoapInhoud(string soap, string naam)
    {
        var document = Laad(soap);
        WeigerDubbeleIds(document);
        var body = document.DocumentElement is { LocalName: "Envelope", NamespaceURI: SamlNamen.Soap11 } envelope
            ? envelope.VerplichtKind(SamlNamen.Soap11, "Body", SamlWeigering.BerichtOnleesbaar)
            : throw new SamlWeigeringException(SamlWeigering.BerichtOnleesbaar, "Envelope");
        return body.VerplichtKind(SamlNamen.Protocol, naam, SamlWeigering.BerichtOnleesbaar);
    }

    public static XmlElement VerplichtKind(this XmlElement ouder, string naamruimte, string naam, SamlWeigering weigering) =>
        ouder.Kind(naamruimte, naam) ?? throw new SamlWeigeringException(weigering, $"{ouder.LocalName}/{naam}");

    public static string? Attribuut(this XmlElement element, string naam) =>
        element.HasAttribute(naam) ? element.GetAttribute(naam) : null;

    public static DateTimeOffset? Tijd(this XmlElement element, string naam) =>
        element.Attribuut(naam) is { } waarde
            ? DateTimeOffset.TryParse(waarde, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var tijd)
                ? tijd
                : throw new SamlWeigeringException(SamlWeigering.BerichtOnleesbaar, $"{element.LocalName}/@{naam}")
            : null;

    public static string Tijdstempel(DateTimeOffset tijd) =>
        tijd.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    /// <summary>A fresh SAML ID: an NCName (starts with a letter), 160 random bits.</summary>
    public static string NieuwId() => "_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));

    /// <summary>Refuses a document where one ID value names two elements (the root of signature wrapping).</summary>
    public static void WeigerDubbeleIds(XmlDocument document)
    {
        var gezien = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.SelectNodes("//*[@ID]")!.OfType<XmlElement>())
        {
            if (!gezien.Add(element.GetAttribute("ID")))
            {
                throw new SamlWeigeringException(SamlWeigering.DubbelId, $"{element.LocalName}/@ID");
            }
        }
    }
}
