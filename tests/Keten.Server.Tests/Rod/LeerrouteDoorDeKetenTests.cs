using System.Net;
using System.Net.Http.Json;
using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Domain.Bekostiging;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Schrijfpad;
using Keten.Server.Tests.Rio.Server;
using Microsoft.Extensions.DependencyInjection;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rod;

/// <summary>
/// Issue 6's "done means": a leerroute pupil through the whole chain over REST on the demo DLR (registered in RIO on both
/// sides: Lyceum Zuidrand 110A004 / BRIN 99VA and ROC Voorbeeld 110A001 / BRIN 99MA). VO enrolment from leerjaar 3 in
/// fase VO, an MBO enrolment in route year 2 for a work placement (fase VO), the switch to fase MBO; at every step both
/// schools see the same signals and the funding status names the sector the fase decides.
/// </summary>
public abstract class LeerrouteDoorDeKetenTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private static readonly Persoonsnummer Leerling = Persoonsnummer.Bsn("999990044");
    private static readonly DateOnly Leerjaar3 = new(2024, 8, 1);
    private static readonly DateOnly Leerjaar4 = new(2025, 8, 1);
    private static readonly DateOnly FaseMbo = new(2026, 8, 1);

    [Fact]
    public async Task A_dlr_pupil_runs_from_leerjaar_3_to_fase_mbo_and_both_schools_see_the_same_signals_and_funding_at_every_step()
    {
        // Leerjaar 3, fase VO: the VO school is funded; no chain signal.
        var vo = DemoDlr.Vo(Leerling, DemoDlr.VoPeriode(Leerjaar3, Leerroutefase.VO));
        var stap1 = await LeverAsync(HttpMethod.Post, "inschrijvingen", vo, ZuidrandOin);
        Assert.Equal((Bekostigingssector.VO, "BEK04"), (stap1.VoorlopigeBekostiging!.Sector, stap1.VoorlopigeBekostiging.Redencode));
        Assert.Empty(stap1.Ketensignalen);

        // Route year 2 (leerjaar 4): the MBO institution enrols the pupil for a work placement, fase VO: still VO-funded.
        Server.Clock.Advance(TimeSpan.FromDays(365));
        vo = vo with { Perioden = [.. vo.Perioden, DemoDlr.VoPeriode(Leerjaar4, Leerroutefase.VO, leerjaar: 4)] };
        await LeverAsync(HttpMethod.Put, "inschrijvingen", vo, ZuidrandOin);
        var mbo = DemoDlr.Mbo(Leerling, DemoDlr.MboPeriode(Leerjaar4, Leerroutefase.VO));
        var stap2 = await LeverAsync(HttpMethod.Post, "inschrijvingen", mbo, RocVoorbeeldOin);
        Assert.Equal((Bekostigingssector.VO, "BEK04"), (stap2.VoorlopigeBekostiging!.Sector, stap2.VoorlopigeBekostiging.Redencode));
        Assert.Empty(stap2.Ketensignalen);
        Assert.Empty(await OpenSignalenAsync(ZuidrandOin));

        // The MBO side switches to fase MBO first: the fase differs (KS002) and the pupil in fase MBO is still enrolled at
        // the VO school (KS005); both schools see the same signals. While the fases differ the VO school's counts: the MBO
        // answer says the VO school is funded, and why.
        Server.Clock.Advance(TimeSpan.FromDays(365));
        mbo = mbo with { Perioden = [.. mbo.Perioden, DemoDlr.MboPeriode(FaseMbo, Leerroutefase.MBO)] };
        var stap3 = await LeverAsync(HttpMethod.Put, "inschrijvingen", mbo, RocVoorbeeldOin);
        Assert.Equal((Bekostigingssector.VO, "BEK04"), (stap3.VoorlopigeBekostiging!.Sector, stap3.VoorlopigeBekostiging.Redencode));
        Assert.EndsWith("(de fase van de VO-inschrijving telt)", stap3.VoorlopigeBekostiging.Reden, StringComparison.Ordinal);
        // The portal's pages (enrolment detail, the dashboard's funding doubts) show the same status, not one judged on
        // the MBO enrolment alone.
        var portaal = await Server.Services.GetRequiredService<VoorlopigeBekostigingQuery>()
            .BepaalAsync(mbo, Server.Clock.Vandaag(), CancellationToken.None);
        Assert.Equal(stap3.VoorlopigeBekostiging, portaal);
        var voZiet = await OpenSignalenAsync(ZuidrandOin);
        var mboZiet = await OpenSignalenAsync(RocVoorbeeldOin);
        Assert.Equal(["KS002 2026-08-01", "KS005 2026-08-01"], voZiet);
        Assert.Equal(voZiet, mboZiet);

        // The VO school follows: its enrolment ends the day before fase MBO (vmbo diploma), every signal is withdrawn.
        var stap4 = await LeverAsync(HttpMethod.Post, "uitschrijvingen", new Uitschrijving(vo.Sleutel, FaseMbo.AddDays(-1), null, []), ZuidrandOin);
        Assert.Empty(stap4.Ketensignalen);
        Assert.Empty(await OpenSignalenAsync(ZuidrandOin));
        Assert.Empty(await OpenSignalenAsync(RocVoorbeeldOin));
    }

    private async Task<InschrijvingTerugkoppeling> LeverAsync(HttpMethod methode, string pad, object body, string oin)
    {
        using var antwoord = await TweeHosts.RestAsync(Client, methode, $"/api/rod/{pad}", body, Guid.NewGuid().ToString(), oin);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
        return RioJson.Deserialize<InschrijvingTerugkoppeling>(tekst);
    }

    private async Task<List<string>> OpenSignalenAsync(string oin)
    {
        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Get, "/api/rod/ketensignalen/gewijzigd", oin: oin);
        var feed = (await antwoord.Content.ReadFromJsonAsync<Keten.Storage.Pagina<Keten.Application.Rod.KetensignaalFeeditem>>(RioJson.Options))!;
        return [.. feed.Items.Where(i => i.Open).Select(i => $"{i.Signaal.Code} {i.Signaal.Begindatum:yyyy-MM-dd}").Order(StringComparer.Ordinal)];
    }
}

public sealed class LeerrouteDoorDeKetenTestsOnSqlite() : LeerrouteDoorDeKetenTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class LeerrouteDoorDeKetenTestsOnPostgres(PostgresServer postgres) : LeerrouteDoorDeKetenTests(StoreKind.Postgres, postgres);
