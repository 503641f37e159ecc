using System.Net.Http.Json;
using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Schrijfpad;
using Keten.Server.Tests.Rio.Server;
using Keten.Server.Tests.Server;
using Keten.Storage;
using Keten.Storage.Rod;

namespace Keten.Server.Tests.Rod;

/// <summary>The demo enrolments (DemoData/rod-demo.json) on the demo DLR 110A006 (BRIN 99VC) ↔ 110A002 (BRIN 99MB).</summary>
public abstract class RodDemoTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private const string HeuvelrugOin = "00000001990100000004";
    private const string RivierenlandOin = "00000001990100000002";

    [Fact]
    public async Task The_demo_has_leerroute_pupils_on_both_sides_with_a_chain_signal_and_a_restart_changes_nothing()
    {
        var mbo = await ZoekAsync(RivierenlandOin);
        var signalen = await SignalenAsync(HeuvelrugOin);

        await using (var herstart = new KetenTestServer(ConnectionString, demo: true))
        {
            herstart.CreateClient().Dispose();
        }

        Assert.Equal(["DEMOM1", "DEMOM2"], mbo.Items.Select(i => i.Inschrijving.Inschrijvingvolgnummer).Order(StringComparer.Ordinal));
        Assert.Contains(signalen.Items, s => s.Open && s.Signaal.Code == "KS001" && s.Signaal.VoInschrijvingvolgnummer == "DEMOV2");
        Assert.Equal(2, (await ZoekAsync(RivierenlandOin)).AantalResultaten);
        Assert.Equal(signalen.AantalResultaten, (await SignalenAsync(HeuvelrugOin)).AantalResultaten);
    }

    private async Task<Pagina<OpgeslagenInschrijving>> ZoekAsync(string oin)
    {
        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/inschrijvingen/zoeken", new InschrijvingZoekopdracht(), null, oin);
        return (await antwoord.Content.ReadFromJsonAsync<Pagina<OpgeslagenInschrijving>>(RioJson.Options))!;
    }

    private async Task<Pagina<KetensignaalFeeditem>> SignalenAsync(string oin)
    {
        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Get, "/api/rod/ketensignalen/gewijzigd", oin: oin);
        return (await antwoord.Content.ReadFromJsonAsync<Pagina<KetensignaalFeeditem>>(RioJson.Options))!;
    }
}

public sealed class RodDemoTestsOnSqlite() : RodDemoTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class RodDemoTestsOnPostgres(PostgresServer postgres) : RodDemoTests(StoreKind.Postgres, postgres);
