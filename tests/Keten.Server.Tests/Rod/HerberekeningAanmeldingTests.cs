using System.Net;
using Keten.Application.Rod;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Leerroutes;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Server;
using Keten.Storage;
using Microsoft.Extensions.DependencyInjection;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rod;

/// <summary>
/// Which RIO deliveries queue a chain-signal recomputation: only an aangeboden opleiding that carries the leerlijn
/// kenmerk before or after the change can start or end a route, so only such a change queues its aanbieder and the
/// partners it names or named (ROC Voorbeeld 110A001 naming Lyceum Zuidrand 110A004).
/// </summary>
public abstract class HerberekeningAanmeldingTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    // The background pass would empty the queue between a delivery and the look at it.
    protected override IReadOnlyDictionary<string, string>? Instellingen => new Dictionary<string, string> { ["Keten:HerberekeningSeconden"] = "3600" };

    [Fact]
    public async Task An_offering_without_the_leerlijn_kenmerk_before_or_after_queues_nothing()
    {
        var ao = NieuweMboOpleiding("110A001");
        await LegeWachtrijAsync();

        await AanleverenAsync(ao);
        await AanleverenAsync(ao with { Perioden = [ao.Perioden[0] with { EigenNaamAangebodenOpleiding = "Verkoopmedewerker retail" }] });

        Assert.Empty(await WachtrijAsync());
    }

    [Fact]
    public async Task An_offering_that_gains_the_leerlijn_kenmerk_queues_its_aanbieder_and_the_partner_it_names()
    {
        var ao = NieuweMboOpleiding("110A001");
        await AanleverenAsync(ao);
        await LegeWachtrijAsync();

        await AanleverenAsync(MetLeerlijn(ao));

        Assert.Equal(["110A001", "110A004"], await WachtrijAsync());
    }

    [Fact]
    public async Task An_offering_that_loses_the_leerlijn_kenmerk_queues_its_aanbieder_and_the_partner_it_named()
    {
        var ao = NieuweMboOpleiding("110A001");
        await AanleverenAsync(MetLeerlijn(ao));
        await LegeWachtrijAsync();

        await AanleverenAsync(ao);

        Assert.Equal(["110A001", "110A004"], await WachtrijAsync());
    }

    private static AangebodenOpleiding MetLeerlijn(AangebodenOpleiding ao) => ao with
    {
        Kenmerken = [new Kenmerk(Kenmerk.DoorlopendeLeerlijnVmboMbo, KenmerkType.Enumeratiewaarde, LeerrouteCodes.Dlr)],
        Perioden = [ao.Perioden[0] with { Kenmerken = [Samenwerkend("110A004")] }],
    };

    private async Task AanleverenAsync(AangebodenOpleiding ao)
    {
        using var antwoord = await RestAsync("/api/rio/aangeboden-opleidingen", ao, RocVoorbeeldOin);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
    }

    private async Task LegeWachtrijAsync()
    {
        await Server.Services.GetRequiredService<KetensignaalHerberekenaar>().VerwerkAsync(Ct);
        Assert.Empty(await WachtrijAsync());
    }

    private async Task<List<string>> WachtrijAsync() =>
        [.. (await Server.Services.GetRequiredService<IKetenStore>().HerberekeningenAsync(100, null, Ct)).Select(h => h.Onderwijsaanbiedercode)];
}

public sealed class HerberekeningAanmeldingTestsOnSqlite() : HerberekeningAanmeldingTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class HerberekeningAanmeldingTestsOnPostgres(PostgresServer postgres) : HerberekeningAanmeldingTests(StoreKind.Postgres, postgres);
