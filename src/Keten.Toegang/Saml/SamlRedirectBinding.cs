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
