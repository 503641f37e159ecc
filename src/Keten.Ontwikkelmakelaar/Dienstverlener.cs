using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Keten.Toegang.Saml;

namespace Keten.Ontwikkelmakelaar;

/// <summary>
/// The DV the broker answers, from its configuration or its SP metadata: the entity ID (the only accepted Issuer, the
/// Audience), the ACS URLs by index, the certificates that verify its requests, and the one the broker encrypts for.
/// </summary>
internal sealed record Dienstverlener(
    string EntityId, IReadOnlyList<string> AcsUrls, IReadOnlyList<SamlCertificaat> Certificaten, SamlCertificaat? Versleuteling)
{
    /// <summary>The OIN from <c>urn:etoegang:DV:&lt;OIN&gt;:entities:&lt;n&gt;</c>; it goes into the ServiceID.</summary>
    public string Oin => EntityId.Split(':') is [_, "etoegang", "DV", var oin, ..]
        ? oin
        : throw new InvalidOperationException($"The DV entity ID is no urn:etoegang:DV:<OIN>:entities:<n>.");

    public static Dienstverlener UitOpties(DienstverlenerOpties opties)
    {
        ArgumentNullException.ThrowIfNull(opties);
        List<SamlCertificaat> certificaten = [.. opties.Certificaten.Select(DienstverlenerCertificaat.Laad)];
        return new Dienstverlener(opties.EntityId, opties.AcsUrls, certificaten, certificaten.FirstOrDefault());
    }

    /// <summary>
    /// Reads an SP EntityDescriptor (as <see cref="SamlMetadata"/> writes it): KeyDescriptors without <c>use</c> or
    /// with <c>signing</c> verify, the first without <c>use</c> or with <c>encryption</c> encrypts; the
    /// AssertionConsumerService Locations in the order of their <c>index</c>.
    /// </summary>
    public static Dienstverlener UitMetadata(XmlDocument metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var entity = metadata.DocumentElement is { LocalName: "EntityDescriptor", NamespaceURI: SamlNamen.Metadata } e
            ? e
            : throw new InvalidOperationException("The DV metadata has no EntityDescriptor.");
        var sp = entity.Kind(SamlNamen.Metadata, "SPSSODescriptor")
            ?? throw new InvalidOperationException("The DV metadata has no SPSSODescriptor.");
        var sleutels = sp.Kinderen(SamlNamen.Metadata, "KeyDescriptor")
            .Select((k, i) => (Gebruik: k.Attribuut("use"), Certificaat: Certificaat(k, i)))
            .ToList();
        var acs = sp.Kinderen(SamlNamen.Metadata, "AssertionConsumerService")
            .OrderBy(a => int.Parse(a.GetAttribute("index"), System.Globalization.CultureInfo.InvariantCulture))
            .Select(a => a.GetAttribute("Location"))
            .ToList();
        return new Dienstverlener(
            entity.GetAttribute("entityID"),
            acs,
            [.. sleutels.Where(s => s.Gebruik is null or "signing").Select(s => s.Certificaat)],
            sleutels.FirstOrDefault(s => s.Gebruik is null or "encryption").Certificaat);
    }

    private static SamlCertificaat Certificaat(XmlElement sleutel, int positie)
    {
        var keyInfo = sleutel.Kind(SamlNamen.XmlDsig, "KeyInfo") ?? throw new InvalidOperationException("A KeyDescriptor has no KeyInfo.");
        var naam = keyInfo.Kind(SamlNamen.XmlDsig, "KeyName")?.InnerText.Trim() ?? $"dv-{positie}";
        var der = keyInfo.Kind(SamlNamen.XmlDsig, "X509Data")?.Kind(SamlNamen.XmlDsig, "X509Certificate")?.InnerText
            ?? throw new InvalidOperationException("A KeyDescriptor has no X509Certificate.");
        return new SamlCertificaat(naam, X509CertificateLoader.LoadCertificate(Convert.FromBase64String(der)));
    }
}
