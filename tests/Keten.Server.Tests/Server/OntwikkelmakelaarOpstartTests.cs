using System.Net;
using Keten.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Keten.Server.Tests.Server;

/// <summary>The real server with the development broker switched on: served in Development, refused at start in Production.</summary>
public sealed class OntwikkelmakelaarOpstartTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Aan = new()
    {
        ["Keten:Ontwikkelmakelaar:Aan"] = "true",
        ["Keten:Ontwikkelmakelaar:OidcClients:0:ClientId"] = "keten",
        ["Keten:Ontwikkelmakelaar:OidcClients:0:ClientSecret"] = "ontwikkeling",
        ["Keten:Ontwikkelmakelaar:OidcClients:0:RedirectUris:0"] = "http://localhost/signin-oidc",
    };
    private readonly TestDatabase _database = KetenConnectionStrings.Sqlite();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task In_Development_biedt_de_server_de_makelaar_met_de_besturen_uit_de_referentiedata()
    {
        await using var server = new KetenTestServer(_database.ConnectionString, instellingen: Aan);
        using var client = server.CreateClient();

        var metadata = await client.GetAsync("/ontwikkelmakelaar/saml/metadata");
        var ontdekking = await client.GetStringAsync("/ontwikkelmakelaar/oidc/.well-known/openid-configuration");
        var pagina = await client.GetStringAsync(
            "/ontwikkelmakelaar/oidc/authorize?client_id=keten&redirect_uri=http%3A%2F%2Flocalhost%2Fsignin-oidc&response_type=code&scope=openid&code_challenge=abc&code_challenge_method=S256");

        Assert.Equal(HttpStatusCode.OK, metadata.StatusCode);
        Assert.Contains("IDPSSODescriptor", await metadata.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"code_challenge_methods_supported\":[\"S256\"]", ontdekking, StringComparison.Ordinal);
        Assert.Contains("Stichting ROC Voorbeeld (100B001, KvK 41234567)", pagina, StringComparison.Ordinal);
        Assert.Contains("J. Beheerder (100B001)", pagina, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zonder_de_instelling_is_de_makelaar_er_niet()
    {
        await using var server = new KetenTestServer(_database.ConnectionString);
        using var client = server.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/ontwikkelmakelaar/saml/metadata")).StatusCode);
    }

    [Fact]
    public async Task In_Production_laat_de_instelling_de_start_mislukken()
    {
        await using var server = new KetenTestServer(_database.ConnectionString, instellingen: Aan)
            .WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var fout = Assert.ThrowsAny<Exception>(() => server.CreateClient());

        Assert.Contains("Keten:Ontwikkelmakelaar:Aan is true in environment 'Production'", fout.ToString(), StringComparison.Ordinal);
    }
}
