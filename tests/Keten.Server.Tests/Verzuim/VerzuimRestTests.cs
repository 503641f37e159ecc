using System.Net;
using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Application.Verzuim;
using Keten.Domain.Rod;
using Keten.Domain.Verzuim;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Schrijfpad;
using Keten.Server.Tests.Rio.Server;
using Keten.Server.Tests.Rod;
using Keten.Storage;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Verzuim;

/// <summary>
/// Issue 8 point 5 over REST on the demo DLR (Lyceum Zuidrand 99VA and ROC Voorbeeld 99MA): in fase VO only the VO
/// school may report, the MBO institution is refused with a message naming the VO school; after the switch to fase MBO
/// the other way round. The pupil's municipality (Utrecht, by its own OIN) reads the reports and changes their status;
/// another municipality (De Bilt) sees nothing and cannot touch them; the school withdraws.
/// </summary>
public abstract class VerzuimRestTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private const string UtrechtOin = "00000001990300000344";
    private const string DeBiltOin = "00000001990300000310";
    private static readonly Persoonsnummer Leerling = Persoonsnummer.Bsn("999990056");
    private static readonly DateOnly FaseMbo = new(2026, 8, 1);

    [Fact]
    public async Task Only_the_school_of_the_fase_reports_and_the_other_is_refused_naming_it_before_and_after_the_switch()
    {
        await RouteAsync(tot: DatumVan(2025, 10, 15));
        var inFaseVo = await MeldAsync(ZuidrandOin, Melding("99VA", new(2025, 10, 6)));
        var mboInFaseVo = await MeldAsync(RocVoorbeeldOin, Melding("99MA", new(2025, 10, 6)));

        await NaarFaseMboAsync();
        Server.Clock.SetUtcNow(DatumVan(2026, 10, 15));
        var inFaseMbo = await MeldAsync(RocVoorbeeldOin, Melding("99MA", new(2026, 10, 5)));
        var voInFaseMbo = await MeldAsync(ZuidrandOin, Melding("99VA", new(2026, 10, 5)));

        Assert.Equal(HttpStatusCode.OK, inFaseVo.Status);
        Assert.Equal(HttpStatusCode.OK, inFaseMbo.Status);
        Assert.Equal(Verzuimstatus.Geregistreerd, RioJson.Deserialize<Verzuimantwoord>(inFaseMbo.Tekst).Melding!.Status);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "VZM002"), (mboInFaseVo.Status, Code(mboInFaseVo.Tekst)));
        Assert.Contains("99VA Lyceum Zuidrand", mboInFaseVo.Tekst, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "VZM002"), (voInFaseMbo.Status, Code(voInFaseMbo.Tekst)));
        Assert.Contains("99MA ROC Voorbeeld", voInFaseMbo.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(Leerling.Waarde, mboInFaseVo.Tekst + voInFaseMbo.Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_municipality_reads_its_inhabitants_reports_and_handles_them_another_sees_nothing_and_the_school_sees_the_status()
    {
        await RouteAsync(tot: DatumVan(2025, 10, 15));
        var melding = RioJson.Deserialize<Verzuimantwoord>((await MeldAsync(ZuidrandOin, Melding("99VA", new(2025, 10, 6)))).Tekst).Melding!;

        var utrecht = await FeedAsync("/api/verzuim/gemeente/meldingen/gewijzigd", UtrechtOin);
        var deBilt = await FeedAsync("/api/verzuim/gemeente/meldingen/gewijzigd", DeBiltOin);
        var nietVanDeBilt = await StuurAsync(HttpMethod.Post, $"/api/verzuim/gemeente/meldingen/{melding.MeldingId}/status", new { status = "InBehandeling" }, DeBiltOin);
        var inBehandeling = await StuurAsync(HttpMethod.Post, $"/api/verzuim/gemeente/meldingen/{melding.MeldingId}/status", new { status = "InBehandeling", toelichting = "huisbezoek" }, UtrechtOin);
        var schoolZiet = await FeedAsync("/api/verzuim/meldingen/gewijzigd", ZuidrandOin);
        var schoolMagNietAfsluiten = await StuurAsync(HttpMethod.Post, $"/api/verzuim/gemeente/meldingen/{melding.MeldingId}/status", new { status = "Afgesloten" }, ZuidrandOin);

        Assert.Equal(melding.MeldingId, Assert.Single(utrecht.Items).Melding.MeldingId);
        Assert.Equal(Leerling, utrecht.Items[0].Melding.Melding.Persoon);
        Assert.Empty(deBilt.Items);
        Assert.Equal(HttpStatusCode.NotFound, nietVanDeBilt.Status);
        Assert.Equal(HttpStatusCode.OK, inBehandeling.Status);
        Assert.Equal((Verzuimstatus.InBehandeling, "huisbezoek"), (Assert.Single(schoolZiet.Items).Melding.Status, schoolZiet.Items[0].Melding.Statustoelichting));
        Assert.Equal(HttpStatusCode.Forbidden, schoolMagNietAfsluiten.Status);
    }

    [Fact]
    public async Task The_school_withdraws_and_a_withdrawn_report_cannot_be_closed_by_the_municipality()
    {
        await RouteAsync(tot: DatumVan(2025, 10, 15));
        var melding = RioJson.Deserialize<Verzuimantwoord>((await MeldAsync(ZuidrandOin, Melding("99VA", new(2025, 10, 6)))).Tekst).Melding!;

        var anderBestuur = await StuurAsync(HttpMethod.Post, $"/api/verzuim/meldingen/{melding.MeldingId}/intrekking", new { }, RocVoorbeeldOin);
        var ingetrokken = await StuurAsync(HttpMethod.Post, $"/api/verzuim/meldingen/{melding.MeldingId}/intrekking", new { toelichting = "ziek gemeld" }, ZuidrandOin);
        var afsluiten = await StuurAsync(HttpMethod.Post, $"/api/verzuim/gemeente/meldingen/{melding.MeldingId}/status", new { status = "Afgesloten" }, UtrechtOin);

        Assert.Equal(HttpStatusCode.NotFound, anderBestuur.Status);
        Assert.Equal(Verzuimstatus.Ingetrokken, RioJson.Deserialize<Verzuimantwoord>(ingetrokken.Tekst).Melding!.Status);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "VZM012"), (afsluiten.Status, Code(afsluiten.Tekst)));
    }

    [Fact]
    public async Task A_second_report_within_7_days_is_refused_an_einddatum_is_added_later_and_a_late_report_is_flagged()
    {
        await RouteAsync(tot: DatumVan(2025, 10, 20));
        var lrv = await MeldAsync(ZuidrandOin, Melding("99VA", new(2025, 10, 6)) with { Soort = Verzuimsoort.Lrv });
        var weer = await MeldAsync(ZuidrandOin, Melding("99VA", new(2025, 10, 12)) with { Soort = Verzuimsoort.Lrv });
        var id = RioJson.Deserialize<Verzuimantwoord>(lrv.Tekst).Melding!.MeldingId;
        var einddatum = await StuurAsync(HttpMethod.Post, $"/api/verzuim/meldingen/{id}/einddatum", new { einddatum = "2025-10-17" }, ZuidrandOin);
        var nogmaals = await StuurAsync(HttpMethod.Post, $"/api/verzuim/meldingen/{id}/einddatum", new { einddatum = "2025-10-18" }, ZuidrandOin);

        Assert.Contains("VZS01", lrv.Tekst, StringComparison.Ordinal);
        Assert.Equal("VZM009", Code(weer.Tekst));
        Assert.Equal(new DateOnly(2025, 10, 17), RioJson.Deserialize<Verzuimantwoord>(einddatum.Tekst).Melding!.Melding.Einddatum);
        Assert.Equal("VZM013", Code(nogmaals.Tekst));
    }

    [Fact]
    public async Task Each_accepted_report_and_status_change_leaves_its_audit_row_by_melding_id_a_refusal_none_and_the_pupil_is_never_in_them()
    {
        await RouteAsync(tot: DatumVan(2025, 10, 15));
        var melding = RioJson.Deserialize<Verzuimantwoord>((await MeldAsync(ZuidrandOin, Melding("99VA", new(2025, 10, 6)))).Tekst).Melding!;
        await MeldAsync(RocVoorbeeldOin, Melding("99MA", new(2025, 10, 6)));
        await StuurAsync(HttpMethod.Post, $"/api/verzuim/gemeente/meldingen/{melding.MeldingId}/status", new { status = "TerKennisgevingAangenomen" }, UtrechtOin);

        var rijen = (await Audit.AuditTabel.LeesAsync(Database)).Where(r => r.ObjectSoort == "Verzuimmelding").ToList();

        Assert.Equal([("verzuim melden", ZuidrandOin, "status Geregistreerd"), ("verzuimstatus wijzigen", UtrechtOin, "status TerKennisgevingAangenomen")],
            rijen.Select(r => (r.Operatie, r.HandelendeKenmerk, r.Detail!)));
        Assert.All(rijen, r => Assert.Equal((Zuidrand, melding.MeldingId, "99VA"), (r.Bestuur, r.ObjectSleutel, r.Brin)));
        Assert.DoesNotContain(await Audit.AuditTabel.LeesAsync(Database), r => r.Alles.Contains(Leerling.Waarde, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_retried_report_with_the_same_bedrijfsdocument_id_gets_the_same_answer_once_and_the_id_for_another_message_is_refused()
    {
        await RouteAsync(tot: DatumVan(2025, 10, 15));
        var id = Guid.NewGuid().ToString("D");
        var melding = Melding("99VA", new(2025, 10, 6));

        var eerste = await MeldMetIdAsync(melding, id);
        var herhaling = await MeldMetIdAsync(melding, id);
        var anderBericht = await MeldMetIdAsync(melding with { Begindatum = new(2025, 10, 7) }, id);
        var geenUuid = await MeldMetIdAsync(melding, "melding-1");
        var intrekId = Guid.NewGuid().ToString("D");
        var meldingId = RioJson.Deserialize<Verzuimantwoord>(eerste.Tekst).Melding!.MeldingId;
        var ingetrokken = await StuurMetIdAsync($"/api/verzuim/meldingen/{meldingId}/intrekking", new { toelichting = "ziek" }, intrekId);
        var nogmaalsIngetrokken = await StuurMetIdAsync($"/api/verzuim/meldingen/{meldingId}/intrekking", new { toelichting = "ziek" }, intrekId);
        var zonderId = await StuurAsync(HttpMethod.Post, $"/api/verzuim/meldingen/{meldingId}/intrekking", new { toelichting = "ziek" }, ZuidrandOin);

        Assert.Equal(HttpStatusCode.OK, eerste.Status);
        Assert.Equal((HttpStatusCode.OK, eerste.Tekst), (herhaling.Status, herhaling.Tekst));
        Assert.Equal(HttpStatusCode.Conflict, anderBericht.Status);
        Assert.Equal((HttpStatusCode.BadRequest, "KTN400"), (geenUuid.Status, Code(geenUuid.Tekst)));
        Assert.Single((await FeedAsync("/api/verzuim/meldingen/gewijzigd", ZuidrandOin)).Items);
        Assert.Equal(HttpStatusCode.OK, ingetrokken.Status);
        Assert.Equal((HttpStatusCode.OK, ingetrokken.Tekst), (nogmaalsIngetrokken.Status, nogmaalsIngetrokken.Tekst));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "VZM012"), (zonderId.Status, Code(zonderId.Tekst)));
        Assert.Equal(2, (await Audit.AuditTabel.LeesAsync(Database)).Count(r => r.ObjectSoort == "Verzuimmelding"));
    }

    [Fact]
    public async Task A_refused_report_under_an_id_gets_the_same_refusal_on_a_retry_and_its_id_cannot_carry_another_report()
    {
        await RouteAsync(tot: DatumVan(2025, 10, 15));
        var id = Guid.NewGuid().ToString("D");
        var mbo = Melding("99MA", new(2025, 10, 6));

        var geweigerd = await MeldMetIdAsync(mbo, id, RocVoorbeeldOin);
        var herhaald = await MeldMetIdAsync(mbo, id, RocVoorbeeldOin);
        var anderBericht = await MeldMetIdAsync(Melding("99VA", new(2025, 10, 6)), id);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "VZM002"), (geweigerd.Status, Code(geweigerd.Tekst)));
        Assert.Equal((geweigerd.Status, Detail(geweigerd.Tekst)), (herhaald.Status, Detail(herhaald.Tekst)));
        Assert.Equal(HttpStatusCode.Conflict, anderBericht.Status);
        Assert.Empty((await FeedAsync("/api/verzuim/meldingen/gewijzigd", RocVoorbeeldOin)).Items);
        Assert.Empty((await FeedAsync("/api/verzuim/meldingen/gewijzigd", ZuidrandOin)).Items);
    }

    [Fact]
    public async Task The_16_hour_count_skips_the_regions_autumn_holiday_and_names_the_deadline()
    {
        var uren = new[] { new Verzuimuren(new(2026, 10, 5), 8), new Verzuimuren(new(2026, 11, 10), 8) };

        var midden = await StuurAsync(HttpMethod.Post, "/api/verzuim/drempel", new Drempelvraag("midden", uren), ZuidrandOin);
        var zonder = await StuurAsync(HttpMethod.Post, "/api/verzuim/drempel", new Drempelvraag(null, uren), ZuidrandOin);
        var fout = await StuurAsync(HttpMethod.Post, "/api/verzuim/drempel", new Drempelvraag("oost", [new Verzuimuren(new(2026, 10, 5), 25)]), ZuidrandOin);

        var moment = Assert.Single(RioJson.Deserialize<List<Drempelmoment>>(midden.Tekst));
        Assert.Equal((new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 17)), (moment.Begindatum, moment.Einddatum, moment.Uiterlijk));
        Assert.Empty(RioJson.Deserialize<List<Drempelmoment>>(zonder.Tekst));
        Assert.Contains("VZM015", fout.Tekst, StringComparison.Ordinal);
        Assert.Contains("VZM014", fout.Tekst, StringComparison.Ordinal);
    }

    private static Verzuimmelding Melding(string brin, DateOnly begin) => new(Leerling, brin, Verzuimsoort.Luxe, begin, "0344");

    private static DateTimeOffset DatumVan(int jaar, int maand, int dag) => new(jaar, maand, dag, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The pupil in leerjaar 3 at the VO school from 2024-08-01, at the MBO institution from 2025-08-01, both in fase VO.</summary>
    private async Task RouteAsync(DateTimeOffset tot)
    {
        await LeverAsync(HttpMethod.Post, "inschrijvingen", DemoDlr.Vo(Leerling, DemoDlr.VoPeriode(new(2024, 8, 1), Leerroutefase.VO)), ZuidrandOin);
        Server.Clock.SetUtcNow(DatumVan(2025, 8, 4));
        await LeverAsync(HttpMethod.Post, "inschrijvingen", DemoDlr.Mbo(Leerling, DemoDlr.MboPeriode(new(2025, 8, 1), Leerroutefase.VO)), RocVoorbeeldOin);
        Server.Clock.SetUtcNow(tot);
    }

    /// <summary>From 2026-08-01 fase MBO at the MBO institution; the VO enrolment ends the day before.</summary>
    private async Task NaarFaseMboAsync()
    {
        Server.Clock.SetUtcNow(DatumVan(2026, 8, 3));
        var mbo = DemoDlr.Mbo(Leerling, DemoDlr.MboPeriode(new(2025, 8, 1), Leerroutefase.VO), DemoDlr.MboPeriode(FaseMbo, Leerroutefase.MBO));
        await LeverAsync(HttpMethod.Put, "inschrijvingen", mbo, RocVoorbeeldOin);
        var vo = DemoDlr.Vo(Leerling, DemoDlr.VoPeriode(new(2024, 8, 1), Leerroutefase.VO));
        await LeverAsync(HttpMethod.Post, "uitschrijvingen", new Uitschrijving(vo.Sleutel, FaseMbo.AddDays(-1), null, []), ZuidrandOin);
    }

    private async Task LeverAsync(HttpMethod methode, string pad, object body, string oin)
    {
        var (status, tekst) = await StuurAsync(methode, $"/api/rod/{pad}", body, oin);
        Assert.True(status == HttpStatusCode.OK, tekst);
    }

    private Task<(HttpStatusCode Status, string Tekst)> MeldAsync(string oin, Verzuimmelding melding) =>
        StuurAsync(HttpMethod.Post, "/api/verzuim/meldingen", melding, oin);

    private Task<(HttpStatusCode Status, string Tekst)> MeldMetIdAsync(Verzuimmelding melding, string id, string oin = ZuidrandOin) =>
        StuurMetIdAsync("/api/verzuim/meldingen", melding, id, oin);

    private async Task<(HttpStatusCode Status, string Tekst)> StuurMetIdAsync(string pad, object body, string id, string oin = ZuidrandOin)
    {
        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Post, pad, body, id, oin);
        return (antwoord.StatusCode, await antwoord.Content.ReadAsStringAsync());
    }

    private async Task<Pagina<Verzuimfeeditem>> FeedAsync(string pad, string oin)
    {
        var (status, tekst) = await StuurAsync(HttpMethod.Get, pad, null, oin);
        Assert.True(status == HttpStatusCode.OK, tekst);
        return RioJson.Deserialize<Pagina<Verzuimfeeditem>>(tekst);
    }

    private async Task<(HttpStatusCode Status, string Tekst)> StuurAsync(HttpMethod methode, string pad, object? body, string oin)
    {
        using var antwoord = await TweeHosts.RestAsync(Client, methode, pad, body, oin: oin);
        return (antwoord.StatusCode, await antwoord.Content.ReadAsStringAsync());
    }

    private static string? Detail(string tekst) => System.Text.Json.JsonDocument.Parse(tekst).RootElement.GetProperty("detail").GetString();

    private static string? Code(string tekst) => System.Text.Json.JsonDocument.Parse(tekst).RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
}

public sealed class VerzuimRestTestsOnSqlite() : VerzuimRestTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class VerzuimRestTestsOnPostgres(PostgresServer postgres) : VerzuimRestTests(StoreKind.Postgres, postgres);
