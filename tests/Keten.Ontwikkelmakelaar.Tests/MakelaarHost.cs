using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Keten.Application.Rio;
using Keten.Domain.Referentie;
using Keten.Toegang.Saml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Keten.Ontwikkelmakelaar.Tests;

/// <summary>
/// The development broker in a host of its own on a TestServer (http://makelaar.test), configured for one DV
/// whose certificate file the test writes, with reference data holding a board with and one without a KvK number.
/// </summary>
public sealed class MakelaarHost : IAsyncDisposable
{
    public const string DvEntityId = "urn:etoegang:DV:00000001123456789000:entities:1";
    public const string AcsUrl = "https://keten.test/saml/acs";
    public const string Basis = "http://makelaar.test/ontwikkelmakelaar";
    public const string ClientId = "keten-rp";
    public const string ClientSecret = "geheim-voor-tests";
    public const string RedirectUri = "http://rp.test/signin-oidc";


    public static Referentiedata Referentie { get; } = new(
        [new Onderwijsbestuur("100B001", "Stichting ROC Voorbeeld", "41234567", "00000001123456789000"),
         new Onderwijsbestuur("100B002", "Stichting Zonder KvK", null, "00000001990100000002")],
        [], [], [],
        [new Medewerker("100B001", "J. Beheerder", "beheerder", null)]);

    public static SamlCertificaat Dienstverlener { get; } = MaakCertificaat("keten-dv");
    public static SamlCertificaat Indringer { get; } = MaakCertificaat("keten-dv");

    private readonly string _map;

    private MakelaarHost(WebApplication app, string map)
    {
        App = app;
        _map = map;
    }

    public WebApplication App { get; }
    public TestServer Server => App.GetTestServer();

    public HttpClient Client()
    {
        var client = Server.CreateClient();
        client.BaseAddress = new Uri("http://makelaar.test/");
        return client;
    }

    public static async Task<MakelaarHost> StartAsync(
        string omgeving = "Development", IReadOnlyDictionary<string, string?>? extra = null, bool dienstverlenerUitMetadata = false)
    {
        var map = Directory.CreateTempSubdirectory("keten-makelaar-").FullName;
        var host = new MakelaarHost(Bouw(omgeving, extra, Path.Combine(map, "keten-dv.pem"), dienstverlenerUitMetadata), map);
        await host.App.StartAsync();
        return host;
    }

    /// <summary>Builds the host as Program.cs does: AddOntwikkelmakelaar, then MapOntwikkelmakelaar; throws where the start would.</summary>
    /// <param name="dienstverlenerUitMetadata">Configure only the DV's metadata URL, served by this same host from the core's <see cref="SamlMetadata"/>.</param>
    public static WebApplication Bouw(string omgeving, IReadOnlyDictionary<string, string?>? extra, string certificaatBestand, bool dienstverlenerUitMetadata = false)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(certificaatBestand)!);
        File.WriteAllText(certificaatBestand, Dienstverlener.Certificaat.ExportCertificatePem());
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = omgeving });
        builder.WebHost.UseTestServer();
        var instellingen = new Dictionary<string, string?>
        {
            ["Keten:Ontwikkelmakelaar:Aan"] = "true",
            ["Keten:Ontwikkelmakelaar:OidcClients:0:ClientId"] = ClientId,
            ["Keten:Ontwikkelmakelaar:OidcClients:0:ClientSecret"] = ClientSecret,
            ["Keten:Ontwikkelmakelaar:OidcClients:0:RedirectUris:0"] = RedirectUri,
        };
        if (dienstverlenerUitMetadata)
        {
            instellingen["Keten:Ontwikkelmakelaar:Dienstverlener:MetadataUrl"] = "http://makelaar.test/sp/metadata";
            builder.Services.AddHttpClient("Ontwikkelmakelaar")
                .ConfigurePrimaryHttpMessageHandler(sp => ((TestServer)sp.GetRequiredService<IServer>()).CreateHandler());
        }
        else
        {
            instellingen["Keten:Ontwikkelmakelaar:Dienstverlener:EntityId"] = DvEntityId;
            instellingen["Keten:Ontwikkelmakelaar:Dienstverlener:AcsUrls:0"] = AcsUrl;
            instellingen["Keten:Ontwikkelmakelaar:Dienstverlener:Certificaten:0"] = certificaatBestand;
        }
        builder.Configuration.AddInMemoryCollection(instellingen);
        if (extra is not null)
        {
            builder.Configuration.AddInMemoryCollection(extra);
        }
        var referentie = new ReferentiedataBron();
        referentie.Vervang(Referentie);
        builder.Services.AddSingleton(referentie);
        builder.AddOntwikkelmakelaar();
        var app = builder.Build();
        app.MapOntwikkelmakelaar();
        app.MapGet("/sp/metadata", () => SamlMetadata.Maak(new SamlDienstverlener(DvEntityId, [AcsUrl], Dienstverlener, [Dienstverlener]), []).OuterXml);
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(_map, recursive: true);
    }

    private static SamlCertificaat MaakCertificaat(string naam)
    {
        using var rsa = RSA.Create(2048);
        var verzoek = new CertificateRequest($"CN={naam}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return new SamlCertificaat(naam, verzoek.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1)));
    }
}
