using Keten.Server.Tests.Infrastructure;

namespace Keten.Server.Tests.Storage;

public abstract class ReeksTests(StoreKind kind, PostgresServer? postgres) : StoreTest(kind, postgres)
{
    [Fact]
    public async Task Each_reeks_counts_from_one_on_its_own()
    {
        Assert.Equal(1, await Store.VolgendNummerAsync("onderwijslocatie", CancellationToken.None));
        Assert.Equal(2, await Store.VolgendNummerAsync("onderwijslocatie", CancellationToken.None));
        Assert.Equal(1, await Store.VolgendNummerAsync("onderwijsaanbieder", CancellationToken.None));
        Assert.Equal(3, await Store.VolgendNummerAsync("onderwijslocatie", CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_callers_never_get_the_same_number()
    {
        var nummers = await Task.WhenAll(Enumerable.Range(0, 40)
            .Select(_ => Task.Run(() => Store.VolgendNummerAsync("opleidingseenheid", CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), nummers.Order());
    }

    [Fact]
    public async Task Numbers_survive_a_new_store_on_the_same_database()
    {
        await Store.VolgendNummerAsync("r", CancellationToken.None);
        var opnieuw = Database.CreateStore(Time);
        await opnieuw.MigrateAsync(CancellationToken.None);

        Assert.Equal(2, await opnieuw.VolgendNummerAsync("r", CancellationToken.None));
    }
}

public sealed class ReeksTestsOnSqlite() : ReeksTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class ReeksTestsOnPostgres(PostgresServer postgres) : ReeksTests(StoreKind.Postgres, postgres);
