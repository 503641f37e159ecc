using System.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;

namespace Keten.Toegang.Saml;

/// <summary>
/// Decrypts an EncryptedAssertion or EncryptedID (toegang.md §2.5, §5): the session key is RSA-OAEP wrapped in an
/// EncryptedKey (inside the EncryptedData's KeyInfo or beside it, one per recipient); the data is AES-CBC, through
/// EncryptedXml, or AES-GCM, by hand on AesGcm because EncryptedXml does not know it. Returns the plaintext
/// element as the root of a document of its own.
/// </summary>
internal static class SamlOntsleutelaar
{
    private const int GcmIvLengte = 12;
    private const int GcmTagLengte = 16;

    public static XmlElement Ontsleutel(XmlElement versleuteld, SamlDienstverlener dienstverlener)
    {
        var veld = versleuteld.LocalName;
        var data = versleuteld.Kind(SamlNamen.XmlEnc, "EncryptedData")
            ?? throw new SamlWeigeringException(SamlWeigering.OntsleutelenMislukt, veld + "/EncryptedData");
        var algoritme = data.Kind(SamlNamen.XmlEnc, "EncryptionMethod")?.GetAttribute("Algorithm");
        var sleutelLengte = algoritme switch
        {
            SamlNamen.Aes128Cbc or SamlNamen.Aes128Gcm => 16,
            SamlNamen.Aes256Cbc or SamlNamen.Aes256Gcm => 32,
            _ => throw new SamlWeigeringException(SamlWeigering.AlgoritmeNietToegestaan, veld + "/EncryptedData/EncryptionMethod"),
        };
        var sessiesleutel = PakSessiesleutelUit(versleuteld, data, dienstverlener, veld);
        if (sessiesleutel.Length != sleutelLengte)
        {
            throw new SamlWeigeringException(SamlWeigering.OntsleutelenMislukt, veld + "/EncryptedKey");
        }
        try
        {
            var platteTekst = algoritme is SamlNamen.Aes128Gcm or SamlNamen.Aes256Gcm
                ? OntsleutelGcm(data, sessiesleutel)
                : OntsleutelCbc(data, sessiesleutel);
            return InContext(versleuteld, Encoding.UTF8.GetString(platteTekst));
        }
        catch (Exception fout) when (fout is CryptographicException or FormatException or SamlWeigeringException)
        {
            throw new SamlWeigeringException(SamlWeigering.OntsleutelenMislukt, veld + "/EncryptedData/CipherData");
        }
    }

    /// <summary>
    /// Parses the plaintext where it stood: inside an element that declares the namespaces in scope at the
    /// encrypted element, so a prefix the sender declared on an ancestor still resolves (XML-Enc §4.5).
    /// </summary>
    private static XmlElement InContext(XmlElement versleuteld, string platteTekst)
    {
        var declaraties = new Dictionary<string, string>(StringComparer.Ordinal);
        for (XmlNode? knoop = versleuteld; knoop is XmlElement element; knoop = element.ParentNode)
        {
            foreach (XmlAttribute attribuut in element.Attributes)
            {
                if (attribuut.NamespaceURI == "http://www.w3.org/2000/xmlns/")
                {
                    declaraties.TryAdd(attribuut.Name, attribuut.Value);
                }
            }
        }
        var omhulsel = new StringBuilder("<Ontsleuteld");
        foreach (var (naam, waarde) in declaraties)
        {
            omhulsel.Append(' ').Append(naam).Append("=\"").Append(SecurityElement.Escape(waarde)).Append('"');
        }
        omhulsel.Append('>').Append(platteTekst.StartsWith("<?xml", StringComparison.Ordinal) ? platteTekst[(platteTekst.IndexOf("?>", StringComparison.Ordinal) + 2)..] : platteTekst).Append("</Ontsleuteld>");
        var elementen = SamlXml.Laad(omhulsel.ToString()).DocumentElement!.ChildNodes.OfType<XmlElement>().ToList();
        return elementen.Count == 1 ? elementen[0] : throw new SamlWeigeringException(SamlWeigering.OntsleutelenMislukt, versleuteld.LocalName);
    }

    private static byte[] PakSessiesleutelUit(XmlElement versleuteld, XmlElement data, SamlDienstverlener dienstverlener, string veld)
    {
        var sleutels = (data.Kind(SamlNamen.XmlDsig, "KeyInfo")?.Kinderen(SamlNamen.XmlEnc, "EncryptedKey") ?? [])
            .Concat(versleuteld.Kinderen(SamlNamen.XmlEnc, "EncryptedKey"))
            .Where(k => k.Attribuut("Recipient") is null || k.GetAttribute("Recipient") == dienstverlener.EntityId);
        foreach (var sleutel in sleutels)
        {
            if (sleutel.Kind(SamlNamen.XmlEnc, "EncryptionMethod")?.GetAttribute("Algorithm") != SamlNamen.RsaOaepMgf1p)
            {
                throw new SamlWeigeringException(SamlWeigering.AlgoritmeNietToegestaan, veld + "/EncryptedKey/EncryptionMethod");
            }
            var cijfer = Convert.FromBase64String(sleutel.SelectSingleNode("*[local-name()='CipherData']/*[local-name()='CipherValue']")?.InnerText ?? "");
            foreach (var eigen in dienstverlener.Ontsleuteling)
            {
                using var rsa = eigen.Certificaat.GetRSAPrivateKey();
                if (rsa is null)
                {
                    continue;
                }
                try
                {
                    return EncryptedXml.DecryptKey(cijfer, rsa, useOAEP: true);
                }
                catch (CryptographicException)
                {
                    // Not this key: try the next one (key rotation, several recipients).
                }
            }
        }
        throw new SamlWeigeringException(SamlWeigering.OntsleutelenMislukt, veld + "/EncryptedKey");
    }

    private static byte[] OntsleutelCbc(XmlElement data, byte[] sessiesleutel)
    {
        var encryptedData = new EncryptedData();
        encryptedData.LoadXml(data);
        using var aes = Aes.Create();
        aes.Key = sessiesleutel;
        return new EncryptedXml().DecryptData(encryptedData, aes);
    }

    private static byte[] OntsleutelGcm(XmlElement data, byte[] sessiesleutel)
    {
        var cijfer = Convert.FromBase64String(data.SelectSingleNode("*[local-name()='CipherData']/*[local-name()='CipherValue']")?.InnerText ?? "");
        if (cijfer.Length < GcmIvLengte + GcmTagLengte)
        {
            throw new CryptographicException("CipherValue too short for AES-GCM.");
        }
        var iv = cijfer.AsSpan(0, GcmIvLengte);
        var tag = cijfer.AsSpan(cijfer.Length - GcmTagLengte);
        var tekst = cijfer.AsSpan(GcmIvLengte, cijfer.Length - GcmIvLengte - GcmTagLengte);
        var platteTekst = new byte[tekst.Length];
        using var gcm = new AesGcm(sessiesleutel, GcmTagLengte);
        gcm.Decrypt(iv, tekst, tag, platteTekst);
        return platteTekst;
    }
}
