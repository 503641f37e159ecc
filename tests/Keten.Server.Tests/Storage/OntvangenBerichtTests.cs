using Keten.Server.Tests.Infrastructure;

namespace Keten.Server.Tests.Storage;

/// <summary>The replay table of signed SOAP requests (migration 0012): one key accepted once, also across stores.</summary>
public abstract class OntvangenBerichtTests(StoreKind kind, PostgresServer? postgres) : StoreTest(kind, postgres)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task A_key_is_accepted_once_while_it_is_kept()
    {
        var tot = Time.GetUtcNow().AddMinutes(10);

        Assert.True(await Store.RegistreerOntvangenBerichtAsync("00000001 urn:uuid:a", tot, Ct));
        Assert.False(await Store.RegistreerOntvangenBerichtAsync("00000001 urn:uuid:a", tot, Ct));
        Assert.True(await Store.RegistreerOntvangenBerichtAsync("00000001 urn:uuid:b", tot, Ct));
    }

    [Fact]
    public async Task Concurrent_stores_on_one_database_accept_a_key_exactly_once()
    {
        var stores = new[] { Store, Database.CreateStore(Time), Database.CreateStore(Time) };
        var tot = Time.GetUtcNow().AddMinutes(10);

        var uitkomsten = await Task.WhenAll(Enumerable.Range(0, 30)
            .Select(i => Task.Run(() => stores[i % stores.Length].RegistreerOntvangenBerichtAsync("OIN urn:uuid:zelfde", tot, Ct))));

        Assert.Single(uitkomsten, nieuw => nieuw);
    }

    [Fact]
    public async Task A_key_past_its_keeping_time_is_forgotten()
    {
        Assert.True(await Store.RegistreerOntvangenBerichtAsync("OIN urn:uuid:oud", Time.GetUtcNow().AddMinutes(-1), Ct));

        Assert.True(await Store.RegistreerOntvangenBerichtAsync("OIN urn:uuid:oud", Time.GetUtcNow().AddMinutes(10), Ct));
    }
}

public sealed class OntvangenBerichtTestsOnSqlite() : OntvangenBerichtTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class OntvangenBerichtTestsOnPostgres(PostgresServer postgres) : OntvangenBerichtTests(StoreKind.Postgres, postgres);
