using Keten.Server.Tests.Infrastructure;
using Keten.Storage;

namespace Keten.Server.Tests.Storage;

/// <summary>
/// PostgreSQL runs SchrijfAsync at SERIALIZABLE: a real conflict (another transaction commits a change to a row this
/// one read before it writes that row) aborts the attempt with SQLSTATE 40001, and the work runs again.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SerialisatieconflictTests(PostgresServer postgres) : StoreTest(StoreKind.Postgres, postgres)
{
    [Fact]
    public async Task Serialization_conflict_is_retried_in_a_fresh_transaction_not_returned()
    {
        var store = (PostgresKetenStore)Store;
        await store.VolgendNummerAsync("r", CancellationToken.None);
        var ander = Database.CreateStore(TimeProvider.System);
        var pogingen = 0;

        var nummer = await store.SchrijfAsync((tx, ct) => MetConflictAsync(tx, ander, ++pogingen == 1, ct), CancellationToken.None);

        Assert.Equal(2, pogingen);
        Assert.Equal(3, nummer);
        Assert.Equal(1, store.Herhalingen);
    }

    [Fact]
    public async Task When_every_attempt_conflicts_the_store_answers_busy_and_writes_nothing()
    {
        var store = new PostgresKetenStore(ConnectionString, TimeProvider.System, new SchrijfOpties { MaxPogingen = 3, RetryAfter = TimeSpan.FromSeconds(2) });
        await store.VolgendNummerAsync("r", CancellationToken.None);
        var ander = Database.CreateStore(TimeProvider.System);
        var pogingen = 0;

        var bezet = await Assert.ThrowsAsync<OpslagBezetException>(() => store.SchrijfAsync(async (tx, ct) =>
        {
            pogingen++;
            await tx.VastleggenAsync(new Commit($"doc-{pogingen}", "aanleveren", Antwoord("doc"), [Staat(RioObjectSoort.Onderwijslocatie, "100X001", "{}")]), ct);
            return await MetConflictAsync(tx, ander, true, ct);
        }, CancellationToken.None));

        Assert.Equal(3, pogingen);
        Assert.Equal(2, bezet.RetryAfterSeconden);
        Assert.Null(await store.GetAsync(RioObjectSoort.Onderwijslocatie, "100X001", CancellationToken.None));
        Assert.Null(await store.FindAntwoordAsync("doc-1", CancellationToken.None));
    }

    /// <summary>
    /// Reads sequence "r" (the snapshot is taken), lets another store commit an increment of it when asked, then
    /// increments it itself: a concurrent update of a row the snapshot cannot see, so 40001 at SERIALIZABLE.
    /// </summary>
    private static async Task<long> MetConflictAsync(IRioTransactie tx, IKetenStore ander, bool conflict, CancellationToken ct)
    {
        await tx.GetAsync(RioObjectSoort.Onderwijslocatie, "100X999", ct);
        if (conflict)
        {
            await ander.VolgendNummerAsync("r", ct);
        }

        return await tx.VolgendNummerAsync("r", ct);
    }
}
