using System.Net;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Toegang;
using Keten.Toegang.Saml;
using Keten.Toegang.Tests;

namespace Keten.Server.Tests.Toegang;

/// <summary>Logging in end to end: login page, the HM's answer by Artifact (GET and POST) and by POST, the session.</summary>
public abstract class SamlLoginTests(StoreKind kind, PostgresServer? postgres) : SamlLoginTestBasis(kind, postgres)
{
    [Fact]
    public async Task De_loginpagina_stuurt_een_door_Keten_ondertekend_AuthnRequest_voor_de_dienst_op_EH3()
    {
        using var pagina = await Browser.GetAsync("/toegang/saml/login?returnUrl=/portaal");
        var html = await pagina.Content.ReadAsStringAsync();
        var (authnRequest, relayState) = await StartLoginAsync();

        Assert.Contains("no-store", pagina.Headers.CacheControl!.ToString());
        Assert.Contains("no-cache", pagina.Headers.Pragma.ToString());
        Assert.Contains($"action=\"{SsoUrl}\"", html);
        Assert.Contains("<button type=\"submit\">", html);
        Assert.True(HandtekeningKlopt(authnRequest, await MetadataCertificaatAsync()));
        var verzoek = authnRequest.DocumentElement!;
        Assert.Equal("1", verzoek.GetAttribute("AttributeConsumingServiceIndex"));
        Assert.Equal("true", verzoek.GetAttribute("ForceAuthn"));
        Assert.Equal(SsoUrl, verzoek.GetAttribute("Destination"));
        Assert.Equal("urn:etoegang:core:assurance-class:loa3", verzoek.GetElementsByTagName("AuthnContextClassRef", SamlNamen.Assertion)[0]!.InnerText);
        Assert.InRange(relayState.Length, 16, 80);
        Assert.DoesNotContain("portaal", relayState);
    }

    [Fact]
    public async Task Inloggen_met_een_artifact_via_GET_geeft_een_sessie_met_de_hele_authenticatiecontext()
    {
        var (authnRequest, relayState) = await StartLoginAsync();

        using var antwoord = await ArtifactGetAsync(Bouwer(authnRequest).Bouw(), relayState);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal("/portaal", antwoord.Headers.Location!.OriginalString);
        Assert.Contains("no-store", antwoord.Headers.CacheControl!.ToString());
        var cookie = Assert.Single(antwoord.Headers.GetValues("Set-Cookie"), c => c.StartsWith(ToegangSessie.CookieNaam + "=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, Ars.Aanroepen);
        await AssertIngelogdAsync();
    }

    [Fact]
    public async Task Inloggen_met_een_artifact_via_POST()
    {
        var (authnRequest, relayState) = await StartLoginAsync();

        using var antwoord = await ArtifactPostAsync(Bouwer(authnRequest).Bouw(), relayState);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        await AssertIngelogdAsync();
    }

    [Fact]
    public async Task Inloggen_met_een_ondertekende_SAMLResponse_via_POST()
    {
        var (authnRequest, relayState) = await StartLoginAsync();

        using var antwoord = await PostResponseAsync(Bouwer(authnRequest).Bouw().MetOndertekendeAssertion(), relayState);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal("/portaal", antwoord.Headers.Location!.OriginalString);
        await AssertIngelogdAsync();
    }

    [Fact]
    public async Task Zonder_terugkeeradres_gaat_de_browser_na_het_inloggen_naar_de_start()
    {
        var (authnRequest, relayState) = await StartLoginAsync("/toegang/saml/login");

        using var antwoord = await ArtifactGetAsync(Bouwer(authnRequest).Bouw(), relayState);

        Assert.Equal("/", antwoord.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Niet_ingelogd_geeft_ik_401()
    {
        using var antwoord = await Browser.GetAsync("/toegang/ik");

        Assert.Equal(HttpStatusCode.Unauthorized, antwoord.StatusCode);
    }

    [Fact]
    public async Task Na_uitloggen_is_de_sessie_weg()
    {
        var (authnRequest, relayState) = await StartLoginAsync();
        (await ArtifactGetAsync(Bouwer(authnRequest).Bouw(), relayState)).Dispose();

        using var uitloggen = await Browser.PostAsync("/toegang/uitloggen", null);

        Assert.Equal(HttpStatusCode.NoContent, uitloggen.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Browser.GetAsync("/toegang/ik")).StatusCode);
    }

    [Fact]
    public async Task De_sessie_verloopt_na_een_kwartier_zonder_verzoeken()
    {
        var (authnRequest, relayState) = await StartLoginAsync();
        (await ArtifactGetAsync(Bouwer(authnRequest).Bouw(), relayState)).Dispose();
        Wacht(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, (await Browser.GetAsync("/toegang/ik")).StatusCode);

        Wacht(TimeSpan.FromMinutes(16));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Browser.GetAsync("/toegang/ik")).StatusCode);
    }

    [Fact]
    public async Task De_sessie_eindigt_na_acht_uur_ook_als_ze_steeds_gebruikt_wordt()
    {
        var (authnRequest, relayState) = await StartLoginAsync();
        (await ArtifactGetAsync(Bouwer(authnRequest).Bouw(), relayState)).Dispose();
        for (var kwartier = 0; kwartier < 7 * 6; kwartier++)
        {
            Wacht(TimeSpan.FromMinutes(10));
            Assert.Equal(HttpStatusCode.OK, (await Browser.GetAsync("/toegang/ik")).StatusCode);
        }

        Wacht(TimeSpan.FromMinutes(61));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Browser.GetAsync("/toegang/ik")).StatusCode);
    }

    [Fact]
    public async Task De_metadata_beschrijft_Keten_als_dienstverlener_met_de_dienst()
    {
        using var antwoord = await Browser.GetAsync("/toegang/saml/metadata");
        var xml = await antwoord.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal(ToegangEndpoints.MetadataType, antwoord.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"entityID=\"{SamlOmgeving.DvEntityId}\"", xml);
        Assert.Contains($"Location=\"{AcsUrl}\"", xml);
        Assert.Contains($"Name=\"{ResponseBouwer.ServiceId}\"", xml);
    }

    [Fact]
    public async Task De_metadata_is_UTF8_zoals_haar_XML_declaratie_zegt()
    {
        // pysaml2 refused Keten's metadata when it was UTF-8 bytes declaring encoding="utf-16".
        var bytes = await Browser.GetByteArrayAsync("/toegang/saml/metadata");

        var declaratie = System.Text.Encoding.UTF8.GetString(bytes)[..bytes.AsSpan().IndexOf((byte)'>')];
        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?", declaratie);
        Assert.NotEqual(0xEF, bytes[0]);
        using var stroom = new MemoryStream(bytes);
        Assert.Equal("EntityDescriptor", System.Xml.Linq.XDocument.Load(stroom).Root!.Name.LocalName);
    }
}

public sealed class SamlLoginTestsOnSqlite() : SamlLoginTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class SamlLoginTestsOnPostgres(PostgresServer postgres) : SamlLoginTests(StoreKind.Postgres, postgres);
