using Microsoft.Data.Sqlite;

namespace Keten.Storage.Sql;

/// <summary>
/// Group commit on SQLite: a durable COMMIT costs an fsync, so concurrent writes of this store are queued and one
/// writer at a time runs up to <see cref="MaxPerBatch"/> of them in ONE transaction (BEGIN IMMEDIATE), each in its own
/// SAVEPOINT. Work that throws is rolled back to its savepoint and gets its exception; the others go on. The WAL is
/// synced beside the writer (<see cref="SqliteWalSync"/>), which starts the next batch meanwhile: every other caller's
/// task completes only after the COMMIT succeeded and a sync of the WAL after it did; if either fails, all of the batch
/// fail, so nothing acknowledged is lost. Other processes (the CLI) queue on the database write lock (busy_timeout).
/// </summary>
/// <param name="walSync">How the WAL file is synced; tests replace it, the default is fdatasync.</param>
internal sealed class SqliteGroepscommit(SqliteDialect dialect, Func<DateTimeOffset> nu, Func<string, Task>? walSync = null) : Schrijfpad
{
    public const int MaxPerBatch = 64;

    /// <summary>How long the writer keeps its connection (page cache, prepared statements) after the last write.</summary>
    public static readonly TimeSpan Rusttijd = TimeSpan.FromSeconds(5);

    private readonly SqliteAchtergrondcheckpoint checkpoint = new(dialect);
    private readonly SqliteWalSync duurzaam = new(Path.GetFullPath(dialect.DataSource) + "-wal", walSync);
    private readonly Lock slot = new();
    private readonly Queue<Werk> wachtrij = new();
    private bool schrijverActief;
    private long rustmoment;

    // Used by the writer loop only, and by the idle closer only while no writer loop runs (both decided under slot).
    private SqliteSchrijfverbinding? verbinding;

    public override Task<T> SchrijfAsync<T>(Func<IRioTransactie, CancellationToken, Task<T>> werk, CancellationToken ct)
    {
        var item = new Werk<T>(werk, ct);
        bool start;
        lock (slot)
        {
            wachtrij.Enqueue(item);
            start = !schrijverActief;
            schrijverActief = true;
        }

        if (start)
        {
            _ = Task.Run(SchrijfLusAsync, CancellationToken.None);
        }

        return item.Taak;
    }

    /// <summary>Runs batches while work is queued; the next caller starts a new writer when it stopped.</summary>
    private async Task SchrijfLusAsync()
    {
        while (true)
        {
            var batch = new List<Werk>(MaxPerBatch);
            lock (slot)
            {
                while (batch.Count < MaxPerBatch && wachtrij.TryDequeue(out var item))
                {
                    batch.Add(item);
                }

                if (batch.Count == 0)
                {
                    schrijverActief = false;
                    _ = SluitNaRustAsync(++rustmoment);
                    return;
                }
            }

            await BatchAsync(batch);
        }
    }

#pragma warning disable CA1031 // Any failure of one work item or of the batch must reach its callers, never the writer loop.
    private async Task BatchAsync(List<Werk> batch)
    {
        try
        {
            verbinding ??= await dialect.OpenSchrijfverbindingAsync(CancellationToken.None);
            if (checkpoint.MoetAfronden)
            {
                checkpoint.Afgerond();
                await VoerUitAsync(verbinding, null, "PRAGMA wal_checkpoint(PASSIVE)");
            }

            await using var transaction = await dialect.BeginWriteAsync(verbinding, CancellationToken.None);
            foreach (var werk in batch)
            {
                await VoerUitAsync(verbinding, transaction, "SAVEPOINT werk");
                var transactie = new RioTransactie(verbinding, transaction, dialect, nu(), Sleutelsloten.Geen);
                try
                {
                    await werk.VoerUitAsync(transactie);
                    if (transactie.MoetTerugdraaien)
                    {
                        await VoerUitAsync(verbinding, transaction, "ROLLBACK TO werk");
                    }
                }
                catch (Exception e)
                {
                    await VoerUitAsync(verbinding, transaction, "ROLLBACK TO werk");
                    werk.Faal(e);
                }

                await VoerUitAsync(verbinding, transaction, "RELEASE werk");
            }

            await transaction.CommitAsync();
            checkpoint.NaCommit();
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED: busy_timeout ran out
        {
            await SluitVerbindingAsync();
            FaalAlles(batch, new OpslagBezetException("De opslag is bezet: de schrijfvergrendeling van SQLite kwam niet vrij", TimeSpan.FromSeconds(1), e));
            return;
        }
        catch (Exception e)
        {
            await SluitVerbindingAsync();
            FaalAlles(batch, e);
            return;
        }

        duurzaam.Na(fout =>
        {
            foreach (var item in batch)
            {
                if (fout is null)
                {
                    item.Voltooi();
                }
                else
                {
                    item.Faal(fout);
                }
            }
        });
    }
#pragma warning restore CA1031

    private static async Task VoerUitAsync(SqliteSchrijfverbinding verbinding, System.Data.Common.DbTransaction? transaction, string sql)
    {
        await using var command = verbinding.Sql(transaction, sql);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    /// <summary>After a failed batch the connection starts afresh: nothing it held can be trusted.</summary>
    private async Task SluitVerbindingAsync()
    {
        var weg = verbinding;
        verbinding = null;
        if (weg is not null)
        {
            await weg.DisposeAsync();
        }
    }

    /// <summary>
    /// The connection stays open while work keeps coming and is closed <see cref="Rusttijd"/> after the writer went
    /// idle, unless it became busy again meanwhile (then a later idle moment closes it).
    /// </summary>
    private async Task SluitNaRustAsync(long rust)
    {
        await Task.Delay(Rusttijd, CancellationToken.None);
        SqliteSchrijfverbinding? weg = null;
        lock (slot)
        {
            if (!schrijverActief && rust == rustmoment)
            {
                weg = verbinding;
                verbinding = null;
            }
        }

        if (weg is not null)
        {
            await weg.DisposeAsync();
        }
    }

    private static void FaalAlles(List<Werk> batch, Exception e)
    {
        foreach (var item in batch)
        {
            item.Faal(e);
        }
    }

    private abstract class Werk
    {
        public abstract Task VoerUitAsync(IRioTransactie transactie);

        /// <summary>After the COMMIT: hand the result to the caller (unless it already failed).</summary>
        public abstract void Voltooi();

        /// <summary>The first failure wins; later ones (the batch failing after this item failed) are ignored.</summary>
        public abstract void Faal(Exception e);
    }

    private sealed class Werk<T>(Func<IRioTransactie, CancellationToken, Task<T>> werk, CancellationToken ct) : Werk
    {
        private readonly TaskCompletionSource<T> bron = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? resultaat;

        public Task<T> Taak => bron.Task;

        public override async Task VoerUitAsync(IRioTransactie transactie)
        {
            ct.ThrowIfCancellationRequested();
            resultaat = await werk(transactie, ct);
        }

        public override void Voltooi() => bron.TrySetResult(resultaat!);

        public override void Faal(Exception e)
        {
            if (e is OperationCanceledException && ct.IsCancellationRequested)
            {
                bron.TrySetCanceled(ct);
            }
            else
            {
                bron.TrySetException(e);
            }
        }
    }
}
