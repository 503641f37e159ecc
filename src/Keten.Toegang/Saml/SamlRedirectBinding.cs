using System.IO.Compression;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml;

namespace Keten.Toegang.Saml;

/// <summary>
/// The HTTP-Redirect binding for a request (SAML Bindings §3.4.4): SAMLRequest is the raw-DEFLATEd, base64 and
/// URL-encoded XML (which carries no enveloped signature); the signature is RSA-SHA256 over
/// <c>SAMLRequest=…&amp;RelayState=…&amp;SigAlg=…</c> exactly as it stands in the query string.
/// </summary>
public static class SamlRedirectBinding
{
    public static Uri Url(XmlDocument verzoek, string bestemming, string? relayState, SamlCertificaat sleutel)
    {
        ArgumentNullException.ThrowIfNull(verzoek);
        ArgumentNullException.ThrowIfNull(sleutel);
        var query = new StringBuilder("SAMLRequest=").Append(Uri.EscapeDataString(Convert.ToBase64String(Deflate(verzoek.OuterXml))));
        if (relayState is not null)
        {
            query.Append("&RelayState=").Append(Uri.EscapeDataString(relayState));
        }
        query.Append("&SigAlg=").Append(Uri.EscapeDataString(SamlNamen.RsaSha256));
        using var rsa = sleutel.Certificaat.GetRSAPrivateKey()
            ?? throw new ArgumentException("The signing certificate has no RSA private key.", nameof(sleutel));
        var handtekening = rsa.SignData(Encoding.UTF8.GetBytes(query.ToString()), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        query.Append("&Signature=").Append(Uri.EscapeDataString(Convert.ToBase64String(handtekening)));
        return new Uri(bestemming + (bestemming.Contains('?', StringComparison.Ordinal) ? '&' : '?') + query);
    }

    /// <summary>
    /// The identity provider's side: reads SAMLRequest from a raw query string (as it arrived, still URL-encoded)
    /// after verifying its RSA-SHA256 signature over <c>SAMLRequest=…&amp;RelayState=…&amp;SigAlg=…</c> with one of
    /// <paramref name="certificaten"/>.
    /// </summary>
    public static XmlDocument LeesOndertekend(string query, IEnumerable<SamlCertificaat> certificaten)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(certificaten);
        var delen = query.TrimStart('?').Split('&').Select(d => d.Split('=', 2)).Where(d => d.Length == 2)
            .GroupBy(d => d[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(d => d[1]).ToList(), StringComparer.Ordinal);
        string? Enkel(string naam) => delen.TryGetValue(naam, out var waarden)
            ? waarden.Count == 1 ? waarden[0] : throw new SamlWeigeringException(SamlWeigering.BerichtOnleesbaar, naam)
            : null;
        var verzoek = Enkel("SAMLRequest") ?? throw new SamlWeigeringException(SamlWeigering.BerichtOnleesbaar, "SAMLRequest");
        var relayState = Enkel("RelayState");
        var sigAlg = Enkel("SigAlg");
        var handtekening = Enkel("Signature");
        if (sigAlg is null || handtekening is null)
        {
            throw new SamlWeigeringException(SamlWeigering.HandtekeningOntbreekt, "SAMLRequest/Signature");
        }
        if (Uri.UnescapeDataString(sigAlg) != SamlNamen.RsaSha256)
        {
            throw new SamlWeigeringException(SamlWeigering.AlgoritmeNietToegestaan, "SigAlg");
        }
        var ondertekend = "SAMLRequest=" + verzoek + (relayState is null ? "" : "&RelayState=" + relayState) + "&SigAlg=" + sigAlg;
        if (!KloptHandtekening(Encoding.UTF8.GetBytes(ondertekend), Uri.UnescapeDataString(handtekening), certificaten))
        {
            throw new SamlWeigeringException(SamlWeigering.HandtekeningOngeldig, "SAMLRequest/Signature");
        }
        try
        {
            return SamlXml.Laad(Inflate(Uri.UnescapeDataString(verzoek)));
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            throw new SamlWeigeringException(SamlWeigering.BerichtOnleesbaar, "SAMLRequest");
        }
    }

    private static bool KloptHandtekening(byte[] ondertekend, string handtekeningBase64, IEnumerable<SamlCertificaat> certificaten)
    {
        byte[] handtekening;
        try
        {
            handtekening = Convert.FromBase64String(handtekeningBase64);
        }
        catch (FormatException)
        {
            return false;
        }
        foreach (var certificaat in certificaten)
        {
            using var rsa = certificaat.Certificaat.GetRSAPublicKey();
            if (rsa is not null && rsa.VerifyData(ondertekend, handtekening, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return true;
            }
        }
        return false;
    }

    public static string Inflate(string samlRequestBase64)
    {
        using var invoer = new MemoryStream(Convert.FromBase64String(samlRequestBase64));
        using var deflate = new DeflateStream(invoer, CompressionMode.Decompress);
        using var lezer = new StreamReader(deflate, Encoding.UTF8);
        return lezer.ReadToEnd();
    }

    private static byte[] Deflate(string xml)
    {
        using var uitvoer = new MemoryStream();
        using (var deflate = new DeflateStream(uitvoer, CompressionLevel.Optimal))
        {
            deflate.Write(Encoding.UTF8.GetBytes(xml));
        }
        return uitvoer.ToArray();
    }
}
