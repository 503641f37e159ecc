using Keten.Server.Tests.Infrastructure;
using Keten.Storage;

namespace Keten.Server.Tests.Storage;

/// <summary>
/// PostgreSQL runs SchrijfAsync at READ COMMITTED with key locks: a lock another transaction holds longer than
/// SchrijfOpties.SlotWachttijd (SQLSTATE 55P03) and a deadlock (40P01) end the attempt, and the work runs again in a
/// fresh transaction; when the attempts run out the store answers busy and has written nothing.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SlotconflictTests(PostgresServer postgres) : StoreTest(StoreKind.Postgres, postgres)
{
    private static readonly SchrijfOpties KorteWachttijd = new() { MaxPogingen = 50, SlotWachttijd = TimeSpan.FromMilliseconds(100) };

    [Fact]
    public async Task A_lock_held_past_the_wait_is_retried_in_a_fresh_transaction_not_returned()
    {
        var store = new PostgresKetenStore(ConnectionString, TimeProvider.System, KorteWachttijd);
        await store.VolgendNummerAsync("r", CancellationToken.None);
        var pogingen = 0;

        long nummer;
        await using (var houder = await HoudRijVastAsync("r"))
        {
            var schrijven = store.SchrijfAsync((tx, ct) => { pogingen++; return tx.VolgendNummerAsync("r", ct); }, CancellationToken.None);
            await Task.Delay(400);
            await houder.RollbackAsync();
            nummer = await schrijven;
        }

        Assert.True(pogingen >= 2, $"{pogingen} attempt(s)");
        Assert.Equal(2, nummer);
        Assert.True(store.Herhalingen >= 1);
    }

    /// <remarks>
    /// Two stores, as two processes: one store's group commit may take both writes into one batch, whose items run in
    /// sequence in one transaction, so the first would wait at the barrier for a second that can only start after it.
    /// </remarks>
    [Fact]
    public async Task Two_transactions_locking_two_objects_crosswise_both_land_after_the_deadlock_is_broken()
    {
        var store = new PostgresKetenStore(ConnectionString, TimeProvider.System, SchrijfOpties.Standaard);
        var andereProces = new PostgresKetenStore(ConnectionString, TimeProvider.System, SchrijfOpties.Standaard);
        using var beideEerste = new Barrier(2);

        var een = Task.Run(() => KruiselingsAsync(store, "100X001", "100X002", beideEerste));
        var twee = Task.Run(() => KruiselingsAsync(andereProces, "100X002", "100X001", beideEerste));
        await Task.WhenAll(een, twee);

        Assert.True(store.Herhalingen + andereProces.Herhalingen >= 1);
        Assert.NotNull(await store.GetAsync(RioObjectSoort.Onderwijslocatie, "100X001", CancellationToken.None));
        Assert.NotNull(await store.GetAsync(RioObjectSoort.Onderwijslocatie, "100X002", CancellationToken.None));
    }

    [Fact]
    public async Task When_every_attempt_waits_too_long_the_store_answers_busy_and_writes_nothing()
    {
        var store = new PostgresKetenStore(ConnectionString, TimeProvider.System, KorteWachttijd with { MaxPogingen = 3, RetryAfter = TimeSpan.FromSeconds(2) });
        await store.VolgendNummerAsync("r", CancellationToken.None);
        var pogingen = 0;

        await using var houder = await HoudRijVastAsync("r");
        var bezet = await Assert.ThrowsAsync<OpslagBezetException>(() => store.SchrijfAsync(async (tx, ct) =>
        {
            pogingen++;
            await tx.VastleggenAsync(new Commit($"doc-{pogingen}", "aanleveren", Antwoord("doc"), [Staat(RioObjectSoort.Onderwijslocatie, "100X001", "{}")]), ct);
            return await tx.VolgendNummerAsync("r", ct);
        }, CancellationToken.None));
        await houder.RollbackAsync();

        Assert.Equal(3, pogingen);
        Assert.Equal(2, bezet.RetryAfterSeconden);
        Assert.Null(await store.GetAsync(RioObjectSoort.Onderwijslocatie, "100X001", CancellationToken.None));
        Assert.Null(await store.FindAntwoordAsync("doc-1", CancellationToken.None));
    }

    /// <summary>Locks object a, waits until the other transaction locked its first object too, then locks b and writes both.</summary>
    private static Task<int> KruiselingsAsync(IKetenStore store, string a, string b, Barrier beideEerste)
    {
        var eerstePoging = true;
        return store.SchrijfAsync(async (tx, ct) =>
        {
            await tx.GetVoorWijzigingAsync(RioObjectSoort.Onderwijslocatie, a, ct);
            if (eerstePoging)
            {
                eerstePoging = false;
                Assert.True(beideEerste.SignalAndWait(TimeSpan.FromSeconds(30), ct), "the other transaction never locked its first object");
            }

            await tx.GetVoorWijzigingAsync(RioObjectSoort.Onderwijslocatie, b, ct);
            await tx.VastleggenAsync(new Commit(null, "aanleveren", Antwoord("-"), [Staat(RioObjectSoort.Onderwijslocatie, a, "{}"), Staat(RioObjectSoort.Onderwijslocatie, b, "{}")]), ct);
            return 0;
        }, CancellationToken.None);
    }

    /// <summary>A transaction on a plain connection that holds the row lock of sequence <paramref name="reeks"/> until it ends.</summary>
    private async Task<RijSlot> HoudRijVastAsync(string reeks)
    {
        var connection = await RuweSql.OpenAsync(Database);
        var transactie = await connection.BeginTransactionAsync();
        await RuweSql.ExecAsync(connection, transactie, $"UPDATE reeks SET laatste = laatste WHERE naam = '{reeks}'");
        return new RijSlot(connection, transactie);
    }

    private sealed class RijSlot(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transactie) : IAsyncDisposable
    {
        public Task RollbackAsync() => transactie.RollbackAsync();

        public async ValueTask DisposeAsync()
        {
            await transactie.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
