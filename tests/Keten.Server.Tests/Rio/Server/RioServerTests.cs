using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Leerroutes;
using Keten.Application.Rio;
using Keten.Contract.Rio.Xml;
using Keten.Server.Soap;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Server;
using Keten.Server.Tests.Soap;
using Keten.Storage;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Server;

/// <summary>The RIO register end to end: SOAP and REST doors, the shared handlers, a real database.</summary>
public abstract class RioServerTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    [Theory]
    [InlineData("/api/rio/onderwijsbesturen/100B001/onderwijsaanbieders?pagina=-1")]
    [InlineData("/api/rio/onderwijsbesturen/100B001/onderwijsaanbieders?pagina=99999999999")]
    [InlineData("/api/rio/onderwijsaanbieders/110A001/aangeboden-opleidingen?pagina=1000000")]
    [InlineData("/api/rio/onderwijsaanbieders/110A001/aangeboden-opleidingen/gewijzigd?sinds=2024-09-01T00:00:00Z&pagina=-1")]
    [InlineData("/api/rio/onderwijsbesturen/100B001/onderwijslocatiegebruiken/gewijzigd?sinds=2024-09-01T00:00:00Z&pagina=een")]
    public async Task Pagina_out_of_range_is_refused_with_KTN400_naming_the_field(string pad)
    {
        using var antwoord = await Client.GetAsync(pad);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        using var probleem = System.Text.Json.JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync());
        Assert.Equal("KTN400", probleem.RootElement.GetProperty("code").GetString());
        Assert.Equal("pagina", probleem.RootElement.GetProperty("veld").GetString());
    }

    [Fact]
    public async Task Aangeboden_opleiding_delivered_over_soap_is_returned_unchanged_over_rest()
    {
        var ao = NieuweMboOpleiding("110A001");

        var antwoord = await SoapBeherenAsync("aanleveren_aangebodenOpleiding", RocVoorbeeldOin, BeherenXmlWriter.AanleverenAangebodenOpleiding(ao));

        Assert.Equal("true", antwoord.Element(Ns + "requestGoedgekeurd")?.Value);
        Assert.Equal(Json(ao), Json(await Client.GetFromJsonAsync<AangebodenOpleiding>($"/api/rio/aangeboden-opleidingen/{ao.AangebodenOpleidingCode}", RioJson.Options)));
    }

    [Fact]
    public async Task Refusal_over_soap_carries_duo_code_field_and_is_xsd_valid()
    {
        var ao = NieuweMboOpleiding("110A001");
        var antwoord = await SoapBeherenAsync("aanleveren_aangebodenOpleiding", ZuidrandOin, BeherenXmlWriter.AanleverenAangebodenOpleiding(ao));

        Assert.Equal("false", antwoord.Element(Ns + "requestGoedgekeurd")?.Value);
        var fout = Assert.Single(antwoord.Elements(Ns + "foutmelding"));
        Assert.Equal("AUT401", fout.Element(Ns + "foutcode")?.Value);
        Assert.Equal("onderwijsaanbiedercode", fout.Element(Ns + "sleutelgegeven")?.Element(Ns + "sleutelnaam")?.Value);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/rio/aangeboden-opleidingen/{ao.AangebodenOpleidingCode}")).StatusCode);
    }

    [Fact]
    public async Task Several_rule_violations_come_back_together_with_their_duo_codes()
    {
        var fout = NieuweMboOpleiding("110A001") with { Onderwijslocatiecode = "999X999", LeertrajectMbo = "CBL" };
        fout = fout with { Perioden = [fout.Perioden[0] with { Kenmerken = [Samenwerkend("999A999"), Samenwerkend("999A999")] }] };

        var antwoord = await SoapBeherenAsync("aanleveren_aangebodenOpleiding", RocVoorbeeldOin, BeherenXmlWriter.AanleverenAangebodenOpleiding(fout));

        Assert.Equal(["A01060", "N09030", "N10060", "N10410"], antwoord.Elements(Ns + "foutmelding").Select(f => f.Element(Ns + "foutcode")!.Value).Order());
    }

    [Fact]
    public async Task Aanleveren_replaces_the_whole_state_so_cohorts_left_out_are_removed()
    {
        var metTweeCohorten = NieuweMboOpleiding("110A001") with { Cohorten = [Cohort("2025-A"), Cohort("2026-A")] };
        Assert.True((await RestAsync("/api/rio/aangeboden-opleidingen", metTweeCohorten, RocVoorbeeldOin)).IsSuccessStatusCode);

        var metEen = metTweeCohorten with { Cohorten = [Cohort("2026-A")] };
        Assert.True((await RestAsync("/api/rio/aangeboden-opleidingen", metEen, RocVoorbeeldOin)).IsSuccessStatusCode);

        var opgeslagen = await Client.GetFromJsonAsync<AangebodenOpleiding>($"/api/rio/aangeboden-opleidingen/{metEen.AangebodenOpleidingCode}", RioJson.Options);
        Assert.Equal(["2026-A"], opgeslagen!.Cohorten.Select(c => c.Cohortcode));
        var store = Database.CreateStore(TimeProvider.System);
        Assert.Equal(2, (await store.HistorieAsync(RioObjectSoort.AangebodenOpleiding, metEen.AangebodenOpleidingCode.ToString("D"), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Rest_refusal_is_problem_details_with_the_duo_code()
    {
        var ao = NieuweMboOpleiding("110A001") with { OpleidingserkenningSleutel = new OpleidingserkenningSleutel("CREBO", "99999") };

        var response = await RestAsync("/api/rio/aangeboden-opleidingen", ao, RocVoorbeeldOin);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var probleem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal("A01080", probleem.GetProperty("code").GetString());
        Assert.Equal("opleidingscode", probleem.GetProperty("foutmeldingen")[0].GetProperty("sleutelgegevens")[1].GetProperty("sleutelnaam").GetString());
    }

    [Fact]
    public async Task Rest_without_a_known_sender_is_refused_with_AUT401()
    {
        var response = await RestAsync("/api/rio/aangeboden-opleidingen", NieuweMboOpleiding("110A001"), "00000009999999999999");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Rest_malformed_json_names_the_field_and_changes_nothing()
    {
        using var inhoud = new StringContent("""{"aangebodenOpleidingCode": "geen-guid"}""", System.Text.Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/rio/aangeboden-opleidingen") { Content = inhoud };
        request.Headers.Add("Keten-Ontwikkel-OIN", RocVoorbeeldOin);

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("aangebodenOpleidingCode", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_onderwijsaanbieder_over_soap_gets_a_code_that_rest_returns()
    {
        var aanbieder = new Onderwijsaanbieder(null, RocVoorbeeld, new DateOnly(2024, 8, 1), null,
            [new OnderwijsaanbiederPeriode(new DateOnly(2024, 8, 1), "ROC Voorbeeld Techniek", null, [])],
            [new JuridischeRelatie("99MA", new DateOnly(2024, 8, 1), null)], []);

        var antwoord = await SoapBeherenAsync("aanleveren_onderwijsaanbieder", RocVoorbeeldOin, BeherenXmlWriter.AanleverenOnderwijsaanbieder(aanbieder));

        var code = antwoord.Element(Ns + "onderwijsaanbiedercode")?.Value;
        Assert.Matches("^[0-9]{3}A[0-9]{3}$", code);
        Assert.Equal(Json(aanbieder with { Onderwijsaanbiedercode = code }),
            Json(await Client.GetFromJsonAsync<Onderwijsaanbieder>($"/api/rio/onderwijsaanbieders/{code}", RioJson.Options)));
    }

    [Fact]
    public async Task New_onderwijslocatiegebruik_by_address_gets_a_location_code_over_soap()
    {
        var gebruik = new Onderwijslocatiegebruik(RocVoorbeeld, null, new DateOnly(2024, 8, 1), null,
            new AanduidingAdres("3511AB", 12, "bis"), null, null, [], []);

        var antwoord = await SoapBeherenAsync("aanleveren_onderwijslocatiegebruik", RocVoorbeeldOin, BeherenXmlWriter.AanleverenOnderwijslocatiegebruik(gebruik));

        var code = antwoord.Element(Ns + "onderwijslocatiecode")?.Value;
        Assert.Matches("^[0-9]{3}X[0-9]{3}$", code);
        Assert.Equal(Json(gebruik with { Onderwijslocatiecode = code }),
            Json(await Client.GetFromJsonAsync<Onderwijslocatiegebruik>($"/api/rio/onderwijsbesturen/{RocVoorbeeld}/onderwijslocatiegebruiken/{code}", RioJson.Options)));
        var locatie = await Client.GetFromJsonAsync<Onderwijslocatie>($"/api/rio/onderwijslocaties/{code}", RioJson.Options);
        Assert.Equal("3511AB", locatie!.AanduidingAdres!.Postcode);
    }

    [Fact]
    public async Task Opleidingseenheden_and_their_relatie_round_trip_over_soap_and_can_be_deleted_in_order()
    {
        var eenheid = new Opleidingseenheid(null, RocVoorbeeld, Opleidingseenheid.SoortParticuliereOpleiding, new DateOnly(2024, 1, 1), null, null, null, null, null,
            [new OpleidingseenheidPeriode(new DateOnly(2024, 1, 1), "Cursus lassen", null, null, null, null, null, [])], []);
        var code1 = (await SoapBeherenAsync("aanleveren_opleidingseenheid", RocVoorbeeldOin, BeherenXmlWriter.AanleverenOpleidingseenheid(eenheid))).Element(Ns + "opleidingseenheidcode")!.Value;
        var code2 = (await SoapBeherenAsync("aanleveren_opleidingseenheid", RocVoorbeeldOin, BeherenXmlWriter.AanleverenOpleidingseenheid(eenheid))).Element(Ns + "opleidingseenheidcode")!.Value;
        Assert.NotEqual(code1, code2);
        Assert.Equal(Json(eenheid with { Opleidingseenheidcode = code1 }), Json(await Client.GetFromJsonAsync<Opleidingseenheid>($"/api/rio/opleidingseenheden/{code1}", RioJson.Options)));

        var relatie = new Opleidingsrelatie(RocVoorbeeld, new DateOnly(2024, 2, 1), null, code1, code2);
        Assert.Equal("true", (await SoapBeherenAsync("aanleveren_opleidingsrelatie", RocVoorbeeldOin, BeherenXmlWriter.AanleverenOpleidingsrelatie(relatie))).Element(Ns + "requestGoedgekeurd")?.Value);
        Assert.Equal(Json(relatie), Json(Assert.Single(await Client.GetFromJsonAsync<List<Opleidingsrelatie>>($"/api/rio/opleidingseenheden/{code2}/opleidingsrelaties", RioJson.Options) ?? [])));

        var geweigerd = await SoapBeherenAsync("verwijderen_opleidingseenheid", RocVoorbeeldOin, BeherenXmlWriter.VerwijderenOpleidingseenheid(code1));
        Assert.Equal("P01810", geweigerd.Element(Ns + "foutmelding")?.Element(Ns + "foutcode")?.Value);
        Assert.Equal("true", (await SoapBeherenAsync("verwijderen_opleidingsrelatie", RocVoorbeeldOin, BeherenXmlWriter.VerwijderenOpleidingsrelatie(relatie))).Element(Ns + "requestGoedgekeurd")?.Value);
        Assert.Equal("true", (await SoapBeherenAsync("verwijderen_opleidingseenheid", RocVoorbeeldOin, BeherenXmlWriter.VerwijderenOpleidingseenheid(code1))).Element(Ns + "requestGoedgekeurd")?.Value);
    }

    [Fact]
    public async Task Deleting_an_aanbieder_its_offerings_still_refer_to_is_refused_with_N04810()
    {
        var antwoord = await SoapBeherenAsync("verwijderen_onderwijsaanbieder", RocVoorbeeldOin, BeherenXmlWriter.VerwijderenOnderwijsaanbieder("110A001"));

        Assert.Equal("N04810", antwoord.Element(Ns + "foutmelding")?.Element(Ns + "foutcode")?.Value);
    }

    [Fact]
    public async Task Deleting_what_does_not_exist_is_refused_and_deleting_an_offering_works_once()
    {
        var onbekend = await SoapBeherenAsync("verwijderen_aangebodenOpleiding", RocVoorbeeldOin, BeherenXmlWriter.VerwijderenAangebodenOpleiding(Guid.NewGuid()));
        Assert.Equal("KTN001", onbekend.Element(Ns + "foutmelding")?.Element(Ns + "foutcode")?.Value);

        var ao = NieuweMboOpleiding("110A001");
        await RestAsync("/api/rio/aangeboden-opleidingen", ao, RocVoorbeeldOin);
        Assert.Equal("true", (await SoapBeherenAsync("verwijderen_aangebodenOpleiding", RocVoorbeeldOin, BeherenXmlWriter.VerwijderenAangebodenOpleiding(ao.AangebodenOpleidingCode))).Element(Ns + "requestGoedgekeurd")?.Value);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/rio/aangeboden-opleidingen/{ao.AangebodenOpleidingCode}")).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_locatiegebruik_is_refused_while_offerings_use_it_and_when_it_does_not_exist()
    {
        var inGebruik = await SoapBeherenAsync("verwijderen_onderwijslocatiegebruik", RocVoorbeeldOin,
            BeherenXmlWriter.VerwijderenOnderwijslocatiegebruik(RocVoorbeeld, "110X001"));
        var nietVanDitBestuur = await SoapBeherenAsync("verwijderen_onderwijslocatiegebruik", KanaalstreekOin,
            BeherenXmlWriter.VerwijderenOnderwijslocatiegebruik(Kanaalstreek, "110X001"));

        Assert.Equal("KTN002", inGebruik.Element(Ns + "foutmelding")?.Element(Ns + "foutcode")?.Value);
        Assert.Equal("A01130", nietVanDitBestuur.Element(Ns + "foutmelding")?.Element(Ns + "foutcode")?.Value);
    }

    [Fact]
    public async Task Demo_leerroutes_show_gevestigd_and_wacht_op_partner_for_the_board()
    {
        var routes = await Client.GetFromJsonAsync<List<Leerroute>>($"/api/rio/onderwijsbesturen/{Kanaalstreek}/leerroutes", RioJson.Options);

        Assert.Contains(routes!, r => r.Status == LeerrouteStatus.Gevestigd && r.VoAanbiedercode == "110A008");
        var wachtend = Assert.Single(routes!, r => r.Status == LeerrouteStatus.WachtOpPartner);
        Assert.Equal(LeerrouteZijde.VO, wachtend.Ontbrekend);
    }

    [Fact]
    public async Task Vo_partner_registering_its_side_establishes_the_half_route()
    {
        var voOpleiding = new AangebodenOpleiding(Guid.NewGuid(), AangebodenOpleidingSoort.VO, "110A008", null, new DateOnly(2024, 8, 1), null, null,
            null, new VoVakerkenningSleutel("ILT", "0145", "VO-VMBO-GL"), null,
            [new AangebodenOpleidingPeriode(new DateOnly(2024, 8, 1), null, null, null, [Samenwerkend("110A001")])],
            [], null, [new Kenmerk(Kenmerk.DoorlopendeLeerlijnVmboMbo, KenmerkType.Enumeratiewaarde, LeerrouteCodes.Dlr)], null, null, null, null);

        var response = await RestAsync("/api/rio/aangeboden-opleidingen", voOpleiding, KanaalstreekOin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var routes = await Client.GetFromJsonAsync<List<Leerroute>>($"/api/rio/onderwijsbesturen/{RocVoorbeeld}/leerroutes", RioJson.Options);
        Assert.Contains(routes!, r => r.MboAanbiedercode == "110A001" && r.VoAanbiedercode == "110A008" && r.Status == LeerrouteStatus.Gevestigd);
        Assert.DoesNotContain(routes!, r => r.VoAanbiedercode == "110A008" && r.Status == LeerrouteStatus.WachtOpPartner && r.Periode.Einddatum is null);
    }

    [Fact]
    public async Task Cli_lists_the_leerroutes_of_a_board_from_the_same_database()
    {
        using var uit = new StringWriter();
        using var fout = new StringWriter();

        var code = await Keten.Cli.KetenCli.RunAsync(["leerroutes", "--bestuur", Kanaalstreek, "--connection", ConnectionString], uit, fout, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Contains("gevestigd", uit.ToString(), StringComparison.Ordinal);
        Assert.Contains("wacht op partner", uit.ToString(), StringComparison.Ordinal);
    }
}

public sealed class RioServerTestsOnSqlite() : RioServerTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class RioServerTestsOnPostgres(PostgresServer postgres) : RioServerTests(StoreKind.Postgres, postgres);
