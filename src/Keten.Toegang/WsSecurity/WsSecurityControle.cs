using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using Keten.Toegang.Xml;

namespace Keten.Toegang.WsSecurity;

/// <summary>
/// Verifies the wsse:Security header of a SOAP 1.1 request (toegang.md §4, §5). Exactly one soap:Header with one
/// wsse:Security holding one wsu:Timestamp and one ds:Signature; exclusive c14n, RSA-SHA256, SHA-2 digests,
/// no transform but exclusive c14n (so no STR-Transform); the key is the X509v3 BinarySecurityToken the KeyInfo
/// points at by direct reference. The Timestamp, the Body and every WS-Addressing header must each be covered by a
/// reference that resolved to that very element (a wrapped copy elsewhere proves nothing), and the Timestamp must
/// be fresh. Who the certificate belongs to is the caller's check.
/// </summary>
public static class WsSecurityControle
{
    private static readonly HashSet<string> Digests = [WsSecurityNamen.Sha256, WsSecurityNamen.Sha384, WsSecurityNamen.Sha512];

    /// <param name="klokafwijking">Allowed clock difference with the sender.</param>
    /// <param name="maxLeeftijd">How long after its Created a message is still accepted (Expires may be later).</param>
    public static WsSecurityResultaat Verifieer(XmlDocument envelope, DateTimeOffset nu, TimeSpan klokafwijking, TimeSpan maxLeeftijd)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var root = envelope.DocumentElement!;
        var headers = Kinderen(root, WsSecurityNamen.Soap11, "Header");
        var security = headers.Count == 1 ? Enkel(headers[0], WsSecurityNamen.Wsse, "Security") : null;
        var signature = security is null ? null : Enkel(security, WsSecurityNamen.XmlDsig, "Signature");
        if (security is null || signature is null)
        {
            throw new WsSecurityWeigeringException(WsSecurityWeigering.HandtekeningOntbreekt, "wsse:Security/ds:Signature");
        }
        var header = headers[0];
        var timestamp = Enkel(security, WsSecurityNamen.Wsu, "Timestamp")
            ?? throw new WsSecurityWeigeringException(WsSecurityWeigering.TimestampOntbreekt, "wsse:Security/wsu:Timestamp");

        ControleerTransformaties(signature);
        var signedXml = WsuSignedXml.Voor(envelope);
        try
        {
            signedXml.LoadXml(signature);
        }
        catch (CryptographicException)
        {
            throw new WsSecurityWeigeringException(WsSecurityWeigering.HandtekeningOngeldig, "ds:Signature");
        }
        ControleerAlgoritmen(signedXml);
        var certificaat = Certificaat(security, signature);
        ControleerHandtekening(signedXml, certificaat);

        ControleerOndertekend(signedXml, timestamp, "wsu:Timestamp");
        foreach (var wsa in header.ChildNodes.OfType<XmlElement>().Where(e => e.NamespaceURI == WsSecurityNamen.Wsa))
        {
            ControleerOndertekend(signedXml, wsa, "wsa:" + wsa.LocalName);
        }
        var bodies = Kinderen(root, WsSecurityNamen.Soap11, "Body");
        if (bodies.Count != 1)
        {
            throw new WsSecurityWeigeringException(WsSecurityWeigering.OnderdeelNietOndertekend, "soap:Body");
        }
        ControleerOndertekend(signedXml, bodies[0], "soap:Body");

        var (aangemaakt, verloopt) = Tijden(timestamp);
        ControleerVersheid(aangemaakt, verloopt, nu, klokafwijking, maxLeeftijd);
        var signatureValue = Convert.ToBase64String(signedXml.SignatureValue!);
        return new WsSecurityResultaat(certificaat, aangemaakt, verloopt, signatureValue);
    }

    private static void ControleerAlgoritmen(SignedXml signedXml)
    {
        var signedInfo = signedXml.SignedInfo!;
        if (signedInfo.CanonicalizationMethod != WsSecurityNamen.ExcC14n || signedInfo.SignatureMethod != WsSecurityNamen.RsaSha256)
        {
            throw new WsSecurityWeigeringException(WsSecurityWeigering.AlgoritmeNietToegestaan, "ds:SignedInfo");
        }
        foreach (Reference referentie in signedInfo.References)
        {
            if (!Digests.Contains(referentie.DigestMethod))
            {
                throw new WsSecurityWeigeringException(WsSecurityWeigering.AlgoritmeNietToegestaan, "ds:Reference/ds:DigestMethod");
            }
            if (referentie.Uri is not { Length: > 1 } uri || uri[0] != '#')
            {
                throw new WsSecurityWeigeringException(WsSecurityWeigering.HandtekeningOngeldig, "ds:Reference/@URI");
            }
            foreach (Transform transform in referentie.TransformChain)
            {
                if (transform.Algorithm != WsSecurityNamen.ExcC14n)
                {
                    throw new WsSecurityWeigeringException(WsSecurityWeigering.TransformatieNietToegestaan, "ds:Reference/ds:Transforms");
                }
            }
        }
    }

    /// <summary>Before SignedXml reads them: it throws on transforms it does not know, such as STR-Transform.</summary>
    private static void ControleerTransformaties(XmlElement signature)
    {
        foreach (XmlElement transform in signature.GetElementsByTagName("Transform", WsSecurityNamen.XmlDsig))
        {
            if (transform.GetAttribute("Algorithm") != WsSecurityNamen.ExcC14n)
            {
                throw new WsSecurityWeigeringException(WsSecurityWeigering.TransformatieNietToegestaan, "ds:Reference/ds:Transforms");
            }
        }
    }

    /// <summary>The certificate of the BinarySecurityToken in this Security header that KeyInfo points at (WB009, WB010).</summary>
    private static X509Certificate2 Certificaat(XmlElement security, XmlElement signature)
    {
        const string veld = "ds:KeyInfo/wsse:SecurityTokenReference";
        var keyInfo = Enkel(signature, WsSecurityNamen.XmlDsig, "KeyInfo");
        var verwijzing = keyInfo is null ? null : Enkel(keyInfo, WsSecurityNamen.Wsse, "SecurityTokenReference");
        var reference = verwijzing is null ? null : Enkel(verwijzing, WsSecurityNamen.Wsse, "Reference");
        var uri = reference?.GetAttribute("URI") ?? "";
        var valueType = reference?.GetAttribute("ValueType") ?? "";
        if (uri.Length < 2 || uri[0] != '#' || valueType is not ("" or WsSecurityNamen.X509v3))
        {
            throw new WsSecurityWeigeringException(WsSecurityWeigering.CertificaatverwijzingOngeldig, veld);
        }
        var tokens = Kinderen(security, WsSecurityNamen.Wsse, "BinarySecurityToken")
            .Where(t => t.GetAttribute("Id", WsSecurityNamen.Wsu) == uri[1..])
            .ToList();
        if (tokens.Count != 1 || tokens[0].GetAttribute("ValueType") != WsSecurityNamen.X509v3
            || tokens[0].GetAttribute("EncodingType") is not ("" or WsSecurityNamen.Base64Binary))
        {
            throw new WsSecurityWeigeringException(WsSecurityWeigering.CertificaatverwijzingOngeldig, veld);
        }
        try
        {
            return X509CertificateLoader.LoadCertificate(Convert.FromBase64String(tokens[0].InnerText.Trim()));
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            throw new WsSecurityWeigeringException(WsSecurityWeigering.CertificaatverwijzingOngeldig, "wsse:BinarySecurityToken");
        }
    }

    private static void ControleerHandtekening(SignedXml signedXml, X509Certificate2 certificaat)
    {
        using var sleutel = certificaat.GetRSAPublicKey()
            ?? throw new WsSecurityWeigeringException(WsSecurityWeigering.AlgoritmeNietToegestaan, "wsse:BinarySecurityToken");
        bool klopt;
        try
        {
            klopt = signedXml.CheckSignature(sleutel);
        }
        catch (CryptographicException)
        {
            klopt = false;
        }
        if (!klopt)
        {
            throw new WsSecurityWeigeringException(WsSecurityWeigering.HandtekeningOngeldig, "ds:Signature");
        }
    }

    /// <summary>The element must carry an id that a reference resolved to this very element.</summary>
    private static void ControleerOndertekend(EenduidigeIdSignedXml signedXml, XmlElement element, string veld)
    {
        var gedekt = signedXml.Opgelost.Values.Any(e => ReferenceEquals(e, element));
        if (!gedekt)
        {
            throw new WsSecurityWeigeringException(WsSecurityWeigering.OnderdeelNietOndertekend, veld);
        }
    }

    private static (DateTimeOffset Aangemaakt, DateTimeOffset Verloopt) Tijden(XmlElement timestamp)
    {
        var aangemaakt = Tijd(Enkel(timestamp, WsSecurityNamen.Wsu, "Created"));
        var verloopt = Tijd(Enkel(timestamp, WsSecurityNamen.Wsu, "Expires"));
        if (aangemaakt is null || verloopt is null)
        {
            throw new WsSecurityWeigeringException(WsSecurityWeigering.TimestampOntbreekt, "wsu:Timestamp");
        }
        return (aangemaakt.Value, verloopt.Value);
    }

    private static void ControleerVersheid(DateTimeOffset aangemaakt, DateTimeOffset verloopt, DateTimeOffset nu,
        TimeSpan klokafwijking, TimeSpan maxLeeftijd)
    {
        if (aangemaakt > nu + klokafwijking || verloopt < aangemaakt)
        {
            throw new WsSecurityWeigeringException(WsSecurityWeigering.TimestampOngeldig, "wsu:Timestamp");
        }
        if (verloopt + klokafwijking < nu || aangemaakt + maxLeeftijd + klokafwijking < nu)
        {
            throw new WsSecurityWeigeringException(WsSecurityWeigering.TimestampVerlopen, "wsu:Timestamp");
        }
    }

    private static DateTimeOffset? Tijd(XmlElement? element) =>
        element is not null && DateTimeOffset.TryParse(element.InnerText.Trim(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var tijd)
            ? tijd
            : null;

    private static List<XmlElement> Kinderen(XmlElement ouder, string naamruimte, string naam) =>
        ouder.ChildNodes.OfType<XmlElement>().Where(e => e.LocalName == naam && e.NamespaceURI == naamruimte).ToList();

    /// <summary>The only such child; null when absent or more than one.</summary>
    private static XmlElement? Enkel(XmlElement ouder, string naamruimte, string naam) =>
        Kinderen(ouder, naamruimte, naam) is [var enige] ? enige : null;
}
