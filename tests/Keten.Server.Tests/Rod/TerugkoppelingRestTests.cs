using System.Net;
using System.Net.Http.Json;
using Keten.Application.Rio;
using Keten.Domain.Rod;
using Keten.Domain.Verzuim;
using Keten.Server.Rod.Rest;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Schrijfpad;
using Keten.Server.Tests.Rio.Server;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rod;

/// <summary>
/// On REST, on the demo DLR (Lyceum Zuidrand 99VA, ROC Voorbeeld 99MA): who reports on every answer, through the fase
/// switch; and the mutation stop with and without the Keten-Accountantsverklaring header.
/// </summary>
public abstract class TerugkoppelingRestTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private static readonly DateOnly Begin = new(2026, 8, 1);
    private static readonly DateOnly Faseovergang = new(2028, 8, 1);
    private static readonly Persoonsnummer Leerling = Persoonsnummer.Bsn("999990020");

    [Fact]
    public async Task The_mbo_answer_names_the_vo_school_in_fase_vo_and_the_mbo_institution_after_the_fase_switch()
    {
        Server.Clock.SetUtcNow(new DateTimeOffset(2026, 8, 3, 9, 0, 0, TimeSpan.Zero));
        await MuteerAsync(HttpMethod.Post, ZuidrandOin, DemoDlr.Vo(Leerling, DemoDlr.VoPeriode(Begin, Leerroutefase.VO)));
        var inFaseVo = await MuteerAsync(HttpMethod.Post, RocVoorbeeldOin, DemoDlr.Mbo(Leerling, DemoDlr.MboPeriode(Begin, Leerroutefase.VO)));

        Server.Clock.SetUtcNow(new DateTimeOffset(2028, 8, 3, 9, 0, 0, TimeSpan.Zero));
        await MuteerAsync(HttpMethod.Put, ZuidrandOin,
            DemoDlr.Vo(Leerling, DemoDlr.VoPeriode(Begin, Leerroutefase.VO), DemoDlr.VoPeriode(Faseovergang, Leerroutefase.MBO, leerjaar: 5)));
        var inFaseMbo = await MuteerAsync(HttpMethod.Put, RocVoorbeeldOin,
            DemoDlr.Mbo(Leerling, DemoDlr.MboPeriode(Begin, Leerroutefase.VO), DemoDlr.MboPeriode(Faseovergang, Leerroutefase.MBO)));

        Assert.Equal(new VerantwoordelijkheidAntwoord(new DateOnly(2026, 8, 3), new Verantwoordelijke("99VA", Domain.Referentie.Sector.VO, null,
            Verantwoordelijkheidsredenen.FaseVo, Verantwoordelijkheidsredenen.Tekst(Verantwoordelijkheidsredenen.FaseVo))), inFaseVo.Verantwoordelijkheid);
        Assert.Equal(("99MA", "M1", Verantwoordelijkheidsredenen.FaseMbo),
            (inFaseMbo.Verantwoordelijkheid!.Verantwoordelijke!.Brin, inFaseMbo.Verantwoordelijkheid.Verantwoordelijke.Inschrijvingvolgnummer, inFaseMbo.Verantwoordelijkheid.Verantwoordelijke.Redencode));
    }

    [Fact]
    public async Task An_enrolment_delivered_before_it_begins_names_who_reports_from_its_first_day()
    {
        var antwoord = await MuteerAsync(HttpMethod.Post, RocVoorbeeldOin, DemoDlr.Mbo(Leerling, DemoDlr.MboPeriode(Begin, null)));

        Assert.Equal(Begin, antwoord.Verantwoordelijkheid!.Datum);
        Assert.Equal(("99MA", Verantwoordelijkheidsredenen.EnigeInschrijving), (antwoord.Verantwoordelijkheid.Verantwoordelijke!.Brin, antwoord.Verantwoordelijkheid.Verantwoordelijke.Redencode));
    }

    [Fact]
    public async Task After_the_stop_a_funding_change_is_422_ROD080_and_with_the_header_200_with_RS005()
    {
        Server.Clock.SetUtcNow(new DateTimeOffset(2026, 8, 3, 9, 0, 0, TimeSpan.Zero));
        await MuteerAsync(HttpMethod.Post, RocVoorbeeldOin, DemoDlr.Mbo(Leerling, DemoDlr.MboPeriode(Begin, null)));
        var anders = DemoDlr.Mbo(Leerling, DemoDlr.MboPeriode(Begin, null) with { Leertraject = "BBL" });
        Server.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 1, 9, 0, 0, TimeSpan.Zero));

        using var zonder = await TweeHosts.RestAsync(Client, HttpMethod.Put, "/api/rod/inschrijvingen", anders, Guid.NewGuid().ToString(), RocVoorbeeldOin);
        using var onleesbaar = await VerklaardAsync(anders, "ja");
        using var met = await VerklaardAsync(anders, "true");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, zonder.StatusCode);
        var tekst = await zonder.Content.ReadAsStringAsync();
        Assert.Contains("ROD080", tekst, StringComparison.Ordinal);
        Assert.Contains("leertraject", tekst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, onleesbaar.StatusCode);
        Assert.Contains(RodEndpoints.AccountantsverklaringHeader, await onleesbaar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, met.StatusCode);
        var antwoord = (await met.Content.ReadFromJsonAsync<InschrijvingTerugkoppeling>(RioJson.Options))!;
        Assert.Contains(antwoord.Signalen, s => s.Signaalcode == "RS005" && s.Sleutelgegevens[0].Sleutelwaarde == "leertraject");
    }

    private async Task<HttpResponseMessage> VerklaardAsync(Inschrijving inschrijving, string verklaring)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/rod/inschrijvingen") { Content = JsonContent.Create(inschrijving, options: RioJson.Options) };
        request.Headers.Add("Keten-Ontwikkel-OIN", RocVoorbeeldOin);
        request.Headers.Add(RodEndpoints.AccountantsverklaringHeader, verklaring);
        return await Client.SendAsync(request);
    }

    private async Task<InschrijvingTerugkoppeling> MuteerAsync(HttpMethod methode, string oin, Inschrijving inschrijving)
    {
        using var antwoord = await TweeHosts.RestAsync(Client, methode, "/api/rod/inschrijvingen", inschrijving, Guid.NewGuid().ToString(), oin);
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        return (await antwoord.Content.ReadFromJsonAsync<InschrijvingTerugkoppeling>(RioJson.Options))!;
    }
}

public sealed class TerugkoppelingRestTestsOnSqlite() : TerugkoppelingRestTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class TerugkoppelingRestTestsOnPostgres(PostgresServer postgres) : TerugkoppelingRestTests(StoreKind.Postgres, postgres);
