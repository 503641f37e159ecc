using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Keten.Toegang.Saml;

namespace Keten.Ontwikkelmakelaar;

/// <summary>The broker's signing key: a self-made RSA 2048 certificate, kept in a PKCS#12 file when one is configured.</summary>
internal static class MakelaarSleutel
{
    public const string KeyName = "ontwikkelmakelaar";

    public static SamlCertificaat Laad(string? bestand)
    {
        if (bestand is not null && File.Exists(bestand))
        {
            return new SamlCertificaat(KeyName, X509CertificateLoader.LoadPkcs12FromFile(bestand, password: null));
        }
        using var rsa = RSA.Create(2048);
        var verzoek = new CertificateRequest("CN=Keten ontwikkelmakelaar (niet voor productie)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var certificaat = verzoek.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
        if (bestand is not null)
        {
            File.WriteAllBytes(bestand, certificaat.Export(X509ContentType.Pkcs12));
        }
        return new SamlCertificaat(KeyName, certificaat);
    }
}

/// <summary>A DV certificate from a PEM or DER file; its KeyName is the file's name without extension.</summary>
internal static class DienstverlenerCertificaat
{
    public static SamlCertificaat Laad(string bestand)
    {
        var bytes = File.ReadAllBytes(bestand);
        var certificaat = bytes.AsSpan().StartsWith("-----BEGIN"u8)
            ? X509Certificate2.CreateFromPem(System.Text.Encoding.ASCII.GetString(bytes))
            : X509CertificateLoader.LoadCertificate(bytes);
        return new SamlCertificaat(Path.GetFileNameWithoutExtension(bestand), certificaat);
    }
}
