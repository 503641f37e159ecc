using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Keten.Domain.Rod;
using Keten.Domain.Toegang;
using Keten.Domain.Verzuim;
using Keten.Server.Tests.Infrastructure;

namespace Keten.Server.Tests.Toegang.Deuren;

/// <summary>
/// Funding, VSV and verzuim are per instelling (BRIN); a medewerker authorised for one aanbieder gets the instellingen
/// that aanbieder has a juridische relatie with in RIO. Board 100B001 has two: 99MA (aanbieder 110A001) and 99MD (no
/// aanbieder of its own); the demo medewerker A. de Vries gets the functions from the demo beheerder.
/// </summary>
public abstract class MedewerkerInstellingTests(StoreKind kind, PostgresServer? postgres) : ToegangTestBasis(kind, postgres)
{

    [Fact]
    public async Task Funding_for_one_aanbieder_covers_its_instelling_only_and_for_all_aanbieders_every_instelling_of_the_board()
    {
        var medewerker = await TokenLoginAsync("avries", DeVriesGeheim);
        await KenDeVriesToeAsync(new Autorisatie(Functie.BekostigingInzien, "110A001"));

        var eigen = await LeesAsync<JsonObject>(await PostAsync("/api/bekostiging/runs", Run(), medewerker));
        var ander = await PostAsync("/api/bekostiging/runs", Run("99MD"), medewerker);
        var totalen = await LeesAsync<JsonArray>(await GetAsync($"/api/bekostiging/runs/{eigen["runId"]}/totalen", medewerker));

        await KenDeVriesToeAsync(new Autorisatie(Functie.BekostigingInzien));
        var alles = await LeesAsync<JsonObject>(await PostAsync("/api/bekostiging/runs", Run(), medewerker));

        Assert.Equal(["99MA"], Brins(eigen));
        await AssertGeweigerdAsync(ander, 403, "AUT401");
        Assert.All(totalen, t => Assert.Equal("99MA", t!["brin"]!.GetValue<string>()));
        Assert.Equal(["99MA", "99MD"], Brins(alles));
    }

    [Fact]
    public async Task The_vsv_report_of_an_instelling_outside_the_medewerkers_aanbieders_is_refused_naming_the_brin()
    {
        var medewerker = await TokenLoginAsync("avries", DeVriesGeheim);
        await KenDeVriesToeAsync(new Autorisatie(Functie.VerzuimMelden, "110A001"));

        var eigen = await GetAsync("/api/vsv/rapport?peiljaar=2025&brin=99MA", medewerker);
        var ander = await GetAsync("/api/vsv/rapport?peiljaar=2025&brin=99MD", medewerker);

        Assert.Equal(HttpStatusCode.OK, eigen.StatusCode);
        await AssertGeweigerdAsync(ander, 403, "AUT401");
        Assert.Contains("99MD", await ander.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verzuimmelding_for_an_instelling_outside_the_medewerkers_aanbieders_is_refused_before_any_rule()
    {
        var medewerker = await TokenLoginAsync("avries", DeVriesGeheim);
        await KenDeVriesToeAsync(new Autorisatie(Functie.VerzuimMelden, "110A001"));
        var melding = new Verzuimmelding(Persoonsnummer.Bsn("999990032"), "99MD", Verzuimsoort.Luxe, new DateOnly(2026, 10, 5), "0344");

        var ander = await PostAsync("/api/verzuim/meldingen", melding, medewerker);
        var eigen = await PostAsync("/api/verzuim/meldingen", melding with { Brin = "99MA" }, medewerker);

        await AssertGeweigerdAsync(ander, 403, "AUT401");
        Assert.NotEqual("AUT401", (await eigen.Content.ReadFromJsonAsync<JsonObject>())?["code"]?.GetValue<string>());
    }

    private static object Run(string? brin = null) => new { sector = "MBO", bekostigingsjaar = 2027, status = "Voorlopig", brin };

    private static string[] Brins(JsonObject run) => [.. run["brins"]!.AsArray().Select(b => b!.GetValue<string>()).Order(StringComparer.Ordinal)];
}

public sealed class MedewerkerInstellingTestsOnSqlite() : MedewerkerInstellingTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class MedewerkerInstellingTestsOnPostgres(PostgresServer postgres) : MedewerkerInstellingTests(StoreKind.Postgres, postgres);
