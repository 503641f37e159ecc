using System.Net;
using System.Net.Http.Json;
using Keten.Toegang;
using Keten.Toegang.Oidc;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Keten.Ontwikkelmakelaar.Tests;

/// <summary>
/// The broker's OpenID provider side through the full code flow with PKCE, driven by ASP.NET Core's own
/// OpenIdConnect handler in a small relying party (http://rp.test); the claims it signs in are then mapped by
/// <see cref="OidcClaimLezer"/>.
/// </summary>
public sealed class OidcMakelaarTests : IAsyncLifetime
{
    private MakelaarHost _makelaar = null!;
    private WebApplication _rp = null!;
    private Browser _browser = null!;

    public async Task InitializeAsync()
    {
        _makelaar = await MakelaarHost.StartAsync();
        _rp = BouwRelyingParty(_makelaar.Server.CreateHandler());
        await _rp.StartAsync();
        _browser = new Browser(new Dictionary<string, HttpMessageHandler>
        {
            ["makelaar.test"] = _makelaar.Server.CreateHandler(),
            ["rp.test"] = _rp.GetTestServer().CreateHandler(),
        });
    }

    public async Task DisposeAsync()
    {
        await _rp.DisposeAsync();
        await _makelaar.DisposeAsync();
    }

    [Theory]
    [InlineData("loa2", Betrouwbaarheidsniveau.Loa2)]
    [InlineData("loa2plus", Betrouwbaarheidsniveau.Loa2Plus)]
    [InlineData("loa3", Betrouwbaarheidsniveau.Loa3)]
    [InlineData("loa4", Betrouwbaarheidsniveau.Loa4)]
    public async Task De_code_flow_geeft_een_id_token_waaruit_de_authenticatiecontext_volgt(string keuze, Betrouwbaarheidsniveau niveau)
    {
        var pagina = await (await _browser.GetAsync("http://rp.test/inloggen")).Content.ReadAsStringAsync();
        Assert.Contains("minimaal niveau <strong>loa3</strong>", pagina, StringComparison.Ordinal);

        var formPost = await _browser.PostAsync(Formulier.Actie(pagina), new Dictionary<string, string>
        {
            ["verzoek"] = Formulier.Verborgen(pagina)["verzoek"],
            ["medewerker"] = "100B001|J. Beheerder",
            ["bestuur"] = "100B001",
            ["vestigingsnr"] = "000012345678",
            ["niveau"] = keuze,
            ["actie"] = "inloggen",
        });
        var html = await formPost.Content.ReadAsStringAsync();
        var ik = await _browser.PostAsync(Formulier.Actie(html), Formulier.Verborgen(html));

        Assert.Equal(HttpStatusCode.OK, ik.StatusCode);
        var context = (await ik.Content.ReadFromJsonAsync<Authenticatiecontext>())!;
        Assert.Equal(new LegalSubject("urn:etoegang:1.9:EntityConcernedID:KvKnr", "41234567"), context.LegalSubject);
        Assert.Equal(Makelaarverklaring.Pseudoniem(MakelaarHost.DvEntityId, "100B001|J. Beheerder", "100B001"), context.ActingSubjectId);
        Assert.Equal("000012345678", context.Vestigingsnr);
        Assert.Equal("urn:etoegang:DV:00000001123456789000:services:1", context.ServiceId);
        Assert.Equal(Makelaarverklaring.AfgeleideUuid(context.ServiceId), context.ServiceUuid);
        Assert.Equal(niveau, context.Niveau);
        Assert.Equal(MakelaarHost.Basis + "/oidc", context.Herkenningsmakelaar);
    }

    [Fact]
    public async Task Een_code_is_maar_een_keer_in_te_wisselen_en_alleen_met_de_juiste_code_verifier()
    {
        using var client = _makelaar.Client();
        var verifier = "verifier-" + new string('x', 40);
        var challenge = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        var pagina = await client.GetStringAsync(
            $"{MakelaarHost.Basis}/oidc/authorize?client_id={MakelaarHost.ClientId}&redirect_uri={Uri.EscapeDataString(MakelaarHost.RedirectUri)}&response_type=code&scope=openid&state=s1&code_challenge={challenge}&code_challenge_method=S256");
        var terug = await client.PostAsync(Formulier.Actie(pagina), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["verzoek"] = Formulier.Verborgen(pagina)["verzoek"], ["medewerker"] = "synthetisch|Testmedewerker Twee", ["bestuur"] = "100B001", ["niveau"] = "loa3", ["actie"] = "inloggen",
        }));
        var code = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(terug.Headers.Location!.Query)["code"].ToString();
        Dictionary<string, string> Inwisselen(string v) => new()
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = MakelaarHost.RedirectUri, ["code_verifier"] = v,
            ["client_id"] = MakelaarHost.ClientId, ["client_secret"] = MakelaarHost.ClientSecret,
        };

        var verkeerd = await client.PostAsync(MakelaarHost.Basis + "/oidc/token", new FormUrlEncodedContent(Inwisselen("een-andere-verifier")));
        var nogEens = await client.PostAsync(MakelaarHost.Basis + "/oidc/token", new FormUrlEncodedContent(Inwisselen(verifier)));

        Assert.Equal(HttpStatusCode.BadRequest, verkeerd.StatusCode);
        Assert.Contains("invalid_grant", await verkeerd.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, nogEens.StatusCode);
    }

    private static WebApplication BouwRelyingParty(HttpMessageHandler makelaar)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie()
            .AddOpenIdConnect(o =>
            {
                o.Authority = MakelaarHost.Basis + "/oidc";
                o.RequireHttpsMetadata = false;
                o.BackchannelHttpHandler = makelaar;
                o.ClientId = MakelaarHost.ClientId;
                o.ClientSecret = MakelaarHost.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.MapInboundClaims = false;
                o.ClaimActions.Remove("acr");
                o.Events.OnRedirectToIdentityProvider = c =>
                {
                    c.ProtocolMessage.AcrValues = Betrouwbaarheidsniveau.Loa3.Urn();
                    return Task.CompletedTask;
                };
            });
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/inloggen", () => Results.Challenge(new AuthenticationProperties { RedirectUri = "/ik" }));
        app.MapGet("/ik", (HttpContext context) => Results.Json(OidcClaimLezer.Lees(context.User.Claims, new OidcClaimNamen()))).RequireAuthorization();
        return app;
    }
}
