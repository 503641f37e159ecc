using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Keten.Toegang.WsSecurity;

/// <summary>
/// Signs a SOAP 1.1 envelope as Edukoppeling prescribes (toegang.md §4): a wsse:Security header with the
/// certificate as BinarySecurityToken, a wsu:Timestamp, and one ds:Signature (exclusive c14n, RSA-SHA256,
/// SHA-256) with a reference of its own to the Timestamp, the token, each WS-Addressing header and the Body;
/// KeyInfo by direct reference to the token. A response may carry the request's SignatureValue in a signed
/// wsse11:SignatureConfirmation (WB014).
/// </summary>
public static class WsSecurityOndertekenaar
{
    public static void Onderteken(XmlDocument envelope, X509Certificate2 certificaat, DateTimeOffset nu, TimeSpan geldigheid,
        string? signatureConfirmation = null)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(certificaat);
        var root = envelope.DocumentElement!;
        var header = Kind(root, WsSecurityNamen.Soap11, "Header");
        if (header is null)
        {
            header = envelope.CreateElement(root.Prefix, "Header", WsSecurityNamen.Soap11);
            root.PrependChild(header);
        }
        var body = Kind(root, WsSecurityNamen.Soap11, "Body")
            ?? throw new ArgumentException("The envelope has no soap:Body.", nameof(envelope));

        var security = envelope.CreateElement("wsse", "Security", WsSecurityNamen.Wsse);
        security.SetAttribute("xmlns:wsu", WsSecurityNamen.Wsu);
        var mustUnderstand = envelope.CreateAttribute(root.Prefix, "mustUnderstand", WsSecurityNamen.Soap11);
        mustUnderstand.Value = "1";
        security.Attributes.Append(mustUnderstand);
        header.PrependChild(security);

        var token = envelope.CreateElement("wsse", "BinarySecurityToken", WsSecurityNamen.Wsse);
        token.SetAttribute("EncodingType", WsSecurityNamen.Base64Binary);
        token.SetAttribute("ValueType", WsSecurityNamen.X509v3);
        token.InnerText = Convert.ToBase64String(certificaat.RawData);
        security.AppendChild(token);

        var timestamp = envelope.CreateElement("wsu", "Timestamp", WsSecurityNamen.Wsu);
        timestamp.AppendChild(Tijd(envelope, "Created", nu));
        timestamp.AppendChild(Tijd(envelope, "Expires", nu + geldigheid));
        security.AppendChild(timestamp);

        var ondertekend = new List<XmlElement> { timestamp, token };
        if (signatureConfirmation is not null)
        {
            var bevestiging = envelope.CreateElement("wsse11", "SignatureConfirmation", WsSecurityNamen.Wsse11);
            bevestiging.SetAttribute("Value", signatureConfirmation);
            security.AppendChild(bevestiging);
            ondertekend.Add(bevestiging);
        }
        ondertekend.AddRange(header.ChildNodes.OfType<XmlElement>().Where(e => e.NamespaceURI == WsSecurityNamen.Wsa));
        ondertekend.Add(body);

        var signedXml = WsuSignedXml.Voor(envelope);
        signedXml.SigningKey = certificaat.GetRSAPrivateKey()
            ?? throw new ArgumentException("The certificate has no RSA private key.", nameof(certificaat));
        signedXml.SignedInfo!.CanonicalizationMethod = WsSecurityNamen.ExcC14n;
        signedXml.SignedInfo.SignatureMethod = WsSecurityNamen.RsaSha256;
        foreach (var element in ondertekend)
        {
            var referentie = new Reference("#" + WsuId(element)) { DigestMethod = WsSecurityNamen.Sha256 };
            referentie.AddTransform(new XmlDsigExcC14NTransform());
            signedXml.AddReference(referentie);
        }
        signedXml.KeyInfo = new KeyInfo();
        signedXml.KeyInfo.AddClause(new KeyInfoNode(Tokenverwijzing(envelope, WsuId(token))));
        signedXml.ComputeSignature();
        security.AppendChild(envelope.ImportNode(signedXml.GetXml(), true));
    }

    /// <summary>The element's wsu:Id (or Id), given a fresh one when it has none.</summary>
    private static string WsuId(XmlElement element)
    {
        var bestaand = element.GetAttribute("Id", WsSecurityNamen.Wsu);
        if (bestaand.Length == 0)
        {
            bestaand = element.GetAttribute("Id");
        }
        if (bestaand.Length > 0)
        {
            return bestaand;
        }
        var id = "id-" + element.LocalName + "-" + Guid.NewGuid().ToString("N");
        var attribuut = element.OwnerDocument.CreateAttribute("wsu", "Id", WsSecurityNamen.Wsu);
        attribuut.Value = id;
        element.Attributes.Append(attribuut);
        return id;
    }

    private static XmlElement Tokenverwijzing(XmlDocument envelope, string tokenId)
    {
        var verwijzing = envelope.CreateElement("wsse", "SecurityTokenReference", WsSecurityNamen.Wsse);
        var reference = envelope.CreateElement("wsse", "Reference", WsSecurityNamen.Wsse);
        reference.SetAttribute("URI", "#" + tokenId);
        reference.SetAttribute("ValueType", WsSecurityNamen.X509v3);
        verwijzing.AppendChild(reference);
        return verwijzing;
    }

    private static XmlElement Tijd(XmlDocument envelope, string naam, DateTimeOffset tijd)
    {
        var element = envelope.CreateElement("wsu", naam, WsSecurityNamen.Wsu);
        element.InnerText = tijd.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        return element;
    }

    internal static XmlElement? Kind(XmlElement ouder, string naamruimte, string naam) =>
        ouder.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == naam && e.NamespaceURI == naamruimte);
}
