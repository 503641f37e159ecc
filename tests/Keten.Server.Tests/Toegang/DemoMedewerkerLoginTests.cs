using System.Net;
using System.Net.Http.Json;
using Keten.Application.Rio;
using Keten.Application.Toegang;
using Keten.Domain.Toegang;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Server;
using Keten.Storage;
using Keten.Storage.Audit;
using Keten.Storage.Toegang;

namespace Keten.Server.Tests.Toegang;

/// <summary>
/// `dotnet run`'s demo staff (DemoData/toegang-demo.json): with the demo on and the development broker on, the broker's
/// test employees are medewerkers of their boards under the exact identity the broker gives them.
/// </summary>
public abstract class DemoMedewerkerLoginTests(StoreKind kind, PostgresServer? postgres) : OidcLoginTestBasis(kind, postgres)
{
    protected override bool Demo => true;

    protected override IReadOnlyDictionary<string, string> ExtraInstellingen => new Dictionary<string, string>
    {
        ["Keten:Toegang:TokenSleutel"] = ToegangTestBasis.TestSleutel,
    };

    [Fact]
    public async Task The_demo_beheerder_logged_in_through_the_broker_is_the_boards_medewerker_with_every_function()
    {
        var ik = await IngelogdAlsAsync("100B001|J. Beheerder");

        Assert.Equal(("J. Beheerder", "100B001"), (ik.Naam, ik.Onderwijsbestuurcode));
        Assert.Equal(Enum.GetValues<Functie>(), ik.Autorisaties.Select(a => a.Functie).Order());
        Assert.All(ik.Autorisaties, a => Assert.True(a.VoorAlleAanbieders));
        Assert.Equal(Inlogmiddel.Verhuisd, ik.Inlogmiddel);
    }

    [Fact]
    public async Task Every_demo_boards_beheerder_logs_in_as_its_beheerder()
    {
        foreach (var (bestuur, naam) in new[] { ("100B002", "M. Jansen"), ("100B003", "S. Bakker"), ("100B004", "P. Visser"), ("100B005", "R. Smit") })
        {
            Browser.Dispose();
            Browser = Server.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

            var ik = await IngelogdAlsAsync($"{bestuur}|{naam}", bestuur);

            Assert.Equal((naam, bestuur), (ik.Naam, ik.Onderwijsbestuurcode));
            Assert.True(Autorisatiebeslissing.MagMedewerker(ik, Functie.Beheer, null));
        }
    }

    [Fact]
    public async Task The_demo_colleague_has_only_some_functions_on_one_aanbieder()
    {
        var ik = await IngelogdAlsAsync("100B001|K. Mulder");

        Assert.Equal(Inlogmiddel.EHerkenning, ik.Inlogmiddel);
        Assert.Equal(
            [new Autorisatie(Functie.BekostigingInzien, "110A001"), new Autorisatie(Functie.InschrijvingenMbo, "110A001")],
            ik.Autorisaties.OrderBy(a => a.Functie.ToString(), StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_demo_colleague_still_on_the_DUO_token_moves_in_one_visit_and_keeps_the_authorisations()
    {
        using var terug = await LoginAsync("loa3", "inloggen", "100B001|A. de Vries");
        Assert.Equal(HttpStatusCode.Redirect, terug.StatusCode);
        using var nogNiet = await Browser.GetAsync("/api/toegang/ik");
        Assert.Equal(HttpStatusCode.Unauthorized, nogNiet.StatusCode);
        Assert.Contains("TGA001", await nogNiet.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var code = TotpControle.Code(TotpControle.Geheim("KRUGS4ZANFZSA5DF"), DateTimeOffset.UtcNow);
        using var verhuizing = await Browser.PostAsJsonAsync("/api/toegang/token/verhuizen", new { gebruikersnaam = "avries", code }, RioJson.Options);
        Assert.True(verhuizing.IsSuccessStatusCode, await verhuizing.Content.ReadAsStringAsync());

        var ik = await LeesIkAsync();
        Assert.Equal(("A. de Vries", Inlogmiddel.Verhuisd), (ik.Naam, ik.Inlogmiddel));
        Assert.Equal(
            [new Autorisatie(Functie.InschrijvingenMbo, "110A001"), new Autorisatie(Functie.RioBeheren, "110A001")],
            ik.Autorisaties.OrderBy(a => a.Functie.ToString(), StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_restart_duplicates_nothing_and_keeps_the_beheerders_changes()
    {
        var store = Database.CreateStore(TimeProvider.System);
        var mulder = (await store.Medewerkers.MedewerkersVanBestuurAsync("100B001", CancellationToken.None)).Single(m => m.Naam == "K. Mulder");
        Assert.Equal(AutorisatieWijziging.Gedaan, await store.Medewerkers.WijzigAutorisatiesAsync("100B001", mulder.Id,
            [], [new Autorisatie(Functie.BekostigingInzien, "110A001")], Auditbron.Onbekend, CancellationToken.None));
        var voor = await AllePersoneelAsync(store);

        await using (var tweede = new KetenTestServer(ConnectionString, demo: true, instellingen: new Dictionary<string, string>
        {
            ["Keten:Ontwikkelmakelaar:Aan"] = "true",
            ["Keten:Toegang:TokenSleutel"] = ToegangTestBasis.TestSleutel,
        }))
        {
            tweede.CreateClient().Dispose();
        }

        Assert.Equal(voor, await AllePersoneelAsync(store));
        Assert.Equal([new Autorisatie(Functie.InschrijvingenMbo, "110A001")],
            (await store.Medewerkers.MedewerkerAsync(mulder.Id, CancellationToken.None))!.Autorisaties);
        Assert.Equal("K. Mulder", (await IngelogdAlsAsync("100B001|K. Mulder")).Naam);
    }

    private static async Task<List<string>> AllePersoneelAsync(IKetenStore store)
    {
        var personeel = new List<string>();
        foreach (var bestuur in new[] { "100B001", "100B002", "100B003", "100B004", "100B005" })
        {
            personeel.AddRange((await store.Medewerkers.MedewerkersVanBestuurAsync(bestuur, CancellationToken.None))
                .Select(m => $"{m.Id} {m.Naam} {m.Inlogmiddel} {string.Join(',', m.Autorisaties)}"));
        }

        return personeel;
    }

    private async Task<Medewerker> IngelogdAlsAsync(string medewerker, string bestuur = "100B001")
    {
        using var terug = await LoginAsync("loa3", "inloggen", medewerker, bestuur);
        Assert.Equal(HttpStatusCode.Redirect, terug.StatusCode);
        return await LeesIkAsync();
    }

    private async Task<Medewerker> LeesIkAsync()
    {
        using var ik = await Browser.GetAsync("/api/toegang/ik");
        Assert.True(ik.IsSuccessStatusCode, $"{(int)ik.StatusCode}: {await ik.Content.ReadAsStringAsync()}");
        return (await ik.Content.ReadFromJsonAsync<Medewerker>(RioJson.Options))!;
    }
}

public sealed class DemoMedewerkerLoginTestsOnSqlite() : DemoMedewerkerLoginTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class DemoMedewerkerLoginTestsOnPostgres(PostgresServer postgres) : DemoMedewerkerLoginTests(StoreKind.Postgres, postgres);
