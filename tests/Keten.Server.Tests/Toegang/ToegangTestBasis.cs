using System.Net.Http.Json;
using Keten.Application.Rio;
using Keten.Application.Toegang;
using Keten.Domain.Toegang;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Server;
using Keten.Storage;
using Keten.Toegang;
using Keten.Toegang.Saml;
using Microsoft.Extensions.DependencyInjection;

namespace Keten.Server.Tests.Toegang;

/// <summary>
/// A real Keten server with the demo reference data (board 100B001 with KvK 41234567 and aanbieder 110A001; beheerder
/// J. Beheerder with token jbeheerder, medewerker A. de Vries with token avries; board 100B002 with KvK 90000002),
/// a token key configured, and logins supplied through <see cref="TestAanmelding"/>.
/// </summary>
public abstract class ToegangTestBasis(StoreKind kind, PostgresServer? postgres) : KetenServerTestBasis(kind, postgres)
{
    internal const string TestSleutel = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";
    protected const string KvkBestuur1 = "41234567";
    protected const string KvkBestuur2 = "90000002";
    protected IKetenStore Store => Database.CreateStore(TimeProvider.System);

    protected override IReadOnlyDictionary<string, string>? Instellingen => new Dictionary<string, string> { ["Keten:Toegang:TokenSleutel"] = TestSleutel };

    protected override Action<IServiceCollection>? Diensten => TestAanmelding.Registreer;

    protected static Authenticatiecontext EHerkenning(string kvk, string actingSubject, Betrouwbaarheidsniveau niveau = Betrouwbaarheidsniveau.Loa3) =>
        new(new LegalSubject(SamlNamen.EntityConcernedKvKnr, kvk), actingSubject, null, "urn:etoegang:DV:00000001234567890000:services:1",
            "c0ffee00-0000-4000-8000-000000000001", niveau, null, "urn:etoegang:HM:00000009999999999000:entities:1");

    protected string Code(string base32) => TotpControle.Code(TotpControle.Geheim(base32), Server.Clock.GetUtcNow());

    protected Task<HttpResponseMessage> PostAsync<T>(string pad, T body, Aanmelding? aanmelding = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, pad) { Content = JsonContent.Create(body, options: RioJson.Options) }, aanmelding);

    protected Task<HttpResponseMessage> GetAsync(string pad, Aanmelding? aanmelding) => SendAsync(new HttpRequestMessage(HttpMethod.Get, pad), aanmelding);

    protected static async Task<T> LeesAsync<T>(HttpResponseMessage antwoord)
    {
        Assert.True(antwoord.IsSuccessStatusCode, $"{(int)antwoord.StatusCode}: {await antwoord.Content.ReadAsStringAsync()}");
        return (await antwoord.Content.ReadFromJsonAsync<T>(RioJson.Options))!;
    }

    protected static async Task AssertGeweigerdAsync(HttpResponseMessage antwoord, int status, string code)
    {
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(status == (int)antwoord.StatusCode, $"{(int)antwoord.StatusCode}: {tekst}");
        Assert.Contains($"\"code\":\"{code}\"", tekst, StringComparison.Ordinal);
    }

    /// <summary>The token login of a seeded medewerker, as the login wiring would keep it in its cookie.</summary>
    protected async Task<Aanmelding> TokenLoginAsync(string gebruikersnaam, string base32)
    {
        var medewerker = await LeesAsync<Medewerker>(await PostAsync("/api/toegang/token/inloggen", new { gebruikersnaam, code = Code(base32) }));
        return new Aanmelding(null, medewerker.Id);
    }

    /// <summary>The demo token secrets (toegang-demo.json): the beheerder of board 100B001 and A. de Vries, its medewerker.</summary>
    protected const string BeheerderGeheim = "JBSWY3DPEHPK3PXP";

    protected const string DeVriesGeheim = "KRUGS4ZANFZSA5DF";

    /// <summary>The demo beheerder of 100B001 grants A. de Vries one more authorisation (half a minute on, so a new TOTP code).</summary>
    protected async Task KenDeVriesToeAsync(Autorisatie autorisatie)
    {
        Server.Clock.Advance(TimeSpan.FromSeconds(30));
        var beheerder = await TokenLoginAsync("jbeheerder", BeheerderGeheim);
        var deVries = await MedewerkerAsync("100B001", "A. de Vries");
        await LeesAsync<Medewerker>(await PostAsync($"/api/toegang/medewerkers/{deVries.Id}/autorisaties", new { toekennen = new[] { autorisatie } }, beheerder));
    }

    protected async Task<Medewerker> MedewerkerAsync(string bestuur, string naam) =>
        (await Store.Medewerkers.MedewerkersVanBestuurAsync(bestuur, CancellationToken.None)).Single(m => m.Naam == naam);

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Aanmelding? aanmelding)
    {
        using (request)
        {
            if (aanmelding is not null)
            {
                request.Headers.Add(TestAanmelding.Kop, TestAanmelding.Waarde(aanmelding));
            }

            return await Client.SendAsync(request);
        }
    }
}
