using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Keten.Toegang.Saml;

/// <summary>
/// Signs a SAML element as eTOEGANG prescribes (toegang.md §2.3): enveloped signature, exclusive c14n, RSA-SHA256,
/// SHA-256 digest, a reference to the element's own ID, KeyInfo with only the KeyName. The Signature goes right
/// after the element's Issuer, where the SAML schema wants it.
/// </summary>
public static class SamlOndertekenaar
{
    public static void Onderteken(XmlElement element, SamlCertificaat sleutel)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(sleutel);
        var document = element.OwnerDocument;
        var signedXml = new SamlSignedXml(document) { SigningKey = sleutel.Certificaat.GetRSAPrivateKey() };
        signedXml.SignedInfo!.CanonicalizationMethod = SamlNamen.ExcC14n;
        signedXml.SignedInfo.SignatureMethod = SamlNamen.RsaSha256;
        var referentie = new Reference("#" + element.GetAttribute("ID")) { DigestMethod = SamlNamen.Sha256 };
        referentie.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        referentie.AddTransform(new XmlDsigExcC14NTransform());
        signedXml.AddReference(referentie);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new KeyInfoName(sleutel.KeyName));
        signedXml.KeyInfo = keyInfo;
        signedXml.ComputeSignature();
        var handtekening = document.ImportNode(signedXml.GetXml(), true);
        if (element.Kind(SamlNamen.Assertion, "Issuer") is { } issuer)
        {
            element.InsertAfter(handtekening, issuer);
        }
        else
        {
            element.PrependChild(handtekening);
        }
    }
}
