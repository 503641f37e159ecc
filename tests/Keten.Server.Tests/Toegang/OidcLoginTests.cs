using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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
public abstract class OidcLoginTests(StoreKind kind, PostgresServer? postgres) : DatabaseTest(kind, postgres)
{
    private const string Callback = "https://localhost/toegang/oidc/callback";

    private KetenTestServer? server;

    private HttpClient Browser { get; set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        server = new KetenTestServer(ConnectionString, instellingen: new Dictionary<string, string>
        {
            ["Keten:Ontwikkelmakelaar:Aan"] = "true",
            ["Keten:Ontwikkelmakelaar:OidcClients:0:ClientId"] = "keten",
            ["Keten:Ontwikkelmakelaar:OidcClients:0:ClientSecret"] = "ontwikkeling",
            ["Keten:Ontwikkelmakelaar:OidcClients:0:RedirectUris:0"] = Callback,
            [$"{OidcOpties.Sectie}:Authority"] = "https://localhost/ontwikkelmakelaar/oidc",
            [$"{OidcOpties.Sectie}:ClientId"] = "keten",
            [$"{OidcOpties.Sectie}:ClientSecret"] = "ontwikkeling",
            [$"{OidcOpties.Sectie}:MinimaalNiveau"] = "loa3",
        }, diensten: s => s.Configure<OpenIdConnectOptions>(OidcLogin.Schema, o => o.BackchannelHttpHandler = server!.Server.CreateHandler()));
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

    [Fact]
    public async Task Inloggen_op_EH3_geeft_een_sessie_met_het_kvk_nummer_en_niveau_van_het_gekozen_bestuur()
    {
        using var terug = await LoginAsync("loa3", "inloggen");

        Assert.Equal(HttpStatusCode.Redirect, terug.StatusCode);
        Assert.Equal("/portaal", terug.Headers.Location!.OriginalString);
        Assert.Contains(terug.Headers.GetValues("Set-Cookie"), c => c.StartsWith(ToegangSessie.CookieNaam + "=", StringComparison.Ordinal));
        using var ik = await Browser.GetAsync("/toegang/ik");
        Assert.Equal(HttpStatusCode.OK, ik.StatusCode);
        var json = await ik.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("41234567", json.GetProperty("legalSubject").GetString());
        Assert.Equal("urn:etoegang:1.9:EntityConcernedID:KvKnr", json.GetProperty("legalSubjectType").GetString());
        Assert.Equal("urn:etoegang:core:assurance-class:loa3", json.GetProperty("niveau").GetString());
        Assert.Equal("https://localhost/ontwikkelmakelaar/oidc", json.GetProperty("herkenningsmakelaar").GetString());
    }

    [Fact]
    public async Task Inloggen_op_EH2plus_eindigt_op_de_pagina_niveau_te_laag_zonder_sessie()
    {
        using var terug = await LoginAsync("loa2plus", "inloggen");

        var html = await PaginaAsync(terug, HttpStatusCode.Forbidden);
        Assert.Contains("Betrouwbaarheidsniveau te laag", html, StringComparison.Ordinal);
        Assert.Contains("EH2+ (loa2plus)", html, StringComparison.Ordinal);
        Assert.Contains("EH3 (loa3)", html, StringComparison.Ordinal);
        Assert.Contains(OidcLogin.LoginAdres, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Browser.GetAsync("/toegang/ik")).StatusCode);
    }

    [Fact]
    public async Task Annuleren_bij_de_makelaar_eindigt_op_de_pagina_inloggen_geannuleerd()
    {
        using var terug = await LoginAsync("loa3", "annuleren");

        var html = await PaginaAsync(terug, HttpStatusCode.OK);
        Assert.Contains("Inloggen geannuleerd", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Browser.GetAsync("/toegang/ik")).StatusCode);
    }

    [Theory]
    [InlineData("//elders.example/portaal")]
    [InlineData("https://elders.example/portaal")]
    [InlineData("/\\elders.example")]
    public async Task Een_terugkeeradres_buiten_Keten_wordt_geweigerd(string returnUrl)
    {
        using var antwoord = await Browser.GetAsync("/toegang/oidc/login?returnUrl=" + Uri.EscapeDataString(returnUrl));

        var html = await PaginaAsync(antwoord, HttpStatusCode.BadRequest);
        Assert.Contains("Ongeldig terugkeeradres", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_antwoord_zonder_de_eigen_correlatiecookie_wordt_geweigerd()
    {
        using var zonderKoekjes = server!.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        var formulier = await BrokerAntwoordAsync("loa3", "inloggen");

        using var terug = await zonderKoekjes.PostAsync(Formulier.Actie(formulier), new FormUrlEncodedContent(Formulier.Verborgen(formulier)));

        var html = await PaginaAsync(terug, HttpStatusCode.BadRequest);
        Assert.Contains("OidcMislukt", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zonder_instelling_antwoordt_de_oidc_login_met_de_pagina_niet_ingesteld()
    {
        await using var zonder = new KetenTestServer(ConnectionString);
        using var browser = zonder.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        using var antwoord = await browser.GetAsync("/toegang/oidc/login");

        var html = await PaginaAsync(antwoord, HttpStatusCode.ServiceUnavailable);
        Assert.Contains(OidcOpties.Sectie, html, StringComparison.Ordinal);
    }

    /// <summary>The login up to the broker's form_post page (the code or access_denied for Keten's callback).</summary>
    private async Task<string> BrokerAntwoordAsync(string niveau, string actie)
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
            ["medewerker"] = "100B001|J. Beheerder",
            ["bestuur"] = "100B001",
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
    private async Task<HttpResponseMessage> LoginAsync(string niveau, string actie)
    {
        var formulier = await BrokerAntwoordAsync(niveau, actie);
        return await Browser.PostAsync(Formulier.Actie(formulier), new FormUrlEncodedContent(Formulier.Verborgen(formulier)));
    }

    private static async Task<string> PaginaAsync(HttpResponseMessage antwoord, HttpStatusCode status)
    {
        Assert.Equal(status, antwoord.StatusCode);
        Assert.Equal("text/html", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", antwoord.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        return WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync());
    }
}

public sealed class OidcLoginTestsOnSqlite() : OidcLoginTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class OidcLoginTestsOnPostgres(PostgresServer postgres) : OidcLoginTests(StoreKind.Postgres, postgres);
