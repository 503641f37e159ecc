using System.Net;
using Keten.Ontwikkelmakelaar.Tests;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Server;
using Keten.Server.Toegang;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Keten.Server.Tests.Toegang;

/// <summary>
/// The OIDC door end to end: the real server with Keten:Toegang:Oidc pointing at the development broker it hosts
/// itself; the OpenIdConnect handler's back channel (discovery, JWKS, token) goes through the same test server. The
/// browser is an HttpClient over https that keeps cookies and does not follow redirects; the broker's pages are filled
/// in with plain form posts.
/// </summary>
public abstract class OidcLoginTestBasis(StoreKind kind, PostgresServer? postgres) : DatabaseTest(kind, postgres)
{
    /// <summary>What the broker's client (service index 1 of its default dienstverlener) gets as ServiceID.</summary>
    protected const string ServiceId = "urn:etoegang:DV:00000001000000000000:services:1";

    protected const string Callback = "https://localhost/toegang/oidc/callback";

    private KetenTestServer? server;

    protected KetenTestServer Server => server ?? throw new InvalidOperationException("InitializeAsync has not run.");

    /// <summary>Further Keten:Toegang:Oidc settings of a test class.</summary>
    protected virtual IReadOnlyDictionary<string, string> ExtraInstellingen => new Dictionary<string, string>();

    /// <summary>Whether the server starts with the demo content (Keten:Demo).</summary>
    protected virtual bool Demo => false;

    protected HttpClient Browser { get; set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var instellingen = new Dictionary<string, string>
        {
            ["Keten:Ontwikkelmakelaar:Aan"] = "true",
            ["Keten:Ontwikkelmakelaar:OidcClients:0:ClientId"] = "keten",
            ["Keten:Ontwikkelmakelaar:OidcClients:0:ClientSecret"] = "ontwikkeling",
            ["Keten:Ontwikkelmakelaar:OidcClients:0:RedirectUris:0"] = Callback,
            [$"{OidcOpties.Sectie}:Authority"] = "https://localhost/ontwikkelmakelaar/oidc",
            [$"{OidcOpties.Sectie}:ClientId"] = "keten",
            [$"{OidcOpties.Sectie}:ClientSecret"] = "ontwikkeling",
            [$"{OidcOpties.Sectie}:MinimaalNiveau"] = "loa3",
            [$"{OidcOpties.Sectie}:ServiceIds:0"] = ServiceId,
        };
        foreach (var (sleutel, waarde) in ExtraInstellingen)
        {
            instellingen[sleutel] = waarde;
        }
        server = new KetenTestServer(ConnectionString, Demo, instellingen: instellingen, diensten: s => s.Configure<OpenIdConnectOptions>(OidcLogin.Schema, o => o.BackchannelHttpHandler = server!.Server.CreateHandler()));
        // The handler checks the id_token's and nonce's times against the real clock.
        server.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        Browser = server.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
    }

    public override async Task DisposeAsync()
    {
        Browser.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        await base.DisposeAsync();
    }

    /// <summary>The login up to the broker's form_post page (the code or access_denied for Keten's callback).</summary>
    protected async Task<string> BrokerAntwoordAsync(string niveau, string actie, string medewerker = "100B001|J. Beheerder", string bestuur = "100B001")
    {
        using var uitdaging = await Browser.GetAsync("/toegang/oidc/login?returnUrl=/portaal");
        Assert.Equal(HttpStatusCode.Redirect, uitdaging.StatusCode);
        var authorize = uitdaging.Headers.Location!;
        Assert.StartsWith("https://localhost/ontwikkelmakelaar/oidc/authorize?", authorize.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("acr_values=urn%3Aetoegang%3Acore%3Aassurance-class%3Aloa3", authorize.Query, StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", authorize.Query, StringComparison.Ordinal);
        foreach (var koekje in uitdaging.Headers.GetValues("Set-Cookie"))
        {
            Assert.Contains("secure", koekje, StringComparison.OrdinalIgnoreCase);
        }

        var keuze = await Browser.GetStringAsync(authorize);
        using var antwoord = await Browser.PostAsync(Formulier.Actie(keuze), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["verzoek"] = Formulier.Verborgen(keuze)["verzoek"],
            ["medewerker"] = medewerker,
            ["bestuur"] = bestuur,
            ["vestigingsnr"] = "",
            ["niveau"] = niveau,
            ["actie"] = actie,
        }));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var formulier = await antwoord.Content.ReadAsStringAsync();
        Assert.Equal(Callback, Formulier.Actie(formulier));
        return formulier;
    }

    /// <summary>The whole login: the broker's page answered, and its form posted to Keten's callback.</summary>
    protected async Task<HttpResponseMessage> LoginAsync(string niveau, string actie, string medewerker = "100B001|J. Beheerder", string bestuur = "100B001")
    {
        var formulier = await BrokerAntwoordAsync(niveau, actie, medewerker, bestuur);
        return await Browser.PostAsync(Formulier.Actie(formulier), new FormUrlEncodedContent(Formulier.Verborgen(formulier)));
    }

    internal static async Task<string> PaginaAsync(HttpResponseMessage antwoord, HttpStatusCode status)
    {
        Assert.Equal(status, antwoord.StatusCode);
        Assert.Equal("text/html", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", antwoord.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        return WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync());
    }
}
