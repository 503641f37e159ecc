using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Keten.Application.Rio;
using Keten.Contract.Rio.Xml;
using Keten.Domain.Rio;
using Keten.Server.Tests.Infrastructure;
using Keten.Storage;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Server;

/// <summary>
/// DUO's value-list and specialisation codes through both doors: N11450 (toestemmingVereistVoorAanmelding), N10030 and
/// P02030 (a period of another specialisation, SOAP only), P01040, P01060, P02040 (a particuliereOpleiding's niveau,
/// waardedocumentsoort and studielasteenheid). A refused message stores nothing.
/// </summary>
public abstract class RioWaardelijstenTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private static AangebodenOpleiding MetToestemming(string waarde) =>
        NieuweMboOpleiding("110A001") with { Cohorten = [Cohort("2025-A") with { ToestemmingVereistVoorAanmelding = waarde }] };

    private static Opleidingseenheid Eenheid(string? niveau, string? waardedocumentsoort, string? studielasteenheid) =>
        new(null, RocVoorbeeld, Opleidingseenheid.SoortParticuliereOpleiding, new DateOnly(2024, 1, 1), null, waardedocumentsoort, niveau, null, null,
            [
                new OpleidingseenheidPeriode(new DateOnly(2024, 1, 1), "Cursus lassen", null, null, null, "40", "SBU", []),
                new OpleidingseenheidPeriode(new DateOnly(2025, 1, 1), "Cursus lassen en snijden", null, null, null, "60", studielasteenheid, []),
            ],
            []);

    [Fact]
    public async Task Toestemming_outside_the_value_list_over_soap_is_refused_with_N11450_and_not_stored()
    {
        var ao = MetToestemming("MISSCHIEN");

        var antwoord = await SoapBeherenAsync("aanleveren_aangebodenOpleiding", RocVoorbeeldOin, BeherenXmlWriter.AanleverenAangebodenOpleiding(ao));

        Assert.Equal("false", antwoord.Element(Ns + "requestGoedgekeurd")?.Value);
        var fout = Assert.Single(antwoord.Elements(Ns + "foutmelding"));
        Assert.Equal("N11450", fout.Element(Ns + "foutcode")?.Value);
        Assert.Equal(["cohortcode", "2025-A", "toestemmingVereistVoorAan", "MISSCHIEN"],
            fout.Elements(Ns + "sleutelgegeven").SelectMany(s => new[] { s.Element(Ns + "sleutelnaam")!.Value, s.Element(Ns + "sleutelwaarde")!.Value }));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/rio/aangeboden-opleidingen/{ao.AangebodenOpleidingCode}")).StatusCode);
    }

    [Fact]
    public async Task Toestemming_outside_the_value_list_over_rest_is_refused_with_N11450_and_not_stored()
    {
        var ao = MetToestemming("MISSCHIEN");

        var response = await RestAsync("/api/rio/aangeboden-opleidingen", ao, RocVoorbeeldOin);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var probleem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("N11450", probleem.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/rio/aangeboden-opleidingen/{ao.AangebodenOpleidingCode}")).StatusCode);
    }

    [Theory]
    [InlineData("JA")]
    [InlineData("NEE")]
    public async Task Toestemming_JA_and_NEE_are_accepted_over_soap_and_kept(string waarde)
    {
        var ao = MetToestemming(waarde);

        var antwoord = await SoapBeherenAsync("aanleveren_aangebodenOpleiding", RocVoorbeeldOin, BeherenXmlWriter.AanleverenAangebodenOpleiding(ao));

        Assert.Equal("true", antwoord.Element(Ns + "requestGoedgekeurd")?.Value);
        var opgeslagen = await Client.GetFromJsonAsync<AangebodenOpleiding>($"/api/rio/aangeboden-opleidingen/{ao.AangebodenOpleidingCode}", RioJson.Options);
        Assert.Equal([waarde], opgeslagen!.Cohorten.Select(c => c.ToestemmingVereistVoorAanmelding));
    }

    /// <summary>Keten once took the field as a JSON boolean; such a body still delivers, true as JA.</summary>
    [Fact]
    public async Task A_rest_body_with_the_earlier_boolean_toestemming_is_read_as_JA_or_NEE()
    {
        var ao = MetToestemming("NEE");
        var body = JsonNode.Parse(RioJson.Serialize(ao))!;
        body["cohorten"]![0]!["toestemmingVereistVoorAanmelding"] = true;

        var response = await RestAsync("/api/rio/aangeboden-opleidingen", body, RocVoorbeeldOin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var opgeslagen = await Client.GetFromJsonAsync<AangebodenOpleiding>($"/api/rio/aangeboden-opleidingen/{ao.AangebodenOpleidingCode}", RioJson.Options);
        Assert.Equal(["JA"], opgeslagen!.Cohorten.Select(c => c.ToestemmingVereistVoorAanmelding));
    }

    [Fact]
    public async Task The_rest_reference_describes_toestemming_as_a_string()
    {
        var openapi = await Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var veld = openapi.GetProperty("components").GetProperty("schemas").GetProperty(nameof(AangebodenOpleidingCohort))
            .GetProperty("properties").GetProperty("toestemmingVereistVoorAanmelding");
        Assert.Equal("string", veld.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_period_of_another_specialisation_than_its_aangeboden_opleiding_is_refused_with_N10030_and_not_stored()
    {
        var ao = NieuweMboOpleiding("110A001");
        var xml = BeherenXmlWriter.AanleverenAangebodenOpleiding(ao);
        xml.Element(Ns + "aangebodenMboOpleidingPeriode")!.Name = Ns + "aangebodenVOOpleidingPeriode";

        var antwoord = await SoapBeherenAsync("aanleveren_aangebodenOpleiding", RocVoorbeeldOin, xml);

        Assert.Equal("false", antwoord.Element(Ns + "requestGoedgekeurd")?.Value);
        var fout = Assert.Single(antwoord.Elements(Ns + "foutmelding"));
        Assert.Equal("N10030", fout.Element(Ns + "foutcode")?.Value);
        Assert.Equal("2024-08-01", fout.Element(Ns + "sleutelgegeven")?.Element(Ns + "sleutelwaarde")?.Value);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/rio/aangeboden-opleidingen/{ao.AangebodenOpleidingCode}")).StatusCode);
    }

    [Fact]
    public async Task A_period_of_another_specialisation_than_its_opleidingseenheid_is_refused_with_P02030_and_not_stored()
    {
        var voor = await AantalEenhedenAsync();
        var xml = BeherenXmlWriter.AanleverenOpleidingseenheid(Eenheid(null, null, null));
        xml.Elements(Ns + "particuliereOpleidingPeriode").Last().Name = Ns + "hoOpleidingPeriode";

        var antwoord = await SoapBeherenAsync("aanleveren_opleidingseenheid", RocVoorbeeldOin, xml);

        Assert.Equal("false", antwoord.Element(Ns + "requestGoedgekeurd")?.Value);
        var fout = Assert.Single(antwoord.Elements(Ns + "foutmelding"));
        Assert.Equal("P02030", fout.Element(Ns + "foutcode")?.Value);
        Assert.Equal("2025-01-01", fout.Element(Ns + "sleutelgegeven")?.Element(Ns + "sleutelwaarde")?.Value);
        Assert.Equal(voor, await AantalEenhedenAsync());
    }

    [Fact]
    public async Task Niveau_waardedocumentsoort_and_studielasteenheid_outside_their_lists_are_refused_over_soap_with_P01040_P01060_P02040()
    {
        var voor = await AantalEenhedenAsync();

        var antwoord = await SoapBeherenAsync("aanleveren_opleidingseenheid", RocVoorbeeldOin,
            BeherenXmlWriter.AanleverenOpleidingseenheid(Eenheid("MBO-5", "BEWIJS", "UREN")));

        Assert.Equal("false", antwoord.Element(Ns + "requestGoedgekeurd")?.Value);
        Assert.Equal(["P01040", "P01060", "P02040"], antwoord.Elements(Ns + "foutmelding").Select(f => f.Element(Ns + "foutcode")!.Value).Order(StringComparer.Ordinal));
        Assert.Equal(voor, await AantalEenhedenAsync());
    }

    [Fact]
    public async Task Niveau_waardedocumentsoort_and_studielasteenheid_outside_their_lists_are_refused_over_rest_with_P01040_P01060_P02040()
    {
        var voor = await AantalEenhedenAsync();

        var response = await RestAsync("/api/rio/opleidingseenheden", Eenheid("MBO-5", "BEWIJS", "UREN"), RocVoorbeeldOin);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var probleem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["P01040", "P01060", "P02040"],
            probleem.GetProperty("foutmeldingen").EnumerateArray().Select(f => f.GetProperty("foutcode").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(voor, await AantalEenhedenAsync());
    }

    [Fact]
    public async Task Niveau_waardedocumentsoort_and_studielasteenheid_from_their_lists_are_accepted_over_soap_and_rest()
    {
        var eenheid = Eenheid("MBO-4", "CERTIFICAAT", "CONTACTUUR");

        var antwoord = await SoapBeherenAsync("aanleveren_opleidingseenheid", RocVoorbeeldOin, BeherenXmlWriter.AanleverenOpleidingseenheid(eenheid));
        var response = await RestAsync("/api/rio/opleidingseenheden", eenheid with { Niveau = "ONBEPAALD", Waardedocumentsoort = "GEEN_OFFICIEEL_DOCUMENT" }, RocVoorbeeldOin);

        Assert.Equal("true", antwoord.Element(Ns + "requestGoedgekeurd")?.Value);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<int> AantalEenhedenAsync() =>
        (await Client.GetFromJsonAsync<Pagina<Opleidingseenheid>>($"/api/rio/onderwijsbesturen/{RocVoorbeeld}/opleidingseenheden", RioJson.Options))!.AantalResultaten;
}

public sealed class RioWaardelijstenTestsOnSqlite() : RioWaardelijstenTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class RioWaardelijstenTestsOnPostgres(PostgresServer postgres) : RioWaardelijstenTests(StoreKind.Postgres, postgres);
