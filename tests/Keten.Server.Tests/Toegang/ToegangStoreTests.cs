using Keten.Server.Tests.Infrastructure;
using Keten.Storage.Toegang;

namespace Keten.Server.Tests.Toegang;

/// <summary>The login's tables on both databases; "two processes" are two store instances on one database.</summary>
public abstract class ToegangStoreTests(StoreKind kind, PostgresServer? postgres) : DatabaseTest(kind, postgres)
{
    private static readonly DateTimeOffset Nu = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);

    private IToegangStore eerste = null!;
    private IToegangStore tweede = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var store = Database.CreateStore(TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);
        eerste = (IToegangStore)store;
        tweede = (IToegangStore)Database.CreateStore(TimeProvider.System);
    }

    [Fact]
    public void Een_uitstaand_verzoek_wordt_een_keer_genomen_en_daarna_niet_meer()
    {
        eerste.RegistreerUitstaandVerzoek("_v1", Nu.AddMinutes(15));

        Assert.True(tweede.IsUitstaandVerzoek("_v1", Nu));
        Assert.True(tweede.NeemUitstaandVerzoek("_v1", Nu));
        Assert.False(eerste.NeemUitstaandVerzoek("_v1", Nu));
        Assert.False(eerste.IsUitstaandVerzoek("_v1", Nu));
    }

    [Fact]
    public void Een_verlopen_verzoek_is_niet_meer_uitstaand()
    {
        eerste.RegistreerUitstaandVerzoek("_v1", Nu.AddMinutes(15));

        Assert.False(eerste.IsUitstaandVerzoek("_v1", Nu.AddMinutes(15)));
        Assert.False(eerste.NeemUitstaandVerzoek("_v1", Nu.AddMinutes(15)));
    }

    [Fact]
    public void Een_id_wordt_een_keer_geregistreerd_tot_het_verloopt()
    {
        Assert.True(eerste.RegistreerEenmalig("_r1", Nu.AddDays(366), Nu));
        Assert.False(tweede.RegistreerEenmalig("_r1", Nu.AddDays(366), Nu.AddDays(1)));
        Assert.True(tweede.RegistreerEenmalig("_r1", Nu.AddDays(800), Nu.AddDays(366)));
        Assert.False(eerste.RegistreerEenmalig("_r1", Nu.AddDays(800), Nu.AddDays(367)));
    }

    [Fact]
    public async Task Van_twee_gelijktijdige_nemers_krijgt_er_precies_een_het_verzoek()
    {
        var ids = Enumerable.Range(0, 40).Select(i => $"_v{i}").ToList();
        foreach (var id in ids)
        {
            eerste.RegistreerUitstaandVerzoek(id, Nu.AddMinutes(15));
        }

        var resultaten = await TegelijkAsync(ids, (store, id) => store.NeemUitstaandVerzoek(id, Nu));

        Assert.All(ids, id => Assert.Equal(1, resultaten.Count(r => r.Id == id && r.Gelukt)));
    }

    [Fact]
    public async Task Van_twee_gelijktijdige_registraties_van_een_id_slaagt_er_precies_een()
    {
        var ids = Enumerable.Range(0, 40).Select(i => $"_r{i}").ToList();

        var resultaten = await TegelijkAsync(ids, (store, id) => store.RegistreerEenmalig(id, Nu.AddDays(366), Nu));

        Assert.All(ids, id => Assert.Equal(1, resultaten.Count(r => r.Id == id && r.Gelukt)));
    }

    [Fact]
    public async Task Een_terugkeeradres_wordt_een_keer_genomen()
    {
        await eerste.BewaarTerugkeeradresAsync("sleutel1", "/portaal", Nu.AddMinutes(15), CancellationToken.None);

        Assert.Null(await tweede.NeemTerugkeeradresAsync("onbekend", Nu, CancellationToken.None));
        Assert.Equal("/portaal", await tweede.NeemTerugkeeradresAsync("sleutel1", Nu, CancellationToken.None));
        Assert.Null(await eerste.NeemTerugkeeradresAsync("sleutel1", Nu, CancellationToken.None));
    }

    [Fact]
    public async Task Opruimen_verwijdert_alleen_wat_verlopen_is()
    {
        eerste.RegistreerUitstaandVerzoek("_oud", Nu.AddMinutes(-1));
        eerste.RegistreerUitstaandVerzoek("_nieuw", Nu.AddMinutes(15));
        eerste.RegistreerEenmalig("_r-oud", Nu.AddMinutes(-1), Nu.AddDays(-1));
        eerste.RegistreerEenmalig("_r-nieuw", Nu.AddDays(366), Nu);
        await eerste.BewaarTerugkeeradresAsync("oud", "/", Nu.AddMinutes(-1), CancellationToken.None);

        Assert.Equal(3, await tweede.RuimVerlopenOpAsync(Nu, CancellationToken.None));
        Assert.True(eerste.IsUitstaandVerzoek("_nieuw", Nu));
        Assert.False(eerste.RegistreerEenmalig("_r-nieuw", Nu.AddDays(366), Nu));
        Assert.Equal(0, await tweede.RuimVerlopenOpAsync(Nu, CancellationToken.None));
    }

    /// <summary>Both stores work through every id at once, each on its own thread, both released together.</summary>
    private async Task<List<(string Id, bool Gelukt)>> TegelijkAsync(IReadOnlyList<string> ids, Func<IToegangStore, string, bool> actie)
    {
        using var start = new Barrier(2);
        var taken = new[] { eerste, tweede }.Select(store => Task.Run(() =>
        {
            start.SignalAndWait();
            return ids.Select(id => (id, actie(store, id))).ToList();
        }));
        return [.. (await Task.WhenAll(taken)).SelectMany(r => r)];
    }
}

public sealed class ToegangStoreTestsOnSqlite() : ToegangStoreTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class ToegangStoreTestsOnPostgres(PostgresServer postgres) : ToegangStoreTests(StoreKind.Postgres, postgres);
