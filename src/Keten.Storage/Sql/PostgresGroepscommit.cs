using System.Data;
using System.Data.Common;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Keten.Storage.Sql;

/// <summary>
/// Group commit on PostgreSQL: concurrent writes of this process are queued, and up to
/// <see cref="SchrijfOpties.Schrijvers"/> writers each take up to <see cref="SchrijfOpties.MaxPerGroep"/> of them and run
/// them one after another in ONE READ COMMITTED transaction, each inside its own SAVEPOINT, then COMMIT once: one WAL
/// flush, one transaction's bookkeeping, for the batch (docs/decisions/0027-group-commit-on-postgresql.md).
/// <list type="bullet">
/// <item>Key locks stay correct: the items of a batch run in sequence, so each sees the ones before it; the batch holds
/// every item's locks until COMMIT, so another transaction sees all of it or none.</item>
/// <item>Work that throws is rolled back to its savepoint and gets its exception; the others go on. A dry run is rolled
/// back to its savepoint alone.</item>
/// <item>An item refused for concurrency (deadlock, lock wait past the limit) is rolled back to its savepoint and runs
/// again alone, after the batch committed, through <see cref="PostgresSchrijfpad"/> and its retries. So does every item
/// when the batch cannot go on (an error the savepoint cannot undo, or the server refusing the COMMIT).</item>
/// <item>A lone write (nothing else queued) runs alone at once: no waiting for company.</item>
/// <item>A further writer starts only when <see cref="SchrijfOpties.VolgendeSchrijverVanaf"/> writes wait behind the busy ones.</item>
/// <item>Every caller's task completes only after the COMMIT succeeded; if the COMMIT fails without an answer from the
/// server, every caller of the batch gets that failure, as a lone transaction's caller would.</item>
/// </list>
/// </summary>
internal sealed class PostgresGroepscommit(PostgresDialect dialect, Func<DateTimeOffset> nu, SchrijfOpties opties, ILogger logger) : Schrijfpad
{
    private static readonly PostgresSleutelsloten Sloten = new();

    private readonly PostgresSchrijfpad alleen = new(dialect, nu, opties, logger);
    private readonly Lock slot = new();
    private readonly Queue<Schrijfwerk> wachtrij = new();
    private readonly int schrijvers = Math.Max(1, opties.Schrijvers);
    private readonly int maxPerGroep = Math.Clamp(opties.MaxPerGroep, 1, 64);
    private readonly int volgendeSchrijverVanaf = Math.Max(1, opties.VolgendeSchrijverVanaf);
    private int actieveSchrijvers;

    public override long Herhalingen => alleen.Herhalingen + base.Herhalingen;

    public override Task<T> SchrijfAsync<T>(Func<IRioTransactie, CancellationToken, Task<T>> werk, CancellationToken ct)
    {
        var item = new Schrijfwerk<T>(werk, ct);
        lock (slot)
        {
            wachtrij.Enqueue(item);
            // Above a threshold of 1, a further writer only for a queue that waits: at a moderate rate one writer's batches
            // then take what arrived during its round, instead of two writers each committing nearly every write alone.
            if (actieveSchrijvers >= schrijvers || (actieveSchrijvers > 0 && wachtrij.Count < volgendeSchrijverVanaf))
            {
                return item.Taak;
            }

            actieveSchrijvers++;
        }

        _ = Task.Run(SchrijfRondeAsync, CancellationToken.None);
        return item.Taak;
    }

    /// <summary>One writer: batches until nothing is queued.</summary>
    private async Task SchrijfRondeAsync()
    {
        while (true)
        {
            var batch = new List<Schrijfwerk>(maxPerGroep);
            lock (slot)
            {
                while (batch.Count < maxPerGroep && wachtrij.TryDequeue(out var item))
                {
                    batch.Add(item);
                }

                if (batch.Count == 0)
                {
                    actieveSchrijvers--;
                    return;
                }
            }

            try
            {
                if (batch.Count == 1)
                {
                    await batch[0].VoerAlleenUitAsync(alleen);
                }
                else
                {
                    await BatchAsync(batch);
                }
            }
#pragma warning disable CA1031 // A writer that died would leave its count taken and the queue unserved: its callers get the failure instead.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Schrijfwerk.FaalAlle(batch, e);
            }
        }
    }

#pragma warning disable CA1031 // Any failure of one work item or of the batch must reach its callers, never the writer loop.
    private async Task BatchAsync(List<Schrijfwerk> batch)
    {
        var gedaan = new List<Schrijfwerk>(batch.Count);
        var opnieuw = new List<Schrijfwerk>();
        var begonnen = 0;
        var commitVerstuurd = false;
        try
        {
            await using var connection = await dialect.OpenVoorSchrijvenAsync(opties.SlotWachttijd, CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, CancellationToken.None);
            foreach (var werk in batch)
            {
                await VoerUitAsync(connection, transaction, begonnen == 0 ? Savepoint : "RELEASE " + Savepoint + "; " + Savepoint);
                begonnen++;
                var transactie = new RioTransactie(connection, transaction, dialect, nu(), Sloten);
                try
                {
                    await werk.VoerUitAsync(transactie, annuleerbaar: false);
                    if (transactie.MoetTerugdraaien)
                    {
                        await VoerUitAsync(connection, transaction, TerugNaarSavepoint);
                    }

                    gedaan.Add(werk);
                }
                catch (Exception e)
                {
                    // Until the savepoint is undone the item counts as not done; if undoing fails, the outer catch runs it again.
                    opnieuw.Add(werk);
                    await VoerUitAsync(connection, transaction, TerugNaarSavepoint);
                    if (PostgresSchrijfpad.SqlState(e) is null)
                    {
                        opnieuw.Remove(werk);
                        werk.Faal(e);
                    }
                }
            }

            commitVerstuurd = true;
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception e) when (!commitVerstuurd || e is PostgresException)
        {
            // Nothing of the batch was committed: the COMMIT was not sent, or the server answered it with an error.
            logger.LogDebug(e, "Group commit of {Aantal} writes ended before its COMMIT; each runs again alone", batch.Count);
            opnieuw.AddRange(gedaan);
            opnieuw.AddRange(batch.Skip(begonnen));
            gedaan.Clear();
        }
        catch (Exception e)
        {
            // No answer to the COMMIT: whether it happened is unknown, as for a lone transaction's caller.
            Schrijfwerk.FaalAlle(gedaan, e);
            gedaan.Clear();
        }

        foreach (var werk in gedaan)
        {
            werk.Voltooi();
        }

        if (opnieuw.Count > 0)
        {
            TelHerhaling();
            _ = Task.WhenAll(opnieuw.Select(w => w.VoerAlleenUitAsync(alleen)));
        }
    }
#pragma warning restore CA1031

    private const string Savepoint = "SAVEPOINT werk";
    private const string TerugNaarSavepoint = "ROLLBACK TO SAVEPOINT werk";

    private static async Task VoerUitAsync(DbConnection connection, DbTransaction transaction, string sql)
    {
        await using var command = connection.Sql(transaction, sql);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
