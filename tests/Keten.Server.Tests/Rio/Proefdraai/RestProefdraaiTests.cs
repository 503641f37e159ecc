using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Keten.Domain.Rio;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Server;
using Keten.Storage;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Proefdraai;

/// <summary>?dryRun=true on the JSON API, end to end: the full answer and the diff per object and field, and no effect.</summary>
public abstract class RestProefdraaiTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private const string Opleidingen = "/api/rio/aangeboden-opleidingen";

    [Fact]
    public async Task Dry_run_of_a_new_offering_shows_it_added_and_stores_and_records_nothing()
    {
        var ao = NieuweMboOpleiding("110A001");
        var id = Guid.NewGuid().ToString();

        var (status, antwoord) = await LeverAsync(HttpMethod.Post, Opleidingen + "?dryRun=true", ao, id);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(antwoord.GetProperty("proefdraai").GetBoolean());
        Assert.True(antwoord.GetProperty("terugkoppeling").GetProperty("requestGoedgekeurd").GetBoolean());
        var verschil = Assert.Single(antwoord.GetProperty("verschillen").EnumerateArray());
        Assert.Equal("aangebodenOpleiding", verschil.GetProperty("objectSoort").GetString());
        Assert.Equal(ao.AangebodenOpleidingCode.ToString("D"), verschil.GetProperty("sleutel").GetString());
        Assert.Equal("toegevoegd", verschil.GetProperty("soort").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"{Opleidingen}/{ao.AangebodenOpleidingCode}")).StatusCode);

        var (echt, _) = await LeverAsync(HttpMethod.Post, Opleidingen, ao with { Einddatum = new DateOnly(2030, 8, 1) }, id);

        Assert.Equal(HttpStatusCode.OK, echt);
    }

    [Fact]
    public async Task Dry_run_of_a_change_names_each_field_and_leaves_state_and_history_as_they_were()
    {
        var ao = NieuweMboOpleiding("110A001") with { Cohorten = [Cohort("2025-A"), Cohort("2026-A")] };
        Assert.Equal(HttpStatusCode.OK, (await LeverAsync(HttpMethod.Post, Opleidingen, ao)).Status);
        var voor = await Client.GetStringAsync($"{Opleidingen}/{ao.AangebodenOpleidingCode}");
        var gewijzigd = ao with
        {
            Perioden = [ao.Perioden[0] with { EigenNaamAangebodenOpleiding = "Verkoopspecialist" }],
            Cohorten = [Cohort("2026-A"), Cohort("2027-A")],
        };

        var (status, antwoord) = await LeverAsync(HttpMethod.Post, Opleidingen + "?dryRun=true", gewijzigd);

        Assert.Equal(HttpStatusCode.OK, status);
        var verschil = Assert.Single(antwoord.GetProperty("verschillen").EnumerateArray());
        Assert.Equal("gewijzigd", verschil.GetProperty("soort").GetString());
        var velden = verschil.GetProperty("velden").EnumerateArray().ToDictionary(v => v.GetProperty("pad").GetString()!);
        Assert.Equal(["cohorten[cohortcode=2025-A]", "cohorten[cohortcode=2027-A]", "perioden[begindatum=2024-08-01].eigenNaamAangebodenOpleiding"], velden.Keys.Order(StringComparer.Ordinal));
        var naam = velden["perioden[begindatum=2024-08-01].eigenNaamAangebodenOpleiding"];
        Assert.Equal(("gewijzigd", "Verkoopmedewerker", "Verkoopspecialist"), (naam.GetProperty("soort").GetString(), naam.GetProperty("oud").GetString(), naam.GetProperty("nieuw").GetString()));
        Assert.Equal("verwijderd", velden["cohorten[cohortcode=2025-A]"].GetProperty("soort").GetString());
        Assert.False(velden["cohorten[cohortcode=2025-A]"].TryGetProperty("nieuw", out _));
        var toegevoegd = velden["cohorten[cohortcode=2027-A]"];
        Assert.Equal("toegevoegd", toegevoegd.GetProperty("soort").GetString());
        Assert.Equal("2027-A", toegevoegd.GetProperty("nieuw").GetProperty("cohortcode").GetString());
        Assert.False(toegevoegd.TryGetProperty("oud", out _));

        Assert.Equal(voor, await Client.GetStringAsync($"{Opleidingen}/{ao.AangebodenOpleidingCode}"));
        var store = Database.CreateStore(TimeProvider.System);
        Assert.Single(await store.HistorieAsync(RioObjectSoort.AangebodenOpleiding, ao.AangebodenOpleidingCode.ToString("D"), CancellationToken.None));
    }

    [Fact]
    public async Task Dry_run_that_would_be_refused_gets_the_same_problem_details_as_the_real_call()
    {
        var ao = NieuweMboOpleiding("110A001") with { Onderwijslocatiecode = "999X999", LeertrajectMbo = "CBL" };

        var (proefStatus, proef) = await LeverAsync(HttpMethod.Post, Opleidingen + "?dryRun=true", ao);
        var (echtStatus, echt) = await LeverAsync(HttpMethod.Post, Opleidingen, ao);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, proefStatus);
        Assert.Equal(echtStatus, proefStatus);
        Assert.Equal(echt.GetProperty("code").GetString(), proef.GetProperty("code").GetString());
        Assert.Equal(echt.GetProperty("foutmeldingen").GetRawText(), proef.GetProperty("foutmeldingen").GetRawText());
        Assert.Equal(["A01060", "N09030"], proef.GetProperty("foutmeldingen").EnumerateArray().Select(f => f.GetProperty("foutcode").GetString()).Order());
    }

    [Fact]
    public async Task Dry_run_of_a_delete_shows_the_object_removed_and_keeps_it()
    {
        var ao = NieuweMboOpleiding("110A001");
        await LeverAsync(HttpMethod.Post, Opleidingen, ao);

        var (status, antwoord) = await LeverAsync(HttpMethod.Delete, $"{Opleidingen}/{ao.AangebodenOpleidingCode}?dryRun=true", (object?)null);

        Assert.Equal(HttpStatusCode.OK, status);
        var verschil = Assert.Single(antwoord.GetProperty("verschillen").EnumerateArray());
        Assert.Equal(("verwijderd", 0), (verschil.GetProperty("soort").GetString(), verschil.GetProperty("velden").GetArrayLength()));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"{Opleidingen}/{ao.AangebodenOpleidingCode}")).StatusCode);
    }

    [Fact]
    public async Task Delivery_again_exactly_as_stored_is_ongewijzigd()
    {
        var ao = NieuweMboOpleiding("110A001") with { Cohorten = [Cohort("2025-A")] };
        await LeverAsync(HttpMethod.Post, Opleidingen, ao);

        var (_, antwoord) = await LeverAsync(HttpMethod.Post, Opleidingen + "?dryRun=true", ao);

        var verschil = Assert.Single(antwoord.GetProperty("verschillen").EnumerateArray());
        Assert.Equal(("ongewijzigd", 0), (verschil.GetProperty("soort").GetString(), verschil.GetProperty("velden").GetArrayLength()));
    }

    [Theory]
    [InlineData("POST", Opleidingen + "?dryRun=maybe")]
    [InlineData("DELETE", Opleidingen + "/5e0c2f4b-1a0e-4d51-9d2f-2f1f3a3c0b11?dryRun=1")]
    public async Task Dry_run_that_is_not_true_or_false_is_refused_with_KTN400_naming_dryRun(string methode, string pad)
    {
        var (status, antwoord) = await LeverAsync(new HttpMethod(methode), pad, NieuweMboOpleiding("110A001"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(("KTN400", "dryRun"), (antwoord.GetProperty("code").GetString(), antwoord.GetProperty("veld").GetString()));
    }

    [Fact]
    public async Task An_empty_dry_run_is_refused_with_KTN400_naming_dryRun_and_changes_nothing()
    {
        var nieuw = NieuweMboOpleiding("110A001");
        var bestaand = NieuweMboOpleiding("110A001");
        await LeverAsync(HttpMethod.Post, Opleidingen, bestaand);

        var (leverStatus, levering) = await LeverAsync(HttpMethod.Post, Opleidingen + "?dryRun=", nieuw);
        var (verwijderStatus, verwijdering) = await LeverAsync(HttpMethod.Delete, $"{Opleidingen}/{bestaand.AangebodenOpleidingCode}?dryRun=", (object?)null);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (leverStatus, verwijderStatus));
        Assert.Equal(("KTN400", "dryRun"), (levering.GetProperty("code").GetString(), levering.GetProperty("veld").GetString()));
        Assert.Equal(("KTN400", "dryRun"), (verwijdering.GetProperty("code").GetString(), verwijdering.GetProperty("veld").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"{Opleidingen}/{nieuw.AangebodenOpleidingCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"{Opleidingen}/{bestaand.AangebodenOpleidingCode}")).StatusCode);
    }

    private async Task<(HttpStatusCode Status, JsonElement Antwoord)> LeverAsync<T>(HttpMethod methode, string pad, T body, string? bedrijfsdocument = null)
    {
        using var request = new HttpRequestMessage(methode, pad);
        if (body is not null && methode == HttpMethod.Post)
        {
            request.Content = JsonContent.Create(body, options: Keten.Application.Rio.RioJson.Options);
        }

        request.Headers.Add("Keten-Ontwikkel-OIN", RocVoorbeeldOin);
        if (bedrijfsdocument is not null)
        {
            request.Headers.Add("Keten-Bedrijfsdocument-Id", bedrijfsdocument);
        }

        using var response = await Client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }
}

public sealed class RestProefdraaiTestsOnSqlite() : RestProefdraaiTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class RestProefdraaiTestsOnPostgres(PostgresServer postgres) : RestProefdraaiTests(StoreKind.Postgres, postgres);
