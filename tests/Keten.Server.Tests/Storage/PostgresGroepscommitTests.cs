using System.Globalization;
using Keten.Server.Tests.Infrastructure;
using Keten.Storage;
using Keten.Storage.Sql;

namespace Keten.Server.Tests.Storage;

/// <summary>
/// PostgreSQL group commit: writes that queue while a writer is busy run in one transaction, each in its own savepoint.
/// One writer per store here, and its first write held at a gate until the others queued, so the batch is known.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresGroepscommitTests(PostgresServer postgres) : StoreTest(StoreKind.Postgres, postgres)
{
    private const int Wachtenden = 12;

    [Fact]
    public async Task Writes_that_queue_behind_a_busy_writer_share_one_transaction_and_all_land()
    {
        var store = OpslagMetEenSchrijver(SchrijfOpties.Standaard);

        var transacties = await ZetInDeRijAsync(store, i => async (tx, ct) =>
        {
            await SchrijfAsync(tx, i, ct);
            return await TransactieIdAsync(tx, ct);
        });

        Assert.Single(transacties.Distinct());
        for (var i = 0; i < Wachtenden; i++)
        {
            Assert.NotNull(await store.GetAsync(RioObjectSoort.Onderwijslocatie, Sleutel(i), CancellationToken.None));
        }
    }

    [Fact]
    public async Task With_a_batch_size_of_one_every_write_has_a_transaction_of_its_own()
    {
        var store = OpslagMetEenSchrijver(SchrijfOpties.Standaard with { MaxPerGroep = 1 });

        var transacties = await ZetInDeRijAsync(store, i => async (tx, ct) =>
        {
            await SchrijfAsync(tx, i, ct);
            return await TransactieIdAsync(tx, ct);
        });

        Assert.Equal(Wachtenden, transacties.Distinct().Count());
    }

    [Fact]
    public async Task A_write_that_throws_in_a_batch_is_undone_alone_and_its_caller_gets_the_exception()
    {
        var store = OpslagMetEenSchrijver(SchrijfOpties.Standaard);
        const int Mislukt = 5;

        var taken = await ZetInDeRijAsync(store, Task.CompletedTask, i => async (tx, ct) =>
        {
            await SchrijfAsync(tx, i, ct);
            return i == Mislukt ? throw new InvalidOperationException("regel kapot") : i;
        }, _ => CancellationToken.None);

        var fout = await Assert.ThrowsAsync<InvalidOperationException>(() => taken[Mislukt]);
        Assert.Equal("regel kapot", fout.Message);
        for (var i = 0; i < Wachtenden; i++)
        {
            if (i != Mislukt)
            {
                Assert.Equal(i, await taken[i]);
            }

            Assert.Equal(i != Mislukt, await store.GetAsync(RioObjectSoort.Onderwijslocatie, Sleutel(i), CancellationToken.None) is not null);
        }
    }

    [Fact]
    public async Task A_write_that_breaks_the_connection_fails_alone_and_the_rest_of_its_batch_runs_again_and_lands()
    {
        var store = OpslagMetEenSchrijver(SchrijfOpties.Standaard);
        const int Breekt = 6;
        var pogingen = new int[Wachtenden];

        var taken = await ZetInDeRijAsync(store, Task.CompletedTask, i => async (tx, ct) =>
        {
            Interlocked.Increment(ref pogingen[i]);
            await SchrijfAsync(tx, i, ct);
            if (i == Breekt)
            {
                await using var command = ((RioTransactie)tx).Opdracht("SELECT pg_terminate_backend(pg_backend_pid())");
                await command.ExecuteNonQueryAsync(ct);
            }

            return i;
        }, _ => CancellationToken.None);

        await Assert.ThrowsAnyAsync<Exception>(() => taken[Breekt]);
        for (var i = 0; i < Wachtenden; i++)
        {
            if (i != Breekt)
            {
                Assert.Equal(i, await taken[i]);
            }

            Assert.Equal(i != Breekt, await store.GetAsync(RioObjectSoort.Onderwijslocatie, Sleutel(i), CancellationToken.None) is not null);
        }

        Assert.All(pogingen.Take(Breekt), p => Assert.Equal(2, p)); // done in the batch, then again alone
        Assert.Equal(2, pogingen[Breekt]);
        Assert.All(pogingen.Skip(Breekt + 1), p => Assert.Equal(1, p)); // never started in the broken batch
    }

    [Fact]
    public async Task A_dry_run_in_a_batch_is_rolled_back_alone_and_still_answers()
    {
        var store = OpslagMetEenSchrijver(SchrijfOpties.Standaard);
        const int Proef = 3;

        var resultaten = await ZetInDeRijAsync(store, i => async (tx, ct) =>
        {
            await SchrijfAsync(tx, i, ct);
            if (i == Proef)
            {
                tx.Terugdraaien();
            }

            return (long)i;
        });

        Assert.Equal(Enumerable.Range(0, Wachtenden).Select(i => (long)i), resultaten);
        for (var i = 0; i < Wachtenden; i++)
        {
            Assert.Equal(i != Proef, await store.GetAsync(RioObjectSoort.Onderwijslocatie, Sleutel(i), CancellationToken.None) is not null);
        }
    }

    [Fact]
    public async Task A_write_refused_for_a_lock_wait_in_a_batch_runs_again_alone_once_the_lock_is_free()
    {
        var store = OpslagMetEenSchrijver(SchrijfOpties.Standaard with { SlotWachttijd = TimeSpan.FromMilliseconds(100), MaxPogingen = 100 });
        await store.VolgendNummerAsync("r", CancellationToken.None);
        const int Wachtend = 7;
        var pogingen = 0;

        var houder = await RuweSql.OpenAsync(Database);
        var vast = await houder.BeginTransactionAsync();
        await RuweSql.ExecAsync(houder, vast, "UPDATE reeks SET laatste = laatste WHERE naam = 'r'");
        var taken = await ZetInDeRijAsync(store, Task.CompletedTask, i => async (tx, ct) =>
        {
            await SchrijfAsync(tx, i, ct);
            if (i == Wachtend)
            {
                Interlocked.Increment(ref pogingen);
                return await tx.VolgendNummerAsync("r", ct);
            }

            return i;
        }, _ => CancellationToken.None);

        for (var i = 0; i < Wachtenden; i++)
        {
            if (i != Wachtend)
            {
                Assert.Equal(i, await taken[i]); // the rest of the batch committed while the lock was still held
            }
        }

        Assert.False(taken[Wachtend].IsCompleted);
        await vast.RollbackAsync();
        Assert.Equal(2, await taken[Wachtend]);
        Assert.True(pogingen >= 2, $"{pogingen} attempt(s)");
        Assert.NotNull(await store.GetAsync(RioObjectSoort.Onderwijslocatie, Sleutel(Wachtend), CancellationToken.None));
        await vast.DisposeAsync();
        await houder.DisposeAsync();
    }

    [Fact]
    public async Task A_caller_that_left_before_its_turn_is_cancelled_and_the_others_land()
    {
        var store = OpslagMetEenSchrijver(SchrijfOpties.Standaard);
        using var weg = new CancellationTokenSource();
        const int Vertrokken = 4;

        var poort = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var taken = await ZetInDeRijAsync(store, poort.Task, i => async (tx, ct) =>
        {
            await SchrijfAsync(tx, i, ct);
            return i;
        }, i => i == Vertrokken ? weg.Token : CancellationToken.None);
        await weg.CancelAsync();
        poort.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => taken[Vertrokken]);
        for (var i = 0; i < Wachtenden; i++)
        {
            if (i != Vertrokken)
            {
                Assert.Equal(i, await taken[i]);
            }

            Assert.Equal(i != Vertrokken, await store.GetAsync(RioObjectSoort.Onderwijslocatie, Sleutel(i), CancellationToken.None) is not null);
        }
    }

    [Fact]
    public async Task Writes_below_the_next_writer_threshold_wait_for_the_busy_writer()
    {
        var (_, poort, eerste, taken) = await AchterBezetteSchrijverAsync(3);
        // Long enough for a second writer, had one started, to run all three before the gate opens.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.DoesNotContain(taken, t => t.IsCompleted);
        poort.SetResult();

        Assert.All(await Task.WhenAll(taken), Assert.True);
        await eerste;
    }

    [Fact]
    public async Task At_the_next_writer_threshold_a_second_writer_takes_the_queue_while_the_first_is_busy()
    {
        var (store, poort, eerste, taken) = await AchterBezetteSchrijverAsync(4);

        Assert.All(await Task.WhenAll(taken).WaitAsync(TimeSpan.FromSeconds(30)), Assert.False);
        poort.SetResult();
        await eerste;
        for (var i = 0; i < 4; i++)
        {
            Assert.NotNull(await store.GetAsync(RioObjectSoort.Onderwijslocatie, Sleutel(i), CancellationToken.None));
        }
    }

    /// <summary>A store with two writers and a next-writer threshold of 4, one writer held at a gate by a first write, and
    /// <paramref name="aantal"/> writes queued behind it, each answering whether the gate was open when it ran.</summary>
    private async Task<(PostgresKetenStore Store, TaskCompletionSource Poort, Task<long> Eerste, List<Task<bool>> Taken)> AchterBezetteSchrijverAsync(int aantal)
    {
        var store = new PostgresKetenStore(ConnectionString, TimeProvider.System, SchrijfOpties.Standaard with { Schrijvers = 2, VolgendeSchrijverVanaf = 4 });
        var poort = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var eerste = await StartAchterPoortAsync(store, poort.Task);
        var taken = Enumerable.Range(0, aantal).Select(i => store.SchrijfAsync(async (tx, ct) =>
        {
            await SchrijfAsync(tx, i, ct);
            return poort.Task.IsCompleted;
        }, CancellationToken.None)).ToList();
        return (store, poort, eerste, taken);
    }

    private PostgresKetenStore OpslagMetEenSchrijver(SchrijfOpties opties) => new(ConnectionString, TimeProvider.System, opties with { Schrijvers = 1 });

    /// <summary>Queues <see cref="Wachtenden"/> writes while the store's one writer runs a first write that waits at a gate,
    /// opens the gate, and returns the queued writes' results.</summary>
    private static async Task<long[]> ZetInDeRijAsync(IKetenStore store, Func<int, Func<IRioTransactie, CancellationToken, Task<long>>> werk)
    {
        var poort = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var taken = await ZetInDeRijAsync(store, poort.Task, werk, _ => CancellationToken.None);
        poort.SetResult();
        return await Task.WhenAll(taken);
    }

    /// <summary>Starts a write that holds its writer until <paramref name="poort"/> opens; returns once it runs.</summary>
    private static async Task<Task<long>> StartAchterPoortAsync(IKetenStore store, Task poort)
    {
        var gestart = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var taak = store.SchrijfAsync(async (tx, ct) =>
        {
            gestart.TrySetResult();
            await poort;
            return -1L;
        }, CancellationToken.None);
        await gestart.Task;
        return taak;
    }

    /// <summary>Starts a first write that waits for <paramref name="poort"/>; once it runs (alone: nothing else was queued),
    /// queues <see cref="Wachtenden"/> writes behind it, which the writer then takes as one batch.</summary>
    private static async Task<List<Task<long>>> ZetInDeRijAsync(
        IKetenStore store, Task poort, Func<int, Func<IRioTransactie, CancellationToken, Task<long>>> werk, Func<int, CancellationToken> token)
    {
        _ = await StartAchterPoortAsync(store, poort);
        return [.. Enumerable.Range(0, Wachtenden).Select(i => store.SchrijfAsync(werk(i), token(i)))];
    }

    private static Task<bool> SchrijfAsync(IRioTransactie tx, int i, CancellationToken ct) =>
        tx.VastleggenAsync(new Commit(null, "aanleveren", Antwoord("-"), [Staat(RioObjectSoort.Onderwijslocatie, Sleutel(i), "{}")]), ct);

    private static async Task<long> TransactieIdAsync(IRioTransactie tx, CancellationToken ct)
    {
        await using var command = ((RioTransactie)tx).Opdracht("SELECT txid_current()");
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static string Sleutel(int i) => $"100X{i:000}";
}
