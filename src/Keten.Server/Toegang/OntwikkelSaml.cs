using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Keten.Ontwikkelmakelaar;

namespace Keten.Server.Toegang;

/// <summary>
/// The SAML half of <see cref="OntwikkelLogin"/>: Keten as the development broker's dienstverlener. Both sides get a
/// key made at start in a scratch folder (Keten's signing and decryption key, the broker's signing key), each trusts the
/// other's certificate, and Keten's entity ID is the broker's default dienstverlener, so an employee keeps the same
/// pseudonym over SAML and OIDC.
/// </summary>
internal static class OntwikkelSaml
{
    private const string KetenSleutelnaam = "keten-ontwikkeling";

    public static Dictionary<string, string?> Instellingen(IConfiguration configuratie, string basis, string pad)
    {
        var map = Directory.CreateTempSubdirectory("keten-ontwikkelsaml-").FullName;
        var (ketenPfx, ketenPem) = Sleutel(map, KetenSleutelnaam, "CN=Keten ontwikkeling (niet voor productie)");
        var makelaar = new OntwikkelmakelaarOpties();
        var makelaarPfx = configuratie[$"{OntwikkelmakelaarOpties.Sectie}:OndertekeningBestand"];
        var makelaarPem = (string?)null;
        if (string.IsNullOrWhiteSpace(makelaarPfx))
        {
            (makelaarPfx, makelaarPem) = Sleutel(map, "ontwikkelmakelaar", "CN=Keten ontwikkelmakelaar (niet voor productie)");
        }

        var dv = configuratie[$"{OntwikkelmakelaarOpties.Sectie}:Dienstverlener:EntityId"] ?? makelaar.Dienstverlener.EntityId;
        var hm = configuratie[$"{OntwikkelmakelaarOpties.Sectie}:EntityId"] ?? makelaar.EntityId;
        var acs = basis + "/toegang/saml/acs";
        var oin = dv.Split(':')[3];
        const string s = SamlOpties.Sectie;
        const string m = OntwikkelmakelaarOpties.Sectie;
        return new Dictionary<string, string?>
        {
            [$"{m}:OndertekeningBestand"] = makelaarPfx,
            [$"{m}:Dienstverlener:EntityId"] = dv,
            [$"{m}:Dienstverlener:AcsUrls:0"] = acs,
            [$"{m}:Dienstverlener:Certificaten:0"] = ketenPem,
            [$"{s}:EntityId"] = dv,
            [$"{s}:AssertionConsumerServiceUrls:0"] = acs,
            [$"{s}:Ondertekening:KeyName"] = KetenSleutelnaam,
            [$"{s}:Ondertekening:Pfx"] = ketenPfx,
            [$"{s}:Herkenningsmakelaar:EntityId"] = hm,
            [$"{s}:Herkenningsmakelaar:SingleSignOnServiceUrl"] = basis + pad + "/saml/sso",
            [$"{s}:Herkenningsmakelaar:ArtifactResolutionServiceUrl"] = basis + pad + "/saml/ars",
            [$"{s}:Herkenningsmakelaar:Certificaten:0:KeyName"] = "ontwikkelmakelaar",
            [$"{s}:Herkenningsmakelaar:Certificaten:0:" + (makelaarPem is null ? "Pfx" : "Certificaat")] = makelaarPem ?? makelaarPfx,
            [$"{s}:Diensten:0:Index"] = "1",
            [$"{s}:Diensten:0:ServiceId"] = $"urn:etoegang:DV:{oin}:services:1",
            [$"{s}:Diensten:0:Naam"] = "DUO Zakelijk (ontwikkeling)",
            [$"{s}:Diensten:0:IsStandaard"] = "true",
            [$"{s}:Diensten:0:MinimaalNiveau"] = "loa3",
        };
    }

    /// <summary>A self-signed RSA key as a PKCS#12 file (for its owner) and a PEM certificate (for the other side).</summary>
    private static (string Pfx, string Pem) Sleutel(string map, string naam, string onderwerp)
    {
        using var rsa = RSA.Create(2048);
        var verzoek = new CertificateRequest(onderwerp, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificaat = verzoek.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var pfx = Path.Combine(map, naam + ".pfx");
        var pem = Path.Combine(map, naam + ".pem");
        File.WriteAllBytes(pfx, certificaat.Export(X509ContentType.Pkcs12));
        File.WriteAllText(pem, certificaat.ExportCertificatePem());
        return (pfx, pem);
    }
}
