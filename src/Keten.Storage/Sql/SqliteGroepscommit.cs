using Microsoft.Data.Sqlite;

namespace Keten.Storage.Sql;

/// <summary>
/// Group commit on SQLite: a durable COMMIT costs an fsync, so concurrent writes of this store are queued and one
/// writer, on a thread of its own (<see cref="Werkdraad"/>), runs up to <see cref="MaxPerBatch"/> of them in ONE transaction (BEGIN IMMEDIATE), each in its own
/// SAVEPOINT. Work that throws is rolled back to its savepoint and gets its exception; the others go on. The WAL is
/// synced beside the writer (<see cref="SqliteWalSync"/>), which starts the next batch meanwhile: every other caller's
/// task completes only after the COMMIT succeeded and a sync of the WAL after it did; if either fails, all of the batch
/// fail, so nothing acknowledged is lost. Other processes (the CLI) queue on the database write lock (busy_timeout).
/// </summary>
internal sealed class SqliteGroepscommit : Schrijfpad
{
    public const int MaxPerBatch = 64;

    /// <summary>How long the writer keeps its connection (page cache, prepared statements) after the last write.</summary>
    public static readonly TimeSpan Rusttijd = TimeSpan.FromSeconds(5);

    private readonly SqliteDialect dialect;
    private readonly Func<DateTimeOffset> nu;
    private readonly SqliteAchtergrondcheckpoint checkpoint;
    private readonly SqliteWalSync duurzaam;
    private readonly Lock slot = new();
    private readonly Queue<Schrijfwerk> wachtrij = new();
    private readonly Werkdraad schrijver;

    // Used on the writer's thread only (the idle closer runs on it too, when it ends).
    private SqliteSchrijfverbinding? verbinding;

    /// <param name="walSync">How the WAL file is synced; tests replace it, the default is fdatasync.</param>
    public SqliteGroepscommit(SqliteDialect dialect, Func<DateTimeOffset> nu, Func<string, Task>? walSync = null)
    {
        this.dialect = dialect;
        this.nu = nu;
        checkpoint = new SqliteAchtergrondcheckpoint(dialect);
        duurzaam = new SqliteWalSync(Path.GetFullPath(dialect.DataSource) + "-wal", walSync);
        schrijver = new Werkdraad("Keten SQLite-schrijver", SchrijfRonde, Rusttijd, SluitVerbinding);
    }

    public override Task<T> SchrijfAsync<T>(Func<IRioTransactie, CancellationToken, Task<T>> werk, CancellationToken ct)
    {
        var item = new Schrijfwerk<T>(werk, ct);
        lock (slot)
        {
            wachtrij.Enqueue(item);
        }

        schrijver.Wek();
        return item.Taak;
    }

    /// <summary>Runs batches until nothing is queued.</summary>
    private void SchrijfRonde()
    {
        while (true)
        {
            var batch = new List<Schrijfwerk>(MaxPerBatch);
            lock (slot)
            {
                while (batch.Count < MaxPerBatch && wachtrij.TryDequeue(out var item))
                {
                    batch.Add(item);
                }
            }

            if (batch.Count == 0)
            {
                return;
            }

            BatchAsync(batch).GetAwaiter().GetResult();
        }
    }

#pragma warning disable CA1031 // Any failure of one work item or of the batch must reach its callers, never the writer loop.
    private async Task BatchAsync(List<Schrijfwerk> batch)
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
            SluitVerbinding();
            Schrijfwerk.FaalAlle(batch, new OpslagBezetException("De opslag is bezet: de schrijfvergrendeling van SQLite kwam niet vrij", TimeSpan.FromSeconds(1), e));
            return;
        }
        catch (Exception e)
        {
            SluitVerbinding();
            Schrijfwerk.FaalAlle(batch, e);
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

    /// <summary>After a failed batch, and when the writer rests, the connection starts afresh: nothing it held can be trusted.</summary>
    private void SluitVerbinding()
    {
        verbinding?.Dispose();
        verbinding = null;
    }
}
