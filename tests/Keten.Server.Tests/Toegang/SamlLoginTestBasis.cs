using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Server;
using Keten.Server.Toegang;
using Keten.Toegang.Saml;
using Keten.Toegang.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Keten.Server.Tests.Toegang;

/// <summary>
/// A real Keten server with Keten:Toegang:Saml configured from certificate files (Keten's key as PFX, the
/// herkenningsmakelaar's certificate as PEM), the HM played by the test: it reads the AuthnRequest from the login page,
/// builds its Response with <see cref="ResponseBouwer"/> and resolves artifacts through <see cref="ArtifactResolutieDienst"/>.
/// The browser is an HttpClient over https that keeps cookies and does not follow redirects.
/// </summary>
public abstract class SamlLoginTestBasis(StoreKind kind, PostgresServer? postgres) : DatabaseTest(kind, postgres)
{
    public const string AcsUrl = "https://localhost/toegang/saml/acs";
    public const string SsoUrl = "https://hm.test/sso";

    private readonly string map = Directory.CreateTempSubdirectory("keten-saml-").FullName;
    private readonly List<IAsyncDisposable> andereServers = [];
    private KetenTestServer? basis;
    private WebApplicationFactory<Program>? server;

    protected SamlOmgeving Omgeving { get; } = new();

    protected ArtifactResolutieDienst Ars { get; } = new();

    protected LogVerzamelaar Log { get; } = new();

    protected HttpClient Browser { get; private set; } = null!;

    /// <summary>Further settings of a test class (e.g. the Redirect binding).</summary>
    protected virtual IReadOnlyDictionary<string, string> ExtraInstellingen => new Dictionary<string, string>();

    protected virtual bool MetSaml => true;

    /// <summary>The server clock's start; an HM that is a real process stamps its messages with the real time.</summary>
    protected virtual DateTimeOffset Begintijd => Omgeving.Klok.GetUtcNow();

    /// <summary>Keten's back channel to the HM: the in-test <see cref="Ars"/> unless an HM of its own answers.</summary>
    protected virtual void ConfigureerArtifactResolutie(IServiceCollection services) =>
        services.AddHttpClient(SamlLogin.HttpClientNaam).ConfigurePrimaryHttpMessageHandler(() => Ars);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        (basis, server) = StartServer();
        Browser = server.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
    }

    /// <summary>A second server process on the same database and settings; its browser keeps no cookies of its own.</summary>
    protected HttpClient TweedeServer()
    {
        var (tweedeBasis, tweede) = StartServer();
        andereServers.Add(tweede);
        andereServers.Add(tweedeBasis);
        return tweede.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
    }

    private (KetenTestServer Basis, WebApplicationFactory<Program> Server) StartServer()
    {
        var nieuw = new KetenTestServer(ConnectionString, instellingen: MetSaml ? Instellingen() : null);
        nieuw.Clock.SetUtcNow(Begintijd);
        return (nieuw, nieuw.WithWebHostBuilder(b => b
            .ConfigureLogging(l => l.AddProvider(Log))
            .ConfigureTestServices(ConfigureerArtifactResolutie)));
    }

    public override async Task DisposeAsync()
    {
        Browser.Dispose();
        foreach (var ander in andereServers)
        {
            await ander.DisposeAsync();
        }
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        if (basis is not null)
        {
            await basis.DisposeAsync();
        }
        Directory.Delete(map, recursive: true);
        await base.DisposeAsync();
    }

    /// <summary>Moves the server's clock and the HM's together.</summary>
    protected void Wacht(TimeSpan duur)
    {
        Omgeving.Klok.Advance(duur);
        basis!.Clock.Advance(duur);
    }

    /// <summary>The login page's form: the AuthnRequest (decoded) and the RelayState.</summary>
    protected async Task<(XmlDocument AuthnRequest, string RelayState)> StartLoginAsync(string pad = "/toegang/saml/login?returnUrl=/portaal")
    {
        using var antwoord = await Browser.GetAsync(pad);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        var authnRequest = SamlPostBinding.Decodeer(Veld(html, "SAMLRequest"));
        return (authnRequest, Veld(html, "RelayState"));
    }

    /// <summary>The HM's Response to this AuthnRequest; the test may spoil it before it is built.</summary>
    protected ResponseBouwer Bouwer(XmlDocument authnRequest) => new(Omgeving)
    {
        InResponseTo = authnRequest.DocumentElement!.GetAttribute("ID"),
        Destination = AcsUrl,
        Recipient = AcsUrl,
    };

    protected Task<HttpResponseMessage> PostResponseAsync(XmlDocument response, string relayState) =>
        Browser.PostAsync("/toegang/saml/acs", ResponseFormulier(response, relayState));

    /// <summary>The HTTP-POST binding's form as the browser posts it to the ACS.</summary>
    protected static FormUrlEncodedContent ResponseFormulier(XmlDocument response, string relayState) => new(new Dictionary<string, string>
    {
        ["SAMLResponse"] = SamlPostBinding.Codeer(response),
        ["RelayState"] = relayState,
    });

    protected Task<HttpResponseMessage> ArtifactGetAsync(XmlDocument response, string relayState) =>
        Browser.GetAsync($"/toegang/saml/acs?SAMLart={Uri.EscapeDataString(Ars.Bewaar(response))}&RelayState={Uri.EscapeDataString(relayState)}");

    protected Task<HttpResponseMessage> ArtifactPostAsync(XmlDocument response, string relayState) =>
        Browser.PostAsync("/toegang/saml/acs", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["SAMLart"] = Ars.Bewaar(response),
            ["RelayState"] = relayState,
        }));

    /// <summary>Keten's certificate as its SP metadata publishes it, for checking its signatures as the HM would.</summary>
    protected async Task<X509Certificate2> MetadataCertificaatAsync()
    {
        var metadata = new XmlDocument();
        metadata.LoadXml(await Browser.GetStringAsync("/toegang/saml/metadata"));
        return X509CertificateLoader.LoadCertificate(Convert.FromBase64String(metadata.GetElementsByTagName("X509Certificate", SamlNamen.XmlDsig)[0]!.InnerText));
    }

    protected static bool HandtekeningKlopt(XmlDocument document, X509Certificate2 certificaat)
    {
        var handtekening = new SignedXml(document);
        handtekening.LoadXml((XmlElement)document.GetElementsByTagName("Signature", SamlNamen.XmlDsig)[0]!);
        return handtekening.CheckSignature(certificaat, verifySignatureOnly: true);
    }

    protected static async Task<string> PaginaAsync(HttpResponseMessage antwoord, HttpStatusCode status)
    {
        Assert.Equal(status, antwoord.StatusCode);
        Assert.Equal("text/html", antwoord.Content.Headers.ContentType?.MediaType);
        return WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync());
    }

    /// <summary>Logged in with the whole authentication context of <see cref="ResponseBouwer"/>'s identity at EH3.</summary>
    protected async Task AssertIngelogdAsync()
    {
        using var ik = await Browser.GetAsync("/toegang/ik");
        Assert.Equal(HttpStatusCode.OK, ik.StatusCode);
        var json = await ik.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ResponseBouwer.KvkNummer, json.GetProperty("legalSubject").GetString());
        Assert.Equal(SamlNamen.EntityConcernedKvKnr, json.GetProperty("legalSubjectType").GetString());
        Assert.Equal(ToegangIk.Kenmerk(ResponseBouwer.ActingSubject), json.GetProperty("actingSubjectKenmerk").GetString());
        Assert.Equal("000012345678", json.GetProperty("vestigingsnr").GetString());
        Assert.Equal(ResponseBouwer.ServiceId, json.GetProperty("serviceId").GetString());
        Assert.Equal(ResponseBouwer.ServiceUuid, json.GetProperty("serviceUuid").GetString());
        Assert.Equal("urn:etoegang:core:assurance-class:loa3", json.GetProperty("niveau").GetString());
        Assert.Equal(ResponseBouwer.AuthenticatingAuthority, json.GetProperty("authenticatingAuthority").GetString());
        Assert.Equal(SamlOmgeving.HmEntityId, json.GetProperty("herkenningsmakelaar").GetString());
        Assert.DoesNotContain(ResponseBouwer.ActingSubject, json.GetRawText());
    }

    /// <summary>This answer set no session cookie, and there is no session.</summary>
    protected async Task AssertNietIngelogdAsync(HttpResponseMessage antwoord)
    {
        Assert.False(antwoord.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.Any(c => c.StartsWith(ToegangSessie.CookieNaam + "=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Browser.GetAsync("/toegang/ik")).StatusCode);
    }

    private Dictionary<string, string> Instellingen()
    {
        var dv = Path.Combine(map, "keten-dv.pfx");
        File.WriteAllBytes(dv, TestSleutels.Dienstverlener.Certificaat.Export(X509ContentType.Pkcs12, "geheim"));
        var hm = Path.Combine(map, "hm.pem");
        File.WriteAllText(hm, TestSleutels.Herkenningsmakelaar.Certificaat.ExportCertificatePem());
        var ad = Path.Combine(map, "ad.cer");
        File.WriteAllBytes(ad, TestSleutels.Authenticatiedienst.Certificaat.RawData);
        const string s = SamlOpties.Sectie;
        var instellingen = new Dictionary<string, string>
        {
            ["Keten:Toegang:SleutelMap"] = Path.Combine(map, "sleutels"),
            [$"{s}:EntityId"] = SamlOmgeving.DvEntityId,
            [$"{s}:AssertionConsumerServiceUrls:0"] = AcsUrl,
            [$"{s}:Ondertekening:KeyName"] = TestSleutels.Dienstverlener.KeyName,
            [$"{s}:Ondertekening:Pfx"] = dv,
            [$"{s}:Ondertekening:Wachtwoord"] = "geheim",
            [$"{s}:Herkenningsmakelaar:EntityId"] = SamlOmgeving.HmEntityId,
            [$"{s}:Herkenningsmakelaar:SingleSignOnServiceUrl"] = SsoUrl,
            [$"{s}:Herkenningsmakelaar:ArtifactResolutionServiceUrl"] = SamlOmgeving.ArsUrl,
            [$"{s}:Herkenningsmakelaar:Certificaten:0:KeyName"] = TestSleutels.Herkenningsmakelaar.KeyName,
            [$"{s}:Herkenningsmakelaar:Certificaten:0:Certificaat"] = hm,
            [$"{s}:Herkenningsmakelaar:AdviesCertificaten:0:Certificaat"] = ad,
            [$"{s}:Diensten:0:Index"] = "1",
            [$"{s}:Diensten:0:ServiceId"] = ResponseBouwer.ServiceId,
            [$"{s}:Diensten:0:Naam"] = "DUO Zakelijk",
            [$"{s}:Diensten:0:IsStandaard"] = "true",
            [$"{s}:Diensten:0:MinimaalNiveau"] = "loa3",
        };
        foreach (var (sleutel, waarde) in ExtraInstellingen)
        {
            instellingen[sleutel] = waarde;
        }
        return instellingen;
    }

    private static string Veld(string html, string naam) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{naam}\" value=\"([^\"]*)\"").Groups[1].Value);
}
