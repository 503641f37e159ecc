using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Keten.Toegang.Saml;

namespace Keten.Toegang.Tests;

/// <summary>Self-made RSA 2048 certificates for the herkenningsmakelaar, Keten, an AD and an intruder.</summary>
public static class TestSleutels
{
    public static SamlCertificaat Herkenningsmakelaar { get; } = Maak("hm-ondertekening");
    public static SamlCertificaat Dienstverlener { get; } = Maak("keten-dv");
    public static SamlCertificaat Authenticatiedienst { get; } = Maak("ad-ondertekening");
    public static SamlCertificaat Indringer { get; } = Maak("hm-ondertekening");

    private static SamlCertificaat Maak(string naam)
    {
        using var rsa = RSA.Create(2048);
        var verzoek = new CertificateRequest($"CN={naam}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var certificaat = verzoek.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return new SamlCertificaat(naam, certificaat);
    }
}
