using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Keten.Toegang.Saml;

/// <summary>
/// Verifies the enveloped signature of one SAML element (toegang.md §2.3, §5). Only what SAML Core §5.4 allows
/// passes: exactly one reference, to the element's own ID; transforms enveloped-signature and exclusive c14n
/// (its InclusiveNamespaces PrefixList honoured); RSA-SHA256 and SHA-256. The key comes from the configured
/// certificates (by KeyName, or each in turn), never from the message; and the element the signature covers
/// must be the very element passed in, so a wrapped signature proves nothing about it.
/// </summary>
internal static class SamlHandtekeningControle
{
    public static bool IsOndertekend(XmlElement element) => element.Kind(SamlNamen.XmlDsig, "Signature") is not null;

    public static void Verifieer(XmlElement element, IEnumerable<SamlCertificaat> certificaten)
    {
        var veld = $"{element.LocalName}/Signature";
        var handtekening = element.Kind(SamlNamen.XmlDsig, "Signature")
            ?? throw new SamlWeigeringException(SamlWeigering.HandtekeningOntbreekt, veld);
        var signedXml = new SamlSignedXml(element.OwnerDocument);
        try
        {
            signedXml.LoadXml(handtekening);
        }
        catch (CryptographicException)
        {
            throw new SamlWeigeringException(SamlWeigering.HandtekeningOngeldig, veld);
        }
        ControleerAlgoritmen(signedXml, element, veld);

        var keyName = signedXml.KeyInfo?.OfType<KeyInfoName>().Select(k => k.Value).FirstOrDefault();
        var kandidaten = certificaten.ToList();
        var genoemd = kandidaten.Where(c => c.KeyName == keyName).ToList();
        foreach (var certificaat in genoemd.Count > 0 ? genoemd : kandidaten)
        {
            using var sleutel = certificaat.Certificaat.GetRSAPublicKey();
            if (sleutel is not null && Klopt(signedXml, sleutel) && ReferenceEquals(signedXml.GetekendElement, element))
            {
                return;
            }
        }
        throw new SamlWeigeringException(SamlWeigering.HandtekeningOngeldig, veld);
    }

    private static bool Klopt(SamlSignedXml signedXml, RSA sleutel)
    {
        try
        {
            return signedXml.CheckSignature(sleutel);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static void ControleerAlgoritmen(SignedXml signedXml, XmlElement element, string veld)
    {
        var signedInfo = signedXml.SignedInfo!;
        if (signedInfo.CanonicalizationMethod != SamlNamen.ExcC14n || signedInfo.SignatureMethod != SamlNamen.RsaSha256)
        {
            throw new SamlWeigeringException(SamlWeigering.AlgoritmeNietToegestaan, veld + "/SignedInfo");
        }
        if (signedInfo.References.Count != 1 || signedInfo.References[0] is not Reference referentie
            || referentie.Uri != "#" + element.GetAttribute("ID") || element.GetAttribute("ID").Length == 0)
        {
            throw new SamlWeigeringException(SamlWeigering.HandtekeningOngeldig, veld + "/SignedInfo/Reference/@URI");
        }
        if (referentie.DigestMethod != SamlNamen.Sha256)
        {
            throw new SamlWeigeringException(SamlWeigering.AlgoritmeNietToegestaan, veld + "/SignedInfo/Reference/DigestMethod");
        }
        foreach (Transform transform in referentie.TransformChain)
        {
            if (transform.Algorithm is not (SamlNamen.EnvelopedSignature or SamlNamen.ExcC14n))
            {
                throw new SamlWeigeringException(SamlWeigering.TransformatieNietToegestaan, veld + "/SignedInfo/Reference/Transforms");
            }
        }
    }
}
