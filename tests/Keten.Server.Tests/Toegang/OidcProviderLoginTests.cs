using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Keten.Ontwikkelmakelaar.Tests;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Server;
using Keten.Server.Toegang;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Keten.Server.Tests.Toegang;

/// <summary>
/// Keten's OIDC door against a standard OpenID provider (issue 7 point 9): oidc-provider in node, configured only
/// through Keten:Toegang:Oidc. Keten's browser is the test server's client; the provider's is a real HttpClient with
/// its own cookies that follows the provider's redirects (authorize, the interaction, resume) up to the form_post page.
/// </summary>
public abstract class OidcProviderLoginTests(StoreKind kind, PostgresServer? postgres) : DatabaseTest(kind, postgres)
{
    private const string ServiceId = "urn:etoegang:DV:00000001000000000000:services:1";
    private const string ServiceUuid = "5c0f2d3e-8a41-4b6e-9d2a-6f1e0c7b9a10";
    private const string Callback = "https://localhost/toegang/oidc/callback";
    private const string Pseudoniem = "ASP-SYNTHETISCH-OIDC-PROVIDER-0001";

    private OidcProviderPartner partner = null!;
    private KetenTestServer server = null!;
    private HttpClient browser = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var identiteiten = new Dictionary<string, OidcProviderIdentiteit>
        {
            ["eh3"] = new(Pseudoniem, "41234567", ServiceId, ServiceUuid, "loa3", "000012345678"),
            ["eh4"] = new(Pseudoniem, "41234567", ServiceId, ServiceUuid, "loa4"),
            ["eh2plus"] = new("ASP-SYNTHETISCH-OIDC-PROVIDER-0002", "41234567", ServiceId, ServiceUuid, "loa2plus"),
        };
        partner = await OidcProviderPartner.StartAsync("keten", "geheim-voor-de-test", Callback, identiteiten);
        server = new KetenTestServer(ConnectionString, instellingen: new Dictionary<string, string>
        {
            [$"{OidcOpties.Sectie}:Authority"] = partner.Issuer.AbsoluteUri.TrimEnd('/'),
            [$"{OidcOpties.Sectie}:RequireHttpsMetadata"] = "false",
            [$"{OidcOpties.Sectie}:ClientId"] = "keten",
            [$"{OidcOpties.Sectie}:ClientSecret"] = "geheim-voor-de-test",
            [$"{OidcOpties.Sectie}:Scopes:0"] = "etoegang",
            [$"{OidcOpties.Sectie}:MinimaalNiveau"] = "loa3",
            [$"{OidcOpties.Sectie}:ServiceIds:0"] = ServiceId,
        });
        // The handler checks the id_token's and nonce's times against the real clock.
        server.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        browser = NieuweBrowser();
    }

    public override async Task DisposeAsync()
    {
        browser.Dispose();
        await server.DisposeAsync();
        await partner.DisposeAsync();
        await base.DisposeAsync();
    }

    [Theory]
    [InlineData("eh3", "loa3")]
    [InlineData("eh4", "loa4")]
    public async Task Code_flow_with_PKCE_ends_in_a_session_with_the_providers_eTOEGANG_claims(string identiteit, string niveau)
    {
        var formulier = await ProviderAntwoordAsync(browser, identiteit);

        using var terug = await PostAsync(browser, formulier);

        Assert.Equal(HttpStatusCode.Redirect, terug.StatusCode);
        Assert.Equal("/portaal", terug.Headers.Location!.OriginalString);
        using var ik = await browser.GetAsync("/toegang/ik");
        Assert.Equal(HttpStatusCode.OK, ik.StatusCode);
        var json = await ik.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("urn:etoegang:1.9:EntityConcernedID:KvKnr", json.GetProperty("legalSubjectType").GetString());
        Assert.Equal("41234567", json.GetProperty("legalSubject").GetString());
        Assert.Equal(ToegangIk.Kenmerk(Pseudoniem), json.GetProperty("actingSubjectKenmerk").GetString());
        Assert.Equal(ServiceId, json.GetProperty("serviceId").GetString());
        Assert.Equal(ServiceUuid, json.GetProperty("serviceUuid").GetString());
        Assert.Equal("urn:etoegang:core:assurance-class:" + niveau, json.GetProperty("niveau").GetString());
        Assert.Equal(partner.Issuer.AbsoluteUri.TrimEnd('/'), json.GetProperty("herkenningsmakelaar").GetString());
        Assert.Equal(identiteit == "eh3" ? "000012345678" : null, json.GetProperty("vestigingsnr").GetString());
    }

    [Fact]
    public async Task Login_at_EH2plus_ends_on_the_level_too_low_page_without_a_session()
    {
        var formulier = await ProviderAntwoordAsync(browser, "eh2plus");

        using var terug = await PostAsync(browser, formulier);

        var html = await OidcLoginTestBasis.PaginaAsync(terug, HttpStatusCode.Forbidden);
        Assert.Contains("Betrouwbaarheidsniveau te laag", html, StringComparison.Ordinal);
        Assert.Contains("EH2+ (loa2plus)", html, StringComparison.Ordinal);
        Assert.Contains("EH3 (loa3)", html, StringComparison.Ordinal);
        await AssertGeenSessieAsync(browser);
    }

    [Fact]
    public async Task A_tampered_state_is_refused_without_a_session()
    {
        var formulier = await ProviderAntwoordAsync(browser, "eh3");
        var velden = Formulier.Verborgen(formulier);
        velden["state"] = velden["state"][..^4] + (velden["state"].EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        using var terug = await browser.PostAsync(Callback, new FormUrlEncodedContent(velden));

        await AssertOidcMisluktAsync(terug);
        await AssertGeenSessieAsync(browser);
    }

    [Fact]
    public async Task The_answer_to_another_browsers_login_is_refused_without_a_session()
    {
        using var ander = NieuweBrowser();
        await ProviderAntwoordAsync(browser, "eh3");
        var antwoordAanDeAnder = await ProviderAntwoordAsync(ander, "eh3");

        using var terug = await PostAsync(browser, antwoordAanDeAnder);

        await AssertOidcMisluktAsync(terug);
        await AssertGeenSessieAsync(browser);
    }

    [Fact]
    public async Task An_id_token_with_another_nonce_is_refused_without_a_session()
    {
        var formulier = await ProviderAntwoordAsync(browser, "eh3",
            authorize => authorize.Replace("nonce=", "nonce=ander", StringComparison.Ordinal));

        using var terug = await PostAsync(browser, formulier);

        await AssertOidcMisluktAsync(terug);
        await AssertGeenSessieAsync(browser);
    }

    private HttpClient NieuweBrowser() => server.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>
    /// Keten's login up to the provider's form_post page for Keten's callback: the authorize request Keten sends
    /// (PKCE S256, a nonce, acr_values loa3), with the login_hint that picks the identity and an optional change.
    /// </summary>
    private async Task<string> ProviderAntwoordAsync(HttpClient keten, string identiteit, Func<string, string>? wijzig = null)
    {
        using var uitdaging = await keten.GetAsync("/toegang/oidc/login?returnUrl=/portaal");
        Assert.Equal(HttpStatusCode.Redirect, uitdaging.StatusCode);
        var authorize = uitdaging.Headers.Location!.AbsoluteUri;
        Assert.StartsWith(partner.Issuer.AbsoluteUri + "auth?", authorize, StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", authorize, StringComparison.Ordinal);
        Assert.Contains("nonce=", authorize, StringComparison.Ordinal);
        Assert.Contains("acr_values=urn%3Aetoegang%3Acore%3Aassurance-class%3Aloa3", authorize, StringComparison.Ordinal);

        using var providerBrowser = new HttpClient(new SocketsHttpHandler { UseCookies = true, AllowAutoRedirect = true });
        var verzoek = (wijzig ?? (a => a))(authorize) + "&login_hint=" + identiteit;
        using var antwoord = await providerBrowser.GetAsync(new Uri(verzoek));
        var html = await antwoord.Content.ReadAsStringAsync();
        if (antwoord.StatusCode != HttpStatusCode.OK || Formulier.Actie(html) != Callback)
        {
            Assert.Fail($"oidc-provider answered {(int)antwoord.StatusCode} at {antwoord.RequestMessage?.RequestUri}:\n{html}\n{partner.Uitvoer}");
        }

        return html;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient keten, string formulier) =>
        keten.PostAsync(Formulier.Actie(formulier), new FormUrlEncodedContent(Formulier.Verborgen(formulier)));

    private static async Task AssertOidcMisluktAsync(HttpResponseMessage terug)
    {
        var html = await OidcLoginTestBasis.PaginaAsync(terug, HttpStatusCode.BadRequest);
        Assert.Contains("OidcMislukt", html, StringComparison.Ordinal);
        Assert.DoesNotContain(terug.Headers.TryGetValues("Set-Cookie", out var koekjes) ? koekjes : [],
            c => c.StartsWith(ToegangSessie.CookieNaam + "=", StringComparison.Ordinal));
    }

    private static async Task AssertGeenSessieAsync(HttpClient keten) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await keten.GetAsync("/toegang/ik")).StatusCode);
}

public sealed class OidcProviderLoginTestsOnSqlite() : OidcProviderLoginTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class OidcProviderLoginTestsOnPostgres(PostgresServer postgres) : OidcProviderLoginTests(StoreKind.Postgres, postgres);
