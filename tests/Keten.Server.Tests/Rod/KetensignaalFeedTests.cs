using System.Net;
using System.Net.Http.Json;
using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Schrijfpad;
using Keten.Server.Tests.Rio.Server;
using Keten.Storage;
using Microsoft.Extensions.DependencyInjection;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rod;

/// <summary>
/// The chain-signal feed each school polls, and chain signals recomputed after a RIO change, on the demo DLR between
/// Lyceum Zuidrand (110A004, BRIN 99VA) and ROC Voorbeeld (110A001, BRIN 99MA).
/// </summary>
public abstract class KetensignaalFeedTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private const string VoDlrOpleiding = "b0000000-0000-4000-8000-000000000001";
    private static readonly DateOnly Begin = new(2024, 8, 1);
    private static readonly Persoonsnummer Leerling = Persoonsnummer.Bsn("999990020");

    [Fact]
    public async Task Both_schools_find_the_same_signal_in_their_feed_and_a_third_board_finds_nothing()
    {
        await LeverAsync(ZuidrandOin, Vo(Leerroutefase.VO));
        await LeverAsync(RocVoorbeeldOin, Mbo(Leerroutefase.MBO));

        var vo = await FeedAsync(ZuidrandOin);
        var mbo = await FeedAsync(RocVoorbeeldOin);
        var ander = await FeedAsync(KanaalstreekOin);

        var signaal = Assert.Single(vo.Items, i => i.Signaal.Code == "KS002");
        Assert.Equivalent(signaal, Assert.Single(mbo.Items, i => i.Signaal.Code == "KS002"));
        Assert.True(signaal.Open);
        Assert.Equal(("99VA", "V1", "99MA", "M1"), (signaal.Signaal.VoBrin, signaal.Signaal.VoInschrijvingvolgnummer, signaal.Signaal.MboBrin, signaal.Signaal.MboInschrijvingvolgnummer));
        Assert.Empty(ander.Items);
    }

    [Fact]
    public async Task A_signal_about_a_pupil_the_other_school_has_no_enrolment_for_is_only_in_the_feed_of_the_school_that_has()
    {
        await LeverAsync(ZuidrandOin, Vo(Leerroutefase.MBO));

        Assert.Contains((await FeedAsync(ZuidrandOin)).Items, i => i.Signaal.Code == "KS001");
        Assert.Empty((await FeedAsync(RocVoorbeeldOin)).Items);
    }

    [Fact]
    public async Task A_signal_withdrawn_when_the_partner_delivers_is_in_the_feed_since_then_as_closed_and_pages_stay_put()
    {
        await LeverAsync(ZuidrandOin, Vo(Leerroutefase.MBO));
        var eerst = await FeedAsync(ZuidrandOin);
        var daarna = Server.Clock.GetUtcNow();
        Server.Clock.Advance(TimeSpan.FromMinutes(1));

        await LeverAsync(RocVoorbeeldOin, Mbo(Leerroutefase.MBO));
        var sinds = await FeedAsync(ZuidrandOin, daarna);
        var vanafBegin = await FeedAsync(ZuidrandOin);

        Assert.Contains(sinds.Items, i => i.Signaal.Code == "KS001" && !i.Open);
        Assert.DoesNotContain(sinds.Items, i => i.Open && i.Signaal.Code == "KS001");
        Assert.Equal(eerst.Items.Select(i => i.Signaal.Code), vanafBegin.Items.Take(eerst.Items.Count).Select(i => i.Signaal.Code));
    }

    [Fact]
    public async Task When_the_vo_school_deletes_its_leerroute_offering_in_rio_the_pupils_of_both_sides_get_KS004()
    {
        await LeverAsync(ZuidrandOin, Vo(Leerroutefase.VO));
        await LeverAsync(RocVoorbeeldOin, Mbo(Leerroutefase.VO));
        Assert.DoesNotContain((await FeedAsync(ZuidrandOin)).Items, i => i.Signaal.Code == "KS004");

        using var weg = await TweeHosts.RestAsync(Client, HttpMethod.Delete, $"/api/rio/aangeboden-opleidingen/{VoDlrOpleiding}", null, Guid.NewGuid().ToString(), ZuidrandOin);
        Assert.Equal(HttpStatusCode.OK, weg.StatusCode);
        await Server.Services.GetRequiredService<KetensignaalHerberekenaar>().VerwerkAsync(CancellationToken.None);

        var vo = await FeedAsync(ZuidrandOin);
        var mbo = await FeedAsync(RocVoorbeeldOin);
        Assert.Contains(vo.Items, i => i.Signaal.Code == "KS004" && i.Open && i.Signaal.VoBrin == "99VA");
        Assert.Contains(mbo.Items, i => i.Signaal.Code == "KS004" && i.Open && i.Signaal.MboBrin == "99MA");
        Assert.Empty(await Server.Services.GetRequiredService<IKetenStore>().HerberekeningenAsync(10, null, CancellationToken.None));
    }

    [Fact]
    public async Task A_feed_without_a_known_sender_is_403_and_a_bad_moment_400()
    {
        using var onbekend = await TweeHosts.RestAsync(Client, HttpMethod.Get, "/api/rod/ketensignalen/gewijzigd", oin: "00000009999999999999");
        using var fout = await TweeHosts.RestAsync(Client, HttpMethod.Get, "/api/rod/ketensignalen/gewijzigd?sinds=gisteren", oin: ZuidrandOin);

        Assert.Equal(HttpStatusCode.Forbidden, onbekend.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
    }

    private async Task LeverAsync(string oin, Inschrijving inschrijving)
    {
        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/inschrijvingen", inschrijving, Guid.NewGuid().ToString(), oin);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
    }

    private async Task<Pagina<KetensignaalFeeditem>> FeedAsync(string oin, DateTimeOffset? sinds = null)
    {
        var pad = "/api/rod/ketensignalen/gewijzigd" + (sinds is { } s ? $"?sinds={Uri.EscapeDataString(s.ToString("O"))}" : "");
        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Get, pad, oin: oin);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return (await antwoord.Content.ReadFromJsonAsync<Pagina<KetensignaalFeeditem>>(RioJson.Options))!;
    }

    private static Inschrijving Vo(Leerroutefase fase) => DemoDlr.Vo(Leerling, DemoDlr.VoPeriode(Begin, fase));

    private static Inschrijving Mbo(Leerroutefase fase) => DemoDlr.Mbo(Leerling, DemoDlr.MboPeriode(Begin, fase));
}

public sealed class KetensignaalFeedTestsOnSqlite() : KetensignaalFeedTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class KetensignaalFeedTestsOnPostgres(PostgresServer postgres) : KetensignaalFeedTests(StoreKind.Postgres, postgres);
