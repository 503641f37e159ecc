using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Keten.Ontwikkelmakelaar.Tests;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Server;
using Keten.Server.Toegang;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Keten.Server.Tests.Toegang;

/// <summary>
/// `dotnet run`'s SAML login: in Development with the development broker on and no Keten:Toegang:Saml configured, the
/// SAML door is Keten as the broker's dienstverlener (<see cref="OntwikkelSaml"/>), keys made at start; a login by
/// Artifact and by POST ends in a session, and with the demo on the demo beheerder is known as the medewerker (the same
/// pseudonym as over OIDC). The artifact back channel goes through the same test server.
/// </summary>
public sealed class OntwikkelSamlLoginTests() : DatabaseTest(StoreKind.Sqlite, null)
{
    private KetenTestServer? server;
    private HttpClient browser = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        server = new KetenTestServer(ConnectionString, demo: true, instellingen: new Dictionary<string, string>
        {
            ["Keten:Ontwikkelmakelaar:Aan"] = "true",
            ["Keten:Ontwikkelmakelaar:BasisUrl"] = "https://localhost",
        }, diensten: s => s.AddHttpClient(SamlLogin.HttpClientNaam).ConfigurePrimaryHttpMessageHandler(() => server!.Server.CreateHandler()));
        server.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        browser = server.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
    }

    public override async Task DisposeAsync()
    {
        browser.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    [Theory]
    [InlineData("artifact")]
    [InlineData("post")]
    public async Task Without_a_SAML_broker_configured_Development_logs_in_through_the_development_broker(string binding)
    {
        var aanvraag = await browser.GetStringAsync("/toegang/saml/login?returnUrl=/toegang/ik");
        using var keuzepagina = await browser.PostAsync(Formulier.Actie(aanvraag), new FormUrlEncodedContent(Formulier.Verborgen(aanvraag)));
        var keuze = await keuzepagina.Content.ReadAsStringAsync();
        Assert.StartsWith("https://localhost/ontwikkelmakelaar/saml/sso", Formulier.Actie(aanvraag), StringComparison.Ordinal);

        using var antwoord = await browser.PostAsync(Formulier.Actie(keuze), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["verzoek"] = Formulier.Verborgen(keuze)["verzoek"],
            ["medewerker"] = "100B001|J. Beheerder",
            ["bestuur"] = "100B001",
            ["vestigingsnr"] = "",
            ["niveau"] = "loa3",
            ["binding"] = binding,
            ["actie"] = "inloggen",
        }));
        using var terug = binding == "artifact"
            ? await browser.GetAsync(antwoord.Headers.Location)
            : await PostFormulierAsync(await antwoord.Content.ReadAsStringAsync());

        Assert.True(terug.StatusCode == HttpStatusCode.Redirect, await terug.Content.ReadAsStringAsync());
        using var ik = await browser.GetAsync("/toegang/ik");
        Assert.Equal(HttpStatusCode.OK, ik.StatusCode);
        var json = await ik.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("41234567", json.GetProperty("legalSubject").GetString());
        Assert.Equal("urn:etoegang:HM:00000099999999999000:entities:1", json.GetProperty("herkenningsmakelaar").GetString());
        var medewerker = await browser.GetFromJsonAsync<JsonElement>("/api/toegang/ik");
        Assert.Equal("J. Beheerder", medewerker.GetProperty("naam").GetString());
    }

    private async Task<HttpResponseMessage> PostFormulierAsync(string html) =>
        await browser.PostAsync(Formulier.Actie(html), new FormUrlEncodedContent(Formulier.Verborgen(html)));
}
