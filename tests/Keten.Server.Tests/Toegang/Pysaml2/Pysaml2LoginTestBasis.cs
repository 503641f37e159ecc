using System.Net;
using System.Text.RegularExpressions;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Toegang;
using Microsoft.Extensions.DependencyInjection;

namespace Keten.Server.Tests.Toegang.Pysaml2;

/// <summary>
/// Keten's real server with pysaml2 as its herkenningsmakelaar: Keten:Toegang:Saml points the Redirect binding's
/// AuthnRequest at pysaml2's SSO and the artifact resolution at its ARS over real HTTP; the server clock is the real
/// time pysaml2 stamps. The test is the browser: it follows Keten's redirect to pysaml2 (adding its choices to the
/// query), then pysaml2's redirect (artifact) or auto-post form (POST) back to Keten's ACS.
/// </summary>
public abstract partial class Pysaml2LoginTestBasis(Pysaml2Idp idp, StoreKind kind, PostgresServer? postgres)
    : SamlLoginTestBasis(kind, postgres), IClassFixture<Pysaml2Idp>
{
    private readonly HttpClient naarIdp = new(new HttpClientHandler { AllowAutoRedirect = false });

    protected Pysaml2Idp Idp => idp;

    private DateTimeOffset serverklok;

    protected override DateTimeOffset Begintijd => serverklok = DateTimeOffset.UtcNow;

    protected override IReadOnlyDictionary<string, string> ExtraInstellingen => new Dictionary<string, string>
    {
        [$"{SamlOpties.Sectie}:Binding"] = "Redirect",
        [$"{SamlOpties.Sectie}:Herkenningsmakelaar:SingleSignOnServiceUrl"] = idp.SsoUrl,
        [$"{SamlOpties.Sectie}:Herkenningsmakelaar:ArtifactResolutionServiceUrl"] = idp.ArsUrl,
    };

    protected override void ConfigureerArtifactResolutie(IServiceCollection services)
    {
        // Keten's own back channel, unchanged: it talks to pysaml2's ARS over HTTP.
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        idp.SchrijfSpMetadata(await Browser.GetStringAsync("/toegang/saml/metadata"));
    }

    public override async Task DisposeAsync()
    {
        naarIdp.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>
    /// A login from Keten's login page through pysaml2 back to Keten's ACS; <paramref name="keuzes"/> are pysaml2_idp.py's
    /// query parameters (binding, loa, cipher, audience). Returns Keten's answer at the ACS.
    /// </summary>
    protected async Task<HttpResponseMessage> InloggenAsync(string keuzes = "")
    {
        var naarAcs = await NaarAcsAsync(keuzes);
        return await naarAcs();
    }

    /// <summary>Up to pysaml2's answer; the returned step delivers it to Keten's ACS (and may be repeated).</summary>
    protected async Task<Func<Task<HttpResponseMessage>>> NaarAcsAsync(string keuzes)
    {
        using var login = await Browser.GetAsync("/toegang/saml/login?returnUrl=/portaal");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var sso = login.Headers.Location!.AbsoluteUri;
        Assert.StartsWith(idp.SsoUrl + "?", sso, StringComparison.Ordinal);

        using var antwoord = await naarIdp.GetAsync(keuzes.Length == 0 ? sso : sso + "&" + keuzes);
        var inhoud = await antwoord.Content.ReadAsStringAsync();
        if (antwoord.StatusCode == HttpStatusCode.Found)
        {
            var acs = antwoord.Headers.Location!;
            Assert.Equal(AcsUrl, acs.GetLeftPart(UriPartial.Path));
            Assert.Contains("SAMLart=", acs.Query, StringComparison.Ordinal);
            return () =>
            {
                KlokBij();
                return Browser.GetAsync(acs.PathAndQuery);
            };
        }
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"pysaml2 answered {antwoord.StatusCode}: {inhoud}\n{idp.Stderr}");
        Assert.Equal(AcsUrl, WebUtility.HtmlDecode(Actie().Match(inhoud).Groups[1].Value));
        var velden = Veld().Matches(inhoud).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        Assert.Contains("SAMLResponse", velden.Keys);
        return () =>
        {
            KlokBij();
            return Browser.PostAsync("/toegang/saml/acs", new FormUrlEncodedContent(velden));
        };
    }

    /// <summary>Keten's test clock catches up with the real time pysaml2 stamped its answer with.</summary>
    private void KlokBij()
    {
        var nu = DateTimeOffset.UtcNow;
        Wacht(nu - serverklok);
        serverklok = nu;
    }

    [GeneratedRegex("<form action=\"([^\"]*)\" method=\"post\"")]
    private static partial Regex Actie();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"/>")]
    private static partial Regex Veld();
}
