using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Keten.Server.Tests.Soap.Beveiliging;

/// <summary>
/// Self-made PKI for the M2M tests: a trusted CA (stands in for PKIoverheid) issuing a school's organisation
/// certificate (subject serialNumber = its OIN) and Keten's own TLS and signing certificate; an expired school
/// certificate from the same CA; and an untrusted CA with a school certificate of its own. The PEM files the
/// server is configured with are written to a scratch directory.
/// </summary>
public sealed class M2mCertificaten : IDisposable
{
    public const string KetenOin = SoapEnvelopes.DuoOin;

    public M2mCertificaten()
    {
        using var caSleutel = RSA.Create(2048);
        Ca = MaakCa("CN=Keten Test PKIoverheid Organisatie CA", caSleutel);
        using var vreemdeSleutel = RSA.Create(2048);
        VreemdeCa = MaakCa("CN=Onbekende CA", vreemdeSleutel);
        var nu = DateTimeOffset.UtcNow;
        School = Geef(Ca, SoapEnvelopes.SchoolOin, "school.example", nu.AddDays(-1), nu.AddYears(1), server: false);
        Verlopen = Geef(Ca, SoapEnvelopes.SchoolOin, "school.example", nu.AddYears(-2), nu.AddDays(-1), server: false);
        Onvertrouwd = Geef(VreemdeCa, SoapEnvelopes.SchoolOin, "school.example", nu.AddDays(-1), nu.AddYears(1), server: false);
        Keten = Geef(Ca, KetenOin, "localhost", nu.AddDays(-1), nu.AddYears(1), server: true);

        CaPem = Schrijf("ca.pem", Ca.ExportCertificatePem());
        KetenCertificaatPem = Schrijf("keten.pem", Keten.ExportCertificatePem());
        KetenSleutelPem = Schrijf("keten-sleutel.pem", Keten.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
    }

    public string Map { get; } = Directory.CreateTempSubdirectory("keten-m2m-").FullName;

    public X509Certificate2 Ca { get; }

    public X509Certificate2 VreemdeCa { get; }

    public X509Certificate2 School { get; }

    public X509Certificate2 Verlopen { get; }

    public X509Certificate2 Onvertrouwd { get; }

    public X509Certificate2 Keten { get; }

    public string CaPem { get; }

    public string KetenCertificaatPem { get; }

    public string KetenSleutelPem { get; }

    /// <summary>A certificate with its key as PEM files (for xmlsec1); returns (key, certificate) paths.</summary>
    public (string Sleutel, string Certificaat) AlsPem(X509Certificate2 certificaat, string naam) =>
        (Schrijf(naam + "-sleutel.pem", certificaat.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem()),
         Schrijf(naam + ".pem", certificaat.ExportCertificatePem()));

    public string Schrijf(string naam, string inhoud)
    {
        var pad = Path.Combine(Map, naam);
        File.WriteAllText(pad, inhoud);
        return pad;
    }

    /// <summary>A fresh organisation certificate of the trusted CA for <paramref name="oin"/>.</summary>
    public X509Certificate2 Organisatie(string oin)
    {
        var nu = DateTimeOffset.UtcNow;
        return Geef(Ca, oin, "organisatie.example", nu.AddDays(-1), nu.AddYears(1), server: false);
    }

    public void Dispose() => Directory.Delete(Map, recursive: true);

    private static X509Certificate2 MaakCa(string naam, RSA sleutel)
    {
        var verzoek = new CertificateRequest(naam, sleutel, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        verzoek.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        verzoek.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        verzoek.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(verzoek.PublicKey, false));
        return verzoek.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-5), DateTimeOffset.UtcNow.AddYears(5));
    }

    /// <summary>An organisation certificate as PKIoverheid issues it: the OIN as subject serialNumber.</summary>
    private static X509Certificate2 Geef(X509Certificate2 ca, string oin, string cn, DateTimeOffset van, DateTimeOffset tot, bool server)
    {
        using var sleutel = RSA.Create(2048);
        var verzoek = new CertificateRequest($"CN={cn}, O=Keten Test, serialNumber={oin}, C=NL", sleutel,
            HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        verzoek.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        verzoek.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.NonRepudiation, true));
        verzoek.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.2"), new Oid("1.3.6.1.5.5.7.3.1")], false));
        verzoek.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        if (server)
        {
            var namen = new SubjectAlternativeNameBuilder();
            namen.AddDnsName("localhost");
            namen.AddIpAddress(IPAddress.Loopback);
            verzoek.CertificateExtensions.Add(namen.Build());
        }
        var serienummer = RandomNumberGenerator.GetBytes(16);
        serienummer[0] &= 0x7F;
        using var uitgegeven = verzoek.Create(ca, van, tot, serienummer);
        // Through PKCS#12 so the key is usable by the TLS stack, as a certificate from a file would be.
        using var metSleutel = uitgegeven.CopyWithPrivateKey(sleutel);
        return X509CertificateLoader.LoadPkcs12(metSleutel.Export(X509ContentType.Pkcs12), null);
    }
}
