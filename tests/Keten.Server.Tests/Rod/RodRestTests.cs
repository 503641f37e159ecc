using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Keten.Application.Rio;
using Keten.Domain.Referentie;
using Keten.Application.Rod;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Schrijfpad;
using Keten.Server.Tests.Rio.Server;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rod;

/// <summary>
/// The enrolment mutations over REST on the demo content: the DLR between ROC Voorbeeld (110A001, BRIN 99MA) and
/// Lyceum Zuidrand (110A004, BRIN 99VA), gevestigd in RIO from 2021-08-01.
/// </summary>
public abstract class RodRestTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private static readonly DateOnly Begin = new(2026, 8, 1);
    private static readonly Persoonsnummer Leerling = Persoonsnummer.Bsn("999990020");

    [Fact]
    public async Task Both_schools_deliver_over_rest_and_each_gets_the_same_chain_signal()
    {
        using var vo = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/inschrijvingen", Vo(Leerroutefase.VO), Guid.NewGuid().ToString(), ZuidrandOin);
        using var mbo = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/inschrijvingen", Mbo(Leerroutefase.MBO), Guid.NewGuid().ToString(), RocVoorbeeldOin);

        Assert.Equal(HttpStatusCode.OK, vo.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mbo.StatusCode);
        var voAntwoord = (await vo.Content.ReadFromJsonAsync<InschrijvingTerugkoppeling>(RioJson.Options))!;
        var mboAntwoord = (await mbo.Content.ReadFromJsonAsync<InschrijvingTerugkoppeling>(RioJson.Options))!;
        Assert.True(voAntwoord.LeveringGoedgekeurd);
        Assert.NotNull(voAntwoord.InschrijvingId);
        Assert.Contains(mboAntwoord.Ketensignalen, s => s.Code == "KS002" && s.VoBrin == "99VA" && s.MboBrin == "99MA");
        Assert.DoesNotContain(Leerling.Waarde, await mbo.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_enrolment_is_a_422_naming_the_rule_and_the_field()
    {
        var fout = Mbo(Leerroutefase.MBO) with { DatumUitschrijvingWerkelijk = Begin.AddDays(-1) };

        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/inschrijvingen", fout, Guid.NewGuid().ToString(), RocVoorbeeldOin);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, antwoord.StatusCode);
        using var json = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync());
        Assert.Contains("ROD010", json.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("datumUitschrijving", json.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_no_enrolment_is_a_400_naming_the_field()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/rod/inschrijvingen") { Content = JsonContent.Create(new { sector = "MBO" }) };
        request.Headers.Add("Keten-Ontwikkel-OIN", RocVoorbeeldOin);

        using var antwoord = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Contains("KTN400", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bpvs", "$.bpvs[0]")]
    [InlineData("diplomas", "$.diplomas[0]")]
    [InlineData("perioden", "$.perioden[1]")]
    public async Task A_list_element_that_is_null_is_a_400_naming_its_place_and_changes_nothing(string lijst, string veld)
    {
        var body = JsonNode.Parse(RioJson.Serialize(Mbo(Leerroutefase.MBO)))!.AsObject();
        body[lijst]!.AsArray().Add((JsonNode?)null);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/rod/inschrijvingen") { Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Keten-Ontwikkel-OIN", RocVoorbeeldOin);

        using var antwoord = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        using var json = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync());
        Assert.Equal(("KTN400", veld), (json.RootElement.GetProperty("code").GetString(), json.RootElement.GetProperty("veld").GetString()));
        Assert.Empty((await ZoekAsync(new InschrijvingZoekopdracht(Persoon: Leerling), RocVoorbeeldOin)).Items);
    }

    [Fact]
    public async Task An_enrolment_is_read_by_its_id_as_known_now_or_before_a_change_and_only_by_its_own_board()
    {
        using var toegevoegd = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/inschrijvingen", Mbo(Leerroutefase.MBO), Guid.NewGuid().ToString(), RocVoorbeeldOin);
        var id = (await toegevoegd.Content.ReadFromJsonAsync<InschrijvingTerugkoppeling>(RioJson.Options))!.InschrijvingId;
        var voorUitschrijving = Server.Clock.GetUtcNow();
        Server.Clock.Advance(TimeSpan.FromMinutes(1));
        using var uit = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/uitschrijvingen",
            new Uitschrijving(Mbo(Leerroutefase.MBO).Sleutel, Begin.AddDays(40), "02", []), Guid.NewGuid().ToString(), RocVoorbeeldOin);
        Assert.Equal(HttpStatusCode.OK, uit.StatusCode);

        var nu = await LeesAsync($"/api/rod/inschrijvingen/{id}", RocVoorbeeldOin);
        var toen = await LeesAsync($"/api/rod/inschrijvingen/{id}?bekendOp={Uri.EscapeDataString(voorUitschrijving.ToString("O"))}", RocVoorbeeldOin);
        var ander = await LeesAsync($"/api/rod/inschrijvingen/{id}", ZuidrandOin);
        var fout = await LeesAsync($"/api/rod/inschrijvingen/{id}?bekendOp=gisteren", RocVoorbeeldOin);

        Assert.Equal(Begin.AddDays(40), (await nu.Content.ReadFromJsonAsync<Keten.Storage.Rod.OpgeslagenInschrijving>(RioJson.Options))!.Inschrijving.DatumUitschrijvingWerkelijk);
        Assert.Null((await toen.Content.ReadFromJsonAsync<Keten.Storage.Rod.OpgeslagenInschrijving>(RioJson.Options))!.Inschrijving.DatumUitschrijvingWerkelijk);
        Assert.Equal(HttpStatusCode.NotFound, ander.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        Assert.Contains("bekendOp", await fout.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_identificatieverzoek_answers_a_new_onderwijsnummer_in_the_body_and_the_same_one_again()
    {
        var gegevens = new Persoonsgegevens("Yilmaz", null, "Elif", "2010-02-00", "V", null);

        using var eerste = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/identificatieverzoeken", gegevens, Guid.NewGuid().ToString(), ZuidrandOin);
        using var tweede = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/identificatieverzoeken", gegevens, Guid.NewGuid().ToString(), RocVoorbeeldOin);
        using var fout = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/identificatieverzoeken", gegevens with { Geslacht = "X" }, null, RocVoorbeeldOin);

        Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);
        var nieuw = (await eerste.Content.ReadFromJsonAsync<Identificatieantwoord>(RioJson.Options))!;
        var weer = (await tweede.Content.ReadFromJsonAsync<Identificatieantwoord>(RioJson.Options))!;
        Assert.True(nieuw.NieuwToegekend);
        Assert.True(nieuw.Persoon!.Value.IsGeldig);
        Assert.Equal(nieuw.Persoon, weer.Persoon);
        Assert.False(weer.NieuwToegekend);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fout.StatusCode);
        Assert.Contains("ROD072", await fout.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_school_searches_its_own_enrolments_by_person_day_and_as_known_at_a_moment()
    {
        var ander = Persoonsnummer.Bsn("999990032");
        var voorLevering = Server.Clock.GetUtcNow();
        Server.Clock.Advance(TimeSpan.FromMinutes(1));
        using var een = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/inschrijvingen", Mbo(Leerroutefase.MBO), Guid.NewGuid().ToString(), RocVoorbeeldOin);
        using var twee = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/inschrijvingen", Mbo(Leerroutefase.MBO) with { Persoon = ander }, Guid.NewGuid().ToString(), RocVoorbeeldOin);

        var alles = await ZoekAsync(new InschrijvingZoekopdracht(), RocVoorbeeldOin);
        var persoon = await ZoekAsync(new InschrijvingZoekopdracht(Persoon: ander), RocVoorbeeldOin);
        var dagErvoor = await ZoekAsync(new InschrijvingZoekopdracht(Brin: "99MA", Peildatum: Begin.AddDays(-1)), RocVoorbeeldOin);
        var opBegin = await ZoekAsync(new InschrijvingZoekopdracht(Brin: "99MA", Peildatum: Begin), RocVoorbeeldOin);
        var toen = await ZoekAsync(new InschrijvingZoekopdracht(BekendOp: voorLevering), RocVoorbeeldOin);
        var anderBestuur = await ZoekAsync(new InschrijvingZoekopdracht(), ZuidrandOin);

        Assert.Equal(2, alles.AantalResultaten);
        Assert.Equal(ander, Assert.Single(persoon.Items).Inschrijving.Persoon);
        Assert.Empty(dagErvoor.Items);
        Assert.Equal(2, opBegin.Items.Count);
        Assert.Empty(toen.Items);
        Assert.Empty(anderBestuur.Items);
    }

    [Fact]
    public async Task Searching_another_boards_instelling_is_refused_with_ROD004()
    {
        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/inschrijvingen/zoeken", new InschrijvingZoekopdracht(Brin: "99MA"), null, ZuidrandOin);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, antwoord.StatusCode);
        Assert.Contains("ROD004", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<Keten.Storage.Pagina<Keten.Storage.Rod.OpgeslagenInschrijving>> ZoekAsync(InschrijvingZoekopdracht opdracht, string oin)
    {
        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/inschrijvingen/zoeken", opdracht, null, oin);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return (await antwoord.Content.ReadFromJsonAsync<Keten.Storage.Pagina<Keten.Storage.Rod.OpgeslagenInschrijving>>(RioJson.Options))!;
    }

    private async Task<HttpResponseMessage> LeesAsync(string pad, string oin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pad);
        request.Headers.Add("Keten-Ontwikkel-OIN", oin);
        return await Client.SendAsync(request);
    }

    private static Inschrijving Vo(Leerroutefase fase) => DemoDlr.Vo(Leerling, DemoDlr.VoPeriode(Begin, fase));

    private static Inschrijving Mbo(Leerroutefase fase) => DemoDlr.Mbo(Leerling, DemoDlr.MboPeriode(Begin, fase));
}

public sealed class RodRestTestsOnSqlite() : RodRestTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class RodRestTestsOnPostgres(PostgresServer postgres) : RodRestTests(StoreKind.Postgres, postgres);
