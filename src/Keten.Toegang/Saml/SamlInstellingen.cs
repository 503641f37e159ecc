using System.Security.Cryptography.X509Certificates;

namespace Keten.Toegang.Saml;

/// <summary>A certificate as metadata names it: the KeyName a signature's KeyInfo may carry, and the certificate.</summary>
public sealed record SamlCertificaat(string KeyName, X509Certificate2 Certificaat);

/// <summary>Keten as dienstverlener: its entity ID, ACS endpoints (index = position), and its own keys.</summary>
public sealed record SamlDienstverlener(
    string EntityId,
    IReadOnlyList<string> AssertionConsumerServiceUrls,
    SamlCertificaat Ondertekening,
    IReadOnlyList<SamlCertificaat> Ontsleuteling);

/// <summary>
/// The herkenningsmakelaar as its metadata describes it. <see cref="AdviesCertificaten"/> are the further
/// certificates (authenticatiediensten, machtigingenregisters) trusted for signed assertions inside Advice.
/// </summary>
public sealed record SamlHerkenningsmakelaar(
    string EntityId,
    IReadOnlyList<SamlCertificaat> Certificaten,
    string ArtifactResolutionServiceUrl,
    IReadOnlyList<SamlCertificaat> AdviesCertificaten);

/// <summary>Tolerances: clock skew on every time check, and how long a Response ID is remembered against replay.</summary>
public sealed record SamlControles(TimeSpan Klokafwijking, TimeSpan ReplayBewaartermijn)
{
    public static SamlControles Standaard { get; } = new(TimeSpan.FromMinutes(2), TimeSpan.FromDays(366));
}
