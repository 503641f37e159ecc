using System.Net;
using Keten.Toegang;
using Keten.Toegang.Saml;
using Microsoft.AspNetCore.WebUtilities;

namespace Keten.Ontwikkelmakelaar.Tests;

/// <summary>The broker's SAML side, checked by Keten's SAML core exactly as the SP uses it.</summary>
public sealed class SamlMakelaarTests : IAsyncLifetime
{
    private const string Sso = MakelaarHost.Basis + "/saml/sso";
    private MakelaarHost _host = null!;
    private KetenAlsDienstverlener _keten = null!;

    public async Task InitializeAsync()
    {
        _host = await MakelaarHost.StartAsync();
        _keten = new KetenAlsDienstverlener(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("loa2", Betrouwbaarheidsniveau.Loa2)]
    [InlineData("loa2plus", Betrouwbaarheidsniveau.Loa2Plus)]
    [InlineData("loa3", Betrouwbaarheidsniveau.Loa3)]
    [InlineData("loa4", Betrouwbaarheidsniveau.Loa4)]
    public async Task Via_artifact_geeft_de_makelaar_de_gekozen_medewerker_bestuur_en_niveau(string keuze, Betrouwbaarheidsniveau niveau)
    {
        var pagina = await OpenKeuzepaginaViaRedirectAsync(Betrouwbaarheidsniveau.Loa3);

        var samlArt = await KiesMetArtifactAsync(pagina, "100B001|J. Beheerder", "100B001", "000012345678", keuze);
        var context = await _keten.LosArtifactOpAsync(samlArt);

        Assert.Equal(new LegalSubject(SamlNamen.EntityConcernedKvKnr, "41234567"), context.LegalSubject);
        Assert.Equal(Makelaarverklaring.Pseudoniem(MakelaarHost.DvEntityId, "100B001|J. Beheerder", "100B001"), context.ActingSubjectId);
        Assert.Equal("000012345678", context.Vestigingsnr);
        Assert.Equal("urn:etoegang:DV:00000001123456789000:services:1", context.ServiceId);
        Assert.Equal(Makelaarverklaring.AfgeleideUuid(context.ServiceId), context.ServiceUuid);
        Assert.Equal(niveau, context.Niveau);
        Assert.Equal("urn:etoegang:HM:00000099999999999000:entities:1", context.Herkenningsmakelaar);
    }

    [Fact]
    public async Task Via_POST_geeft_de_makelaar_een_ondertekend_antwoord_met_versleutelde_identificatie()
    {
        var verzoek = _keten.VerzoekMaker().Maak(new SamlInlogverzoek(0, 1, "Keten", null), Sso);
        using var client = _host.Client();
        var pagina = await (await client.PostAsync(Sso, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["SAMLRequest"] = SamlPostBinding.Codeer(verzoek),
            ["RelayState"] = "terug-7",
        }))).Content.ReadAsStringAsync();

        var antwoord = await KiesAsync(pagina, "synthetisch|Testmedewerker Een", "100B002", "", "loa3", "post");
        var html = await antwoord.Content.ReadAsStringAsync();
        var velden = Formulier.Verborgen(html);
        var context = await _keten.VerwerkPostAsync(velden["SAMLResponse"]);

        Assert.Equal(MakelaarHost.AcsUrl, Formulier.Actie(html));
        Assert.Equal("terug-7", velden["RelayState"]);
        Assert.Contains("EncryptedID", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(velden["SAMLResponse"])), StringComparison.Ordinal);
        Assert.Equal("99100002", context.LegalSubject.Waarde);
        Assert.Null(context.Vestigingsnr);
        Assert.Equal(Betrouwbaarheidsniveau.Loa3, context.Niveau);
    }

    [Fact]
    public async Task Dezelfde_medewerker_voor_hetzelfde_bestuur_houdt_zijn_pseudoniem_en_voor_een_ander_bestuur_niet()
    {
        var eerste = await _keten.LosArtifactOpAsync(await KiesMetArtifactAsync(await OpenKeuzepaginaViaRedirectAsync(null), "100B001|J. Beheerder", "100B001", "", "loa3"));
        var tweede = await _keten.LosArtifactOpAsync(await KiesMetArtifactAsync(await OpenKeuzepaginaViaRedirectAsync(null), "100B001|J. Beheerder", "100B001", "", "loa4"));
        var anderBestuur = await _keten.LosArtifactOpAsync(await KiesMetArtifactAsync(await OpenKeuzepaginaViaRedirectAsync(null), "100B001|J. Beheerder", "100B002", "", "loa3"));

        Assert.Equal(eerste.ActingSubjectId, tweede.ActingSubjectId);
        Assert.NotEqual(eerste.ActingSubjectId, anderBestuur.ActingSubjectId);
    }

    [Fact]
    public async Task Een_artifact_is_maar_een_keer_op_te_halen()
    {
        var samlArt = await KiesMetArtifactAsync(await OpenKeuzepaginaViaRedirectAsync(null), "100B001|J. Beheerder", "100B001", "", "loa3");
        await _keten.LosArtifactOpAsync(samlArt);

        var nogEens = new KetenAlsDienstverlener(_host);
        var fout = await Assert.ThrowsAsync<SamlWeigeringException>(() => nogEens.LosArtifactOpAsync(samlArt));

        Assert.Equal(SamlWeigering.BerichtOnleesbaar, fout.Weigering);
        Assert.Equal("ArtifactResponse/Response", fout.Veld);
    }

    [Fact]
    public async Task Een_ongeldig_vestigingsnummer_toont_de_pagina_opnieuw_met_de_fout_en_het_verzoek_blijft_staan()
    {
        var pagina = await OpenKeuzepaginaViaRedirectAsync(null);

        var fout = await KiesAsync(pagina, "100B001|J. Beheerder", "100B001", "12345", "loa3", "artifact");
        var opnieuw = await fout.Content.ReadAsStringAsync();
        var context = await _keten.LosArtifactOpAsync(await KiesMetArtifactAsync(pagina, "100B001|J. Beheerder", "100B001", "000012345678", "loa3"));

        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
        Assert.Contains("Een vestigingsnummer heeft 12 cijfers (veld vestigingsnr).", opnieuw, StringComparison.Ordinal);
        Assert.Equal(Formulier.Verborgen(pagina)["verzoek"], Formulier.Verborgen(opnieuw)["verzoek"]);
        Assert.Equal("000012345678", context.Vestigingsnr);
    }

    [Fact]
    public async Task Annuleren_geeft_Responder_AuthnFailed()
    {
        var pagina = await OpenKeuzepaginaViaRedirectAsync(null);
        var antwoord = await KiesAsync(pagina, "", "", "", "", "artifact", actie: "annuleren");

        var fout = await Assert.ThrowsAsync<SamlWeigeringException>(() => _keten.LosArtifactOpAsync(SamlArt(antwoord)));

        Assert.Equal(SamlWeigering.InloggenGeannuleerd, fout.Weigering);
    }

    [Fact]
    public async Task Met_versleutelde_assertion_leest_Keten_hetzelfde()
    {
        await _host.DisposeAsync();
        _host = await MakelaarHost.StartAsync(extra: new Dictionary<string, string?> { ["Keten:Ontwikkelmakelaar:Dienstverlener:Versleuteling"] = "EncryptedAssertion" });
        _keten = new KetenAlsDienstverlener(_host);

        var context = await _keten.LosArtifactOpAsync(await KiesMetArtifactAsync(await OpenKeuzepaginaViaRedirectAsync(null), "100B001|J. Beheerder", "100B001", "", "loa3"));

        Assert.Equal("41234567", context.LegalSubject.Waarde);
    }

    [Fact]
    public async Task Met_alleen_de_metadata_van_Keten_ingesteld_werkt_de_makelaar_hetzelfde()
    {
        await _host.DisposeAsync();
        _host = await MakelaarHost.StartAsync(dienstverlenerUitMetadata: true);
        _keten = new KetenAlsDienstverlener(_host);

        var context = await _keten.LosArtifactOpAsync(await KiesMetArtifactAsync(await OpenKeuzepaginaViaRedirectAsync(null), "100B001|J. Beheerder", "100B001", "", "loa3"));

        Assert.Equal("41234567", context.LegalSubject.Waarde);
        Assert.Equal("urn:etoegang:DV:00000001123456789000:services:1", context.ServiceId);
    }

    [Fact]
    public async Task Een_onondertekend_AuthnRequest_wordt_met_een_pagina_geweigerd()
    {
        var verzoek = _keten.VerzoekMaker().Maak(new SamlInlogverzoek(0, 1, "Keten", null), Sso);
        var handtekening = verzoek.GetElementsByTagName("Signature", SamlNamen.XmlDsig)[0]!;
        handtekening.ParentNode!.RemoveChild(handtekening);
        using var client = _host.Client();

        var antwoord = await client.PostAsync(Sso, new FormUrlEncodedContent(new Dictionary<string, string> { ["SAMLRequest"] = SamlPostBinding.Codeer(verzoek) }));

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Contains("HandtekeningOntbreekt", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_AuthnRequest_met_een_andere_sleutel_ondertekend_wordt_met_een_pagina_geweigerd()
    {
        var url = _keten.VerzoekMaker(MakelaarHost.Indringer).MaakRedirect(new SamlInlogverzoek(0, 1, "Keten", null), Sso, null);
        using var client = _host.Client();

        var antwoord = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("text/html", antwoord.Content.Headers.ContentType!.MediaType);
        Assert.Contains("HandtekeningOngeldig", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_metadata_is_ondertekend_en_noemt_SSO_voor_POST_en_Redirect_en_de_ArtifactResolutionService()
    {
        using var client = _host.Client();
        var metadata = await client.GetStringAsync(MakelaarHost.Basis + "/saml/metadata");

        Assert.Contains(SamlNamen.BindingPost, metadata, StringComparison.Ordinal);
        Assert.Contains(SamlNamen.BindingRedirect, metadata, StringComparison.Ordinal);
        Assert.Contains($"Location=\"{MakelaarHost.Basis}/saml/ars\"", metadata, StringComparison.Ordinal);
        Assert.Contains("<ds:KeyName>ontwikkelmakelaar</ds:KeyName>", metadata, StringComparison.Ordinal);
        Assert.Contains("SignatureValue", metadata, StringComparison.Ordinal);
    }

    private async Task<string> OpenKeuzepaginaViaRedirectAsync(Betrouwbaarheidsniveau? niveau)
    {
        var url = _keten.VerzoekMaker().MaakRedirect(new SamlInlogverzoek(0, 1, "Keten", niveau), Sso, "terug-1");
        using var client = _host.Client();
        var antwoord = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.True(antwoord.Headers.CacheControl is { NoCache: true, NoStore: true });
        Assert.Contains("no-cache", antwoord.Headers.Pragma.ToString(), StringComparison.Ordinal);
        return await antwoord.Content.ReadAsStringAsync();
    }

    private async Task<string> KiesMetArtifactAsync(string pagina, string medewerker, string bestuur, string vestigingsnr, string niveau) =>
        SamlArt(await KiesAsync(pagina, medewerker, bestuur, vestigingsnr, niveau, "artifact"));

    private async Task<HttpResponseMessage> KiesAsync(
        string pagina, string medewerker, string bestuur, string vestigingsnr, string niveau, string binding, string actie = "inloggen")
    {
        using var client = _host.Client();
        return await client.PostAsync(Formulier.Actie(pagina), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["verzoek"] = Formulier.Verborgen(pagina)["verzoek"],
            ["medewerker"] = medewerker,
            ["bestuur"] = bestuur,
            ["vestigingsnr"] = vestigingsnr,
            ["niveau"] = niveau,
            ["binding"] = binding,
            ["actie"] = actie,
        }));
    }

    private static string SamlArt(HttpResponseMessage antwoord)
    {
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var locatie = antwoord.Headers.Location!;
        Assert.StartsWith(MakelaarHost.AcsUrl + "?", locatie.ToString(), StringComparison.Ordinal);
        return QueryHelpers.ParseQuery(locatie.Query)["SAMLart"]!;
    }
}
