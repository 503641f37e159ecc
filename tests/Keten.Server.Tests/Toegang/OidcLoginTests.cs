using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Keten.Ontwikkelmakelaar.Tests;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Server;
using Keten.Server.Toegang;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Keten.Server.Tests.Toegang;

/// <summary>Logging in through the OIDC door: the session, the level per service, cancel, refused return addresses and answers.</summary>
public abstract class OidcLoginTests(StoreKind kind, PostgresServer? postgres) : OidcLoginTestBasis(kind, postgres)
{
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
        Assert.Equal(ServiceId, json.GetProperty("serviceId").GetString());
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
        using var zonderKoekjes = Server.CreateClient(new WebApplicationFactoryClientOptions
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
}

public sealed class OidcLoginTestsOnSqlite() : OidcLoginTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class OidcLoginTestsOnPostgres(PostgresServer postgres) : OidcLoginTests(StoreKind.Postgres, postgres);
