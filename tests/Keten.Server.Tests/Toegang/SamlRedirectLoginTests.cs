using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Toegang;
using Keten.Toegang.Saml;
using Microsoft.AspNetCore.WebUtilities;

namespace Keten.Server.Tests.Toegang;

/// <summary>Binding=Redirect: the AuthnRequest goes in the query string, signed there (SAML Bindings §3.4.4.1).</summary>
public sealed class SamlRedirectLoginTests() : SamlLoginTestBasis(StoreKind.Sqlite, null)
{
    protected override IReadOnlyDictionary<string, string> ExtraInstellingen =>
        new Dictionary<string, string> { [$"{SamlOpties.Sectie}:Binding"] = "Redirect" };

    [Fact]
    public async Task De_login_stuurt_door_met_een_ondertekend_verzoek_in_de_query_en_het_antwoord_meldt_aan()
    {
        using var start = await Browser.GetAsync("/toegang/saml/login?returnUrl=/portaal");

        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Contains("no-store", start.Headers.CacheControl!.ToString());
        var adres = start.Headers.Location!;
        Assert.StartsWith(SsoUrl + "?SAMLRequest=", adres.AbsoluteUri, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(adres.Query);
        var ondertekend = adres.Query[1..adres.Query.IndexOf("&Signature=", StringComparison.Ordinal)];
        using var sleutel = (await MetadataCertificaatAsync()).GetRSAPublicKey()!;
        Assert.True(sleutel.VerifyData(Encoding.UTF8.GetBytes(ondertekend), Convert.FromBase64String(query["Signature"]!),
            HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        var authnRequest = new XmlDocument();
        authnRequest.LoadXml(SamlRedirectBinding.Inflate(query["SAMLRequest"]!));

        using var antwoord = await ArtifactGetAsync(Bouwer(authnRequest).Bouw(), query["RelayState"]!);

        Assert.Equal("/portaal", antwoord.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await Browser.GetAsync("/toegang/ik")).StatusCode);
    }
}

/// <summary>Without Keten:Toegang:Saml the login says so, and the rest of the server runs as before.</summary>
public sealed class ToegangZonderInstellingenTests() : SamlLoginTestBasis(StoreKind.Sqlite, null)
{
    protected override bool MetSaml => false;

    [Theory]
    [InlineData("/toegang/saml/login")]
    [InlineData("/toegang/saml/acs?SAMLart=x")]
    [InlineData("/toegang/saml/metadata")]
    public async Task De_loginadressen_antwoorden_met_503_en_een_pagina(string pad)
    {
        using var antwoord = await Browser.GetAsync(pad);

        Assert.Contains("Inloggen is niet ingesteld", await PaginaAsync(antwoord, HttpStatusCode.ServiceUnavailable));
    }

    [Fact]
    public async Task Ik_is_niet_ingelogd()
    {
        using var antwoord = await Browser.GetAsync("/toegang/ik");

        Assert.Equal(HttpStatusCode.Unauthorized, antwoord.StatusCode);
    }
}
