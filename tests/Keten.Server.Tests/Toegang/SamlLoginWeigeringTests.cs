using System.Net;
using Keten.Server.Tests.Infrastructure;
using Keten.Toegang.Saml;
using Keten.Toegang.Tests;
using Microsoft.Extensions.Logging;

namespace Keten.Server.Tests.Toegang;

/// <summary>Every way a login is refused ends on a Dutch page with the right status, sets no session, and is logged by code.</summary>
public abstract class SamlLoginWeigeringTests(StoreKind kind, PostgresServer? postgres) : SamlLoginTestBasis(kind, postgres)
{
    [Fact]
    public async Task Een_login_op_EH2plus_wordt_geweigerd_met_een_pagina_die_zegt_waarom_en_wat_te_doen()
    {
        var (authnRequest, relayState) = await StartLoginAsync();
        var bouwer = Bouwer(authnRequest);
        bouwer.Niveau = "urn:etoegang:core:assurance-class:loa2plus";

        using var antwoord = await ArtifactGetAsync(bouwer.Bouw(), relayState);

        var pagina = await PaginaAsync(antwoord, HttpStatusCode.Forbidden);
        Assert.Contains("Betrouwbaarheidsniveau te laag", pagina);
        Assert.Contains("niveau EH2+ (loa2plus)", pagina);
        Assert.Contains("minimaal niveau EH3 (loa3) nodig", pagina);
        Assert.Contains("eHerkenning-beheerder", pagina);
        Assert.Contains("/toegang/saml/login?dienst=1", pagina);
        Assert.Contains("no-store", antwoord.Headers.CacheControl!.ToString());
        await AssertNietIngelogdAsync(antwoord);
        Assert.Contains(Log.Regels, r => r.Tekst.Contains("Loa2Plus below Loa3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Een_login_op_EH4_is_goed_genoeg()
    {
        var (authnRequest, relayState) = await StartLoginAsync();
        var bouwer = Bouwer(authnRequest);
        bouwer.Niveau = "urn:etoegang:core:assurance-class:loa4";

        using var antwoord = await ArtifactGetAsync(bouwer.Bouw(), relayState);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
    }

    [Fact]
    public async Task Hetzelfde_antwoord_nog_eens_wordt_geweigerd()
    {
        var (authnRequest, relayState) = await StartLoginAsync();
        var response = Bouwer(authnRequest).Bouw().MetOndertekendeAssertion();
        (await PostResponseAsync(response, relayState)).Dispose();
        (await Browser.PostAsync("/toegang/uitloggen", null)).Dispose();

        using var nogEens = await PostResponseAsync(response, relayState);

        Assert.Contains(SamlWeigering.OnbekendVerzoek.Tekst(), await PaginaAsync(nogEens, HttpStatusCode.BadRequest));
        await AssertNietIngelogdAsync(nogEens);
    }

    [Fact]
    public async Task Een_response_id_dat_al_gebruikt_is_wordt_ook_bij_een_nieuw_verzoek_geweigerd()
    {
        var (eerste, relayState) = await StartLoginAsync();
        (await PostResponseAsync(Bouwer(eerste).Bouw().MetOndertekendeAssertion(), relayState)).Dispose();
        (await Browser.PostAsync("/toegang/uitloggen", null)).Dispose();
        var (tweede, relayState2) = await StartLoginAsync();

        using var antwoord = await PostResponseAsync(Bouwer(tweede).Bouw().MetOndertekendeAssertion(), relayState2);

        var pagina = await PaginaAsync(antwoord, HttpStatusCode.BadRequest);
        Assert.Contains(SamlWeigering.BerichtAlGebruikt.Tekst(), pagina);
        Assert.Contains(nameof(SamlWeigering.BerichtAlGebruikt), pagina);
        Assert.Contains(Log.Regels, r => r.Niveau == LogLevel.Warning && r.Tekst.Contains("BerichtAlGebruikt", StringComparison.Ordinal));
        Assert.DoesNotContain(Log.Regels, r => r.Tekst.Contains(ResponseBouwer.KvkNummer, StringComparison.Ordinal)
            || r.Tekst.Contains(ResponseBouwer.ActingSubject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Een_artifact_wordt_maar_een_keer_opgelost()
    {
        var (authnRequest, relayState) = await StartLoginAsync();
        var samlArt = Ars.Bewaar(Bouwer(authnRequest).Bouw());
        var adres = $"/toegang/saml/acs?SAMLart={Uri.EscapeDataString(samlArt)}&RelayState={Uri.EscapeDataString(relayState)}";
        (await Browser.GetAsync(adres)).Dispose();

        using var nogEens = await Browser.GetAsync(adres);

        Assert.Contains(SamlWeigering.BerichtAlGebruikt.Tekst(), await PaginaAsync(nogEens, HttpStatusCode.BadRequest));
        Assert.Equal(1, Ars.Aanroepen);
    }

    [Fact]
    public async Task Een_antwoord_op_een_ander_verzoek_wordt_geweigerd()
    {
        var (authnRequest, relayState) = await StartLoginAsync();
        var bouwer = Bouwer(authnRequest);
        bouwer.InResponseTo = "_nooitgevraagd";

        using var antwoord = await ArtifactGetAsync(bouwer.Bouw(), relayState);

        Assert.Contains(SamlWeigering.OnbekendVerzoek.Tekst(), await PaginaAsync(antwoord, HttpStatusCode.BadRequest));
        await AssertNietIngelogdAsync(antwoord);
    }

    [Fact]
    public async Task Annuleren_geeft_een_vriendelijke_pagina_met_opnieuw_inloggen()
    {
        var (authnRequest, relayState) = await StartLoginAsync();
        var bouwer = Bouwer(authnRequest);
        bouwer.Status = $"""<samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder"><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:AuthnFailed"/></samlp:StatusCode>""";

        using var antwoord = await ArtifactGetAsync(bouwer.Bouw(), relayState);

        var pagina = await PaginaAsync(antwoord, HttpStatusCode.OK);
        Assert.Contains("Inloggen geannuleerd", pagina);
        Assert.Contains("href=\"/toegang/saml/login?dienst=1\"", pagina);
        await AssertNietIngelogdAsync(antwoord);
    }

    [Fact]
    public async Task Een_gewijzigd_ondertekend_antwoord_wordt_geweigerd()
    {
        var (authnRequest, relayState) = await StartLoginAsync();
        var response = Bouwer(authnRequest).Bouw().MetOndertekendeAssertion();
        var kvk = response.GetElementsByTagName("NameID", SamlNamen.Assertion).Cast<System.Xml.XmlElement>()
            .Single(e => e.InnerText == ResponseBouwer.KvkNummer);
        kvk.InnerText = "90000002";

        using var antwoord = await PostResponseAsync(response, relayState);

        var pagina = await PaginaAsync(antwoord, HttpStatusCode.BadRequest);
        Assert.Contains(SamlWeigering.HandtekeningOngeldig.Tekst(), pagina);
        Assert.DoesNotContain("90000002", pagina);
        await AssertNietIngelogdAsync(antwoord);
    }

    [Fact]
    public async Task Een_onondertekend_antwoord_via_POST_wordt_geweigerd()
    {
        var (authnRequest, relayState) = await StartLoginAsync();

        using var antwoord = await PostResponseAsync(Bouwer(authnRequest).Bouw(), relayState);

        Assert.Contains(SamlWeigering.HandtekeningOntbreekt.Tekst(), await PaginaAsync(antwoord, HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("https://aanvaller.test/")]
    [InlineData("//aanvaller.test/")]
    [InlineData("/\\aanvaller.test/")]
    [InlineData("portaal")]
    public async Task Een_terugkeeradres_buiten_Keten_wordt_geweigerd(string returnUrl)
    {
        using var antwoord = await Browser.GetAsync($"/toegang/saml/login?returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Contains("Ongeldig terugkeeradres", await PaginaAsync(antwoord, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Een_onbekende_relaystate_brengt_de_browser_naar_de_start()
    {
        var (authnRequest, _) = await StartLoginAsync();

        using var antwoord = await ArtifactGetAsync(Bouwer(authnRequest).Bouw(), "https://aanvaller.test/");

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal("/", antwoord.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Een_onbereikbare_artifact_resolution_service_geeft_502()
    {
        var (authnRequest, relayState) = await StartLoginAsync();
        Ars.Storing = HttpStatusCode.ServiceUnavailable;

        using var antwoord = await ArtifactGetAsync(Bouwer(authnRequest).Bouw(), relayState);

        Assert.Contains(SamlWeigering.ArtifactResolutieMislukt.Tekst(), await PaginaAsync(antwoord, HttpStatusCode.BadGateway));
    }

    [Fact]
    public async Task Een_machtiging_voor_een_onbekende_dienst_wordt_geweigerd()
    {
        var (authnRequest, relayState) = await StartLoginAsync();

        using var antwoord = await ArtifactGetAsync(MetServiceId(Bouwer(authnRequest).Bouw(), "urn:etoegang:DV:00000001234567890000:services:9"), relayState);

        Assert.Contains("Dienst niet bekend", await PaginaAsync(antwoord, HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task Een_acs_aanroep_zonder_bericht_krijgt_een_pagina()
    {
        using var antwoord = await Browser.GetAsync("/toegang/saml/acs");

        Assert.Contains("Geen inlogantwoord ontvangen", await PaginaAsync(antwoord, HttpStatusCode.BadRequest));
    }

    private static System.Xml.XmlDocument MetServiceId(System.Xml.XmlDocument response, string serviceId)
    {
        var attribuut = response.GetElementsByTagName("Attribute", SamlNamen.Assertion).Cast<System.Xml.XmlElement>()
            .Single(e => e.GetAttribute("Name") == SamlNamen.ServiceId);
        attribuut.InnerText = "";
        attribuut.AppendChild(response.CreateElement("saml", "AttributeValue", SamlNamen.Assertion))!.InnerText = serviceId;
        return response;
    }
}

public sealed class SamlLoginWeigeringTestsOnSqlite() : SamlLoginWeigeringTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class SamlLoginWeigeringTestsOnPostgres(PostgresServer postgres) : SamlLoginWeigeringTests(StoreKind.Postgres, postgres);
