using Keten.Server.Toegang;
using Keten.Toegang;
using Keten.Toegang.Tests;
using Microsoft.Extensions.Configuration;

namespace Keten.Server.Tests.Toegang;

/// <summary>Keten:Toegang:Saml: absent means login off; present but wrong stops the start naming the key.</summary>
public sealed class SamlInstellingenLezerTests : IDisposable
{
    private readonly string map = Directory.CreateTempSubdirectory("keten-saml-instellingen-").FullName;

    public void Dispose() => Directory.Delete(map, recursive: true);

    [Fact]
    public void Zonder_entity_id_is_inloggen_niet_ingesteld()
    {
        Assert.Null(SamlInstellingenLezer.Lees(Configuratie([])));
    }

    [Fact]
    public void Een_volledige_configuratie_met_pem_bestanden_wordt_gelezen()
    {
        var instellingen = SamlInstellingenLezer.Lees(Configuratie(Volledig()));

        Assert.NotNull(instellingen);
        Assert.True(instellingen.Dienstverlener.Ondertekening.Certificaat.HasPrivateKey);
        Assert.Equal(instellingen.Dienstverlener.Ondertekening, Assert.Single(instellingen.Dienstverlener.Ontsleuteling));
        Assert.Equal(Betrouwbaarheidsniveau.Loa3, instellingen.StandaardDienst.MinimaalNiveau);
        Assert.Equal(TestSleutels.Herkenningsmakelaar.Certificaat.Thumbprint, Assert.Single(instellingen.Herkenningsmakelaar.Certificaten).KeyName);
        Assert.False(instellingen.RedirectBinding);
    }

    [Theory]
    [InlineData("Ondertekening:Sleutel", "", "Keten:Toegang:Saml:Ondertekening needs the private key")]
    [InlineData("Herkenningsmakelaar:ArtifactResolutionServiceUrl", "", "Keten:Toegang:Saml:Herkenningsmakelaar:ArtifactResolutionServiceUrl is missing")]
    [InlineData("Diensten:0:MinimaalNiveau", "loa1", "Keten:Toegang:Saml:Diensten:0:MinimaalNiveau must be loa2, loa2plus, loa3 or loa4")]
    [InlineData("Herkenningsmakelaar:Certificaten:0:Certificaat", "/bestaat/niet.pem", "Keten:Toegang:Saml:Herkenningsmakelaar:Certificaten:0 could not be loaded")]
    [InlineData("Binding", "Artifact", "Keten:Toegang:Saml:Binding must be Post or Redirect")]
    public void Een_fout_in_de_configuratie_noemt_de_sleutel(string sleutel, string waarde, string melding)
    {
        var instellingen = Volledig();
        instellingen[$"{SamlOpties.Sectie}:{sleutel}"] = waarde;

        var fout = Assert.Throws<InvalidOperationException>(() => SamlInstellingenLezer.Lees(Configuratie(instellingen)));

        Assert.StartsWith(melding, fout.Message, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Volledig()
    {
        var certificaat = Path.Combine(map, "keten.pem");
        var sleutel = Path.Combine(map, "keten.key");
        File.WriteAllText(certificaat, TestSleutels.Dienstverlener.Certificaat.ExportCertificatePem());
        File.WriteAllText(sleutel, System.Security.Cryptography.X509Certificates.RSACertificateExtensions.GetRSAPrivateKey(TestSleutels.Dienstverlener.Certificaat)!.ExportPkcs8PrivateKeyPem());
        var hm = Path.Combine(map, "hm.pem");
        File.WriteAllText(hm, TestSleutels.Herkenningsmakelaar.Certificaat.ExportCertificatePem());
        const string s = SamlOpties.Sectie;
        return new()
        {
            [$"{s}:EntityId"] = SamlOmgeving.DvEntityId,
            [$"{s}:AssertionConsumerServiceUrls:0"] = "https://keten.test/toegang/saml/acs",
            [$"{s}:Ondertekening:Certificaat"] = certificaat,
            [$"{s}:Ondertekening:Sleutel"] = sleutel,
            [$"{s}:Herkenningsmakelaar:EntityId"] = SamlOmgeving.HmEntityId,
            [$"{s}:Herkenningsmakelaar:SingleSignOnServiceUrl"] = "https://hm.test/sso",
            [$"{s}:Herkenningsmakelaar:ArtifactResolutionServiceUrl"] = SamlOmgeving.ArsUrl,
            [$"{s}:Herkenningsmakelaar:Certificaten:0:Certificaat"] = hm,
            [$"{s}:Diensten:0:Index"] = "1",
            [$"{s}:Diensten:0:ServiceId"] = ResponseBouwer.ServiceId,
            [$"{s}:Diensten:0:Naam"] = "DUO Zakelijk",
        };
    }

    private static IConfiguration Configuratie(Dictionary<string, string?> waarden) =>
        new ConfigurationBuilder().AddInMemoryCollection(waarden).Build();
}
