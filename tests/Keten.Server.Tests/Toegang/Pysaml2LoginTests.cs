using System.Net;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Toegang.Pysaml2;
using Keten.Toegang.Saml;

namespace Keten.Server.Tests.Toegang;

/// <summary>
/// Logging in end to end against a standard SAML IdP, pysaml2 from Debian, configured with eTOEGANG attributes: the
/// Redirect AuthnRequest in, the answer by Artifact (resolved over SOAP at pysaml2) or by POST, signed and encrypted.
/// </summary>
public abstract class Pysaml2LoginTests(Pysaml2Idp idp, StoreKind kind, PostgresServer? postgres) : Pysaml2LoginTestBasis(idp, kind, postgres)
{
    [Theory]
    [InlineData("binding=artifact&cipher=aes256-gcm")]
    [InlineData("binding=post&cipher=aes256-cbc")]
    public async Task Inloggen_met_een_artifact_dat_Keten_oplost_of_een_geposte_SAMLResponse_geeft_een_sessie_met_de_hele_authenticatiecontext(string keuze)
    {
        using var antwoord = await InloggenAsync(keuze);

        Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect, await Uitleg(antwoord));
        Assert.Equal("/portaal", antwoord.Headers.Location!.OriginalString);
        await AssertIngelogdAsync();
    }

    [Fact]
    public async Task Een_login_op_EH2plus_bij_pysaml2_eindigt_op_de_pagina_niveau_te_laag_zonder_sessie()
    {
        using var antwoord = await InloggenAsync("binding=artifact&loa=loa2plus");

        var pagina = await PaginaAsync(antwoord, HttpStatusCode.Forbidden);
        Assert.Contains("Betrouwbaarheidsniveau te laag", pagina);
        Assert.Contains("niveau EH2+ (loa2plus)", pagina);
        await AssertNietIngelogdAsync(antwoord);
    }

    [Fact]
    public async Task Hetzelfde_artifact_van_pysaml2_nog_eens_wordt_geweigerd_zonder_sessie()
    {
        var naarAcs = await NaarAcsAsync("binding=artifact");
        using (var eerste = await naarAcs())
        {
            Assert.Equal(HttpStatusCode.Redirect, eerste.StatusCode);
        }
        (await Browser.PostAsync("/toegang/uitloggen", null)).Dispose();

        using var nogEens = await naarAcs();

        var pagina = await PaginaAsync(nogEens, HttpStatusCode.BadRequest);
        Assert.Contains(SamlWeigering.BerichtAlGebruikt.Tekst(), pagina);
        Assert.Contains(nameof(SamlWeigering.BerichtAlGebruikt), pagina);
        await AssertNietIngelogdAsync(nogEens);
    }

    [Fact]
    public async Task Een_assertion_van_pysaml2_voor_een_andere_dienstverlener_wordt_geweigerd()
    {
        using var antwoord = await InloggenAsync("binding=post&audience=urn:etoegang:DV:00000009999999999000:entities:1");

        Assert.Contains(SamlWeigering.VerkeerdPubliek.Tekst(), await PaginaAsync(antwoord, HttpStatusCode.BadRequest));
        await AssertNietIngelogdAsync(antwoord);
    }

    private async Task<string> Uitleg(HttpResponseMessage antwoord) =>
        $"Keten answered {antwoord.StatusCode}: {await antwoord.Content.ReadAsStringAsync()}\npysaml2 stderr:\n{Idp.Stderr}";
}

public sealed class Pysaml2LoginTestsOnSqlite(Pysaml2Idp idp) : Pysaml2LoginTests(idp, StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class Pysaml2LoginTestsOnPostgres(Pysaml2Idp idp, PostgresServer postgres) : Pysaml2LoginTests(idp, StoreKind.Postgres, postgres);
