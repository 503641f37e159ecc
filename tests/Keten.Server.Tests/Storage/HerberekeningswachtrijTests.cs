using Keten.Server.Tests.Infrastructure;
using Keten.Storage;
using Keten.Storage.Rod;

namespace Keten.Server.Tests.Storage;

/// <summary>
/// The queue of chain-signal recomputations after RIO changes: read in aanbieder order after a cursor, so one pass ends
/// while deliveries keep queueing; an entry queued again after it was read stays for the next pass.
/// </summary>
public abstract class HerberekeningswachtrijTests(StoreKind kind, PostgresServer? postgres) : StoreTest(kind, postgres)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task The_queue_is_read_in_aanbieder_order_after_the_cursor()
    {
        await MeldAanAsync("110A003", "110A001", "110A002");

        var eerste = await Store.HerberekeningenAsync(2, null, Ct);
        var rest = await Store.HerberekeningenAsync(2, eerste[^1].Onderwijsaanbiedercode, Ct);

        Assert.Equal(["110A001", "110A002"], eerste.Select(h => h.Onderwijsaanbiedercode));
        Assert.Equal(["110A003"], rest.Select(h => h.Onderwijsaanbiedercode));
        Assert.Empty(await Store.HerberekeningenAsync(2, "110A003", Ct));
    }

    [Fact]
    public async Task An_entry_queued_again_after_it_was_read_stays_and_the_others_go_in_one_write()
    {
        await MeldAanAsync("110A001", "110A002");
        var gelezen = await Store.HerberekeningenAsync(10, null, Ct);
        await MeldAanAsync("110A001");

        var verwijderd = await Store.HerberekeningenAfgerondAsync(gelezen, Ct);

        Assert.Equal(1, verwijderd);
        var over = Assert.Single(await Store.HerberekeningenAsync(10, null, Ct));
        Assert.Equal(("110A001", 2L), (over.Onderwijsaanbiedercode, over.Versie));
    }

    private Task<bool> MeldAanAsync(params string[] aanbieders) =>
        Store.CommitAsync(new Commit(null, "aanleveren", "{}", [], new RodCommit([], [], [], Herberekenen: aanbieders)), Ct);
}

public sealed class HerberekeningswachtrijTestsOnSqlite() : HerberekeningswachtrijTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class HerberekeningswachtrijTestsOnPostgres(PostgresServer postgres) : HerberekeningswachtrijTests(StoreKind.Postgres, postgres);
