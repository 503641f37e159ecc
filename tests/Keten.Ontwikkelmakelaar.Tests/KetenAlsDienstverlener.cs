using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Keten.Toegang;
using Keten.Toegang.Saml;

namespace Keten.Ontwikkelmakelaar.Tests;

/// <summary>
/// Keten's side exactly as the SP uses the core: its AuthnRequest maker, the HM as read from the broker's own
/// metadata, the artifact resolution over HTTP to the broker, and the Response checks.
/// </summary>
public sealed class KetenAlsDienstverlener(MakelaarHost host)
{
    public SamlDienstverlener Dienstverlener { get; } = new(
        MakelaarHost.DvEntityId, [MakelaarHost.AcsUrl], MakelaarHost.Dienstverlener, [MakelaarHost.Dienstverlener]);

    public InMemoryUitstaandeVerzoeken Verzoeken { get; } = new();
    public InMemoryReplayStore Replay { get; } = new();

    public SamlAuthnRequestMaker VerzoekMaker(SamlCertificaat? sleutel = null) =>
        new(Dienstverlener with { Ondertekening = sleutel ?? MakelaarHost.Dienstverlener }, Verzoeken, TimeProvider.System);

    /// <summary>The HM as its metadata describes it: entity ID, signing certificate with KeyName, ArtifactResolutionService.</summary>
    public async Task<SamlHerkenningsmakelaar> HerkenningsmakelaarAsync()
    {
        using var client = host.Client();
        var metadata = new XmlDocument();
        metadata.LoadXml(await client.GetStringAsync(MakelaarHost.Basis + "/saml/metadata"));
        var ns = new XmlNamespaceManager(metadata.NameTable);
        ns.AddNamespace("md", SamlNamen.Metadata);
        ns.AddNamespace("ds", SamlNamen.XmlDsig);
        var sleutel = metadata.SelectSingleNode("//md:IDPSSODescriptor/md:KeyDescriptor[@use='signing']/ds:KeyInfo", ns)!;
        var certificaat = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(sleutel.SelectSingleNode("ds:X509Data/ds:X509Certificate", ns)!.InnerText));
        return new SamlHerkenningsmakelaar(
            metadata.DocumentElement!.GetAttribute("entityID"),
            [new SamlCertificaat(sleutel.SelectSingleNode("ds:KeyName", ns)!.InnerText, certificaat)],
            ((XmlElement)metadata.SelectSingleNode("//md:ArtifactResolutionService", ns)!).GetAttribute("Location"),
            []);
    }

    public async Task<Authenticatiecontext> LosArtifactOpAsync(string samlArt)
    {
        var makelaar = await HerkenningsmakelaarAsync();
        SamlArtifact.Lees(samlArt, makelaar.EntityId);
        using var client = host.Client();
        var oplosser = new SamlArtifactOplosser(
            new SamlArtifactResolutie(Dienstverlener, makelaar, SamlControles.Standaard, Replay, TimeProvider.System),
            Verwerker(makelaar), makelaar, client);
        return await oplosser.LosOpAsync(samlArt, CancellationToken.None);
    }

    public async Task<Authenticatiecontext> VerwerkPostAsync(string samlResponse) =>
        Verwerker(await HerkenningsmakelaarAsync()).VerwerkPost(samlResponse);

    private SamlResponseVerwerker Verwerker(SamlHerkenningsmakelaar makelaar) =>
        new(Dienstverlener, makelaar, SamlControles.Standaard, Verzoeken, Replay, TimeProvider.System);
}
