using Keten.Server.Tests.Infrastructure;
using Keten.Storage;

namespace Keten.Server.Tests.Storage;

public abstract class MigrateTests(StoreKind kind, PostgresServer? postgres) : StoreTest(kind, postgres)
{
    [Fact]
    public async Task Migrating_again_is_harmless_and_keeps_the_data()
    {
        await CommitAsync("doc-1", Staat(RioObjectSoort.Onderwijsaanbieder, "100A001", "{}"));

        await Store.MigrateAsync(CancellationToken.None);
        var tweede = Database.CreateStore(Time);
        await tweede.MigrateAsync(CancellationToken.None);
        await tweede.MigrateAsync(CancellationToken.None);

        Assert.NotNull(await tweede.GetAsync(RioObjectSoort.Onderwijsaanbieder, "100A001", CancellationToken.None));
        Assert.Equal(Antwoord("doc-1"), await tweede.FindAntwoordAsync("doc-1", CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_migrations_of_a_fresh_database_all_succeed()
    {
        await using var leeg = await KetenConnectionStrings.CreateAsync(Kind, Postgres);
        var stores = Enumerable.Range(0, 4).Select(_ => leeg.CreateStore(Time)).ToList();

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.MigrateAsync(CancellationToken.None))));

        Assert.Equal(1, await stores[0].VolgendNummerAsync("r", CancellationToken.None));
    }
}

public sealed class MigrateTestsOnSqlite() : MigrateTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class MigrateTestsOnPostgres(PostgresServer postgres) : MigrateTests(StoreKind.Postgres, postgres);
