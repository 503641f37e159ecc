using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml;

namespace Keten.Toegang.Saml;

/// <summary>
/// Encrypts an element for one recipient as eTOEGANG describes it (toegang.md §2.5): a fresh session key, the
/// EncryptedData's KeyInfo naming it, and beside it an EncryptedKey (RSA-OAEP) with Recipient and CarriedKeyName.
/// Keten receives rather than sends encrypted assertions; the development broker and the tests use this.
/// </summary>
public static class SamlVersleutelaar
{
    /// <param name="element">The element to encrypt; replaced in its document by the wrapper.</param>
    /// <param name="wrapper">The wrapper's local name in the assertion namespace: EncryptedAssertion or EncryptedID.</param>
    public static XmlElement Versleutel(XmlElement element, string wrapper, SamlCertificaat ontvanger, string ontvangerEntityId, string algoritme)
    {
        ArgumentNullException.ThrowIfNull(element);
        var versleuteld = Versleutel(element.OuterXml, element.OwnerDocument, wrapper, ontvanger, ontvangerEntityId, algoritme);
        element.ParentNode?.ReplaceChild(versleuteld, element);
        return versleuteld;
    }

    /// <summary>Encrypts <paramref name="xml"/> as it is: the tests use it for plaintext that leans on its context's namespaces.</summary>
    internal static XmlElement Versleutel(string xml, XmlDocument document, string wrapper, SamlCertificaat ontvanger, string ontvangerEntityId, string algoritme)
    {
        ArgumentNullException.ThrowIfNull(ontvanger);
        var sessiesleutel = RandomNumberGenerator.GetBytes(algoritme is SamlNamen.Aes128Cbc or SamlNamen.Aes128Gcm ? 16 : 32);
        var platteTekst = Encoding.UTF8.GetBytes(xml);
        var cijfer = algoritme switch
        {
            SamlNamen.Aes128Cbc or SamlNamen.Aes256Cbc => VersleutelCbc(platteTekst, sessiesleutel),
            SamlNamen.Aes128Gcm or SamlNamen.Aes256Gcm => VersleutelGcm(platteTekst, sessiesleutel),
            _ => throw new ArgumentException("Unsupported data encryption algorithm.", nameof(algoritme)),
        };
        using var rsa = ontvanger.Certificaat.GetRSAPublicKey()!;
        var verpakteSleutel = rsa.Encrypt(sessiesleutel, RSAEncryptionPadding.OaepSHA1);

        var versleuteld = document.CreateElement("saml", wrapper, SamlNamen.Assertion);
        var data = Voeg(versleuteld, "xenc", "EncryptedData", SamlNamen.XmlEnc);
        data.SetAttribute("Type", SamlNamen.EncryptedElementType);
        Voeg(data, "xenc", "EncryptionMethod", SamlNamen.XmlEnc).SetAttribute("Algorithm", algoritme);
        Voeg(Voeg(data, "ds", "KeyInfo", SamlNamen.XmlDsig), "ds", "KeyName", SamlNamen.XmlDsig).InnerText = ontvanger.KeyName;
        Voeg(Voeg(data, "xenc", "CipherData", SamlNamen.XmlEnc), "xenc", "CipherValue", SamlNamen.XmlEnc).InnerText = Convert.ToBase64String(cijfer);
        var sleutel = Voeg(versleuteld, "xenc", "EncryptedKey", SamlNamen.XmlEnc);
        sleutel.SetAttribute("Recipient", ontvangerEntityId);
        Voeg(sleutel, "xenc", "EncryptionMethod", SamlNamen.XmlEnc).SetAttribute("Algorithm", SamlNamen.RsaOaepMgf1p);
        Voeg(Voeg(sleutel, "xenc", "CipherData", SamlNamen.XmlEnc), "xenc", "CipherValue", SamlNamen.XmlEnc).InnerText = Convert.ToBase64String(verpakteSleutel);
        Voeg(sleutel, "xenc", "CarriedKeyName", SamlNamen.XmlEnc).InnerText = ontvanger.KeyName;
        return versleuteld;
    }

    private static XmlElement Voeg(XmlElement ouder, string voorvoegsel, string naam, string naamruimte) =>
        (XmlElement)ouder.AppendChild(ouder.OwnerDocument.CreateElement(voorvoegsel, naam, naamruimte))!;

    private static byte[] VersleutelCbc(byte[] platteTekst, byte[] sleutel)
    {
        using var aes = Aes.Create();
        aes.Key = sleutel;
        var iv = RandomNumberGenerator.GetBytes(16);
        return [.. iv, .. aes.EncryptCbc(platteTekst, iv, PaddingMode.ISO10126)];
    }

    private static byte[] VersleutelGcm(byte[] platteTekst, byte[] sleutel)
    {
        var iv = RandomNumberGenerator.GetBytes(12);
        var cijfer = new byte[platteTekst.Length];
        var tag = new byte[16];
        using var gcm = new AesGcm(sleutel, tag.Length);
        gcm.Encrypt(iv, platteTekst, cijfer, tag);
        return [.. iv, .. cijfer, .. tag];
    }
}
