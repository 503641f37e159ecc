using Keten.Server.Tests.Infrastructure;
using Keten.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Keten.Server.Tests.Storage;

/// <summary>A migrated store on a fresh database per test, a fake clock, and helpers to build commits.</summary>
public abstract class StoreTest(StoreKind kind, PostgresServer? postgres) : DatabaseTest(kind, postgres)
{
    protected const string Bestuur = "100B001";

    /// <summary>A start time with whole microseconds, as the store keeps them.</summary>
    protected static readonly DateTimeOffset Start = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero).AddTicks(1_234_560);

    private IKetenStore? store;

    protected FakeTimeProvider Time { get; } = new(Start);

    protected IKetenStore Store => store ?? throw new InvalidOperationException("InitializeAsync has not run.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        store = Database.CreateStore(Time);
        await store.MigrateAsync(CancellationToken.None);
    }

    protected static Wijziging Staat(
        RioObjectSoort soort, string sleutel, string json, string bestuur = Bestuur, string? aanbieder = null, params Verwijzing[] verwijzingen) =>
        new(soort, sleutel, bestuur, aanbieder, json, verwijzingen);

    protected static Wijziging Verwijdering(RioObjectSoort soort, string sleutel, string bestuur = Bestuur, string? aanbieder = null) =>
        new(soort, sleutel, bestuur, aanbieder, null, []);

    protected static string Antwoord(string? id) => $$"""{"antwoordOp":"{{id}}"}""";

    protected Task<bool> CommitAsync(string? id, params Wijziging[] wijzigingen) =>
        Store.CommitAsync(new Commit(id, "aanleveren", Antwoord(id), wijzigingen), CancellationToken.None);

    /// <summary>Commits each change with its own id, one second apart.</summary>
    protected async Task CommitEachAsync(params Wijziging[] wijzigingen)
    {
        foreach (var wijziging in wijzigingen)
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            Assert.True(await CommitAsync(Guid.NewGuid().ToString(), wijziging));
        }
    }
}
