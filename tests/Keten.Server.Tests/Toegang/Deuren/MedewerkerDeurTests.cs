using System.Net;
using System.Text.Json.Nodes;
using Keten.Application.Toegang;
using Keten.Domain.Rod;
using Keten.Domain.Toegang;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rod;
using Keten.Server.Toegang;

namespace Keten.Server.Tests.Toegang.Deuren;

/// <summary>
/// A medewerker on the JSON API (ADR 0020): without the endpoint's function the door refuses (TGA021); with it, the
/// handlers keep it to the aanbieders and the sector it is authorised for (AUT401), on board 100B001 (aanbieder
/// 110A001, BRIN 99MA) with the demo medewerker A. de Vries, whose authorisations the demo beheerder changes.
/// </summary>
public abstract class MedewerkerDeurTests(StoreKind kind, PostgresServer? postgres) : ToegangTestBasis(kind, postgres)
{
    private static readonly Persoonsnummer Leerling = Persoonsnummer.Bsn("999990032");

    [Fact]
    public async Task Without_the_function_the_door_refuses_and_with_it_for_one_aanbieder_only_that_aanbieders_objects_change()
    {
        var medewerker = await TokenLoginAsync("avries", DeVriesGeheim);
        var aangeboden = await EersteAsync("/api/rio/onderwijsaanbieders/110A001/aangeboden-opleidingen");
        var locatiegebruik = await EersteAsync("/api/rio/onderwijsbesturen/100B001/onderwijslocatiegebruiken");

        await AssertGeweigerdAsync(await PostAsync("/api/rio/aangeboden-opleidingen?dryRun=true", aangeboden, medewerker), 403, "TGA021");

        await KenDeVriesToeAsync(new Autorisatie(Functie.RioBeheren, "110A001"));
        var offering = await PostAsync("/api/rio/aangeboden-opleidingen?dryRun=true", aangeboden, medewerker);
        Assert.True(offering.StatusCode == HttpStatusCode.OK, await offering.Content.ReadAsStringAsync());
        await AssertGeweigerdAsync(await PostAsync("/api/rio/onderwijslocatiegebruiken?dryRun=true", locatiegebruik, medewerker), 403, "AUT401");

        await KenDeVriesToeAsync(new Autorisatie(Functie.RioBeheren));
        var locatie = await PostAsync("/api/rio/onderwijslocatiegebruiken?dryRun=true", locatiegebruik, medewerker);
        Assert.True(locatie.StatusCode == HttpStatusCode.OK, await locatie.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_medewerker_for_vo_enrolments_cannot_deliver_an_mbo_enrolment_until_it_holds_mbo_for_that_aanbieder()
    {
        var medewerker = await TokenLoginAsync("avries", DeVriesGeheim);
        var inschrijving = DemoDlr.Mbo(Leerling, DemoDlr.MboPeriode(new DateOnly(2026, 8, 1), null));

        await AssertGeweigerdAsync(await PostAsync("/api/rod/inschrijvingen", inschrijving, medewerker), 403, "TGA021");

        await KenDeVriesToeAsync(new Autorisatie(Functie.InschrijvingenVo));
        await AssertGeweigerdAsync(await PostAsync("/api/rod/inschrijvingen", inschrijving, medewerker), 403, "AUT401");

        await KenDeVriesToeAsync(new Autorisatie(Functie.InschrijvingenMbo, "110A001"));
        var geleverd = await PostAsync("/api/rod/inschrijvingen", inschrijving, medewerker);
        Assert.True(geleverd.StatusCode == HttpStatusCode.OK, await geleverd.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_login_that_is_no_medewerker_is_refused_at_the_door()
    {
        var onbekend = new Aanmelding(EHerkenning(KvkBestuur1, "onbekend-pseudoniem"), null);

        await AssertGeweigerdAsync(await PostAsync("/api/rod/inschrijvingen/zoeken", new { brin = "99MA" }, onbekend), 401, "TGA001");
    }

    private async Task<JsonNode> EersteAsync(string pad) => JsonNode.Parse(await Client.GetStringAsync(pad))!["items"]![0]!.DeepClone();
}

public sealed class MedewerkerDeurTestsOnSqlite() : MedewerkerDeurTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class MedewerkerDeurTestsOnPostgres(PostgresServer postgres) : MedewerkerDeurTests(StoreKind.Postgres, postgres);
