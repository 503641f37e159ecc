using System.Data;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Keten.Storage.Sql;

/// <summary>
/// One READ COMMITTED transaction per call, in which every read and write takes its key lock first
/// (<see cref="PostgresSleutelsloten"/>): transactions that touch the same keys run one after the other, the rest in
/// parallel. PostgreSQL aborts one transaction of a deadlock (SQLSTATE 40P01), and a lock not granted within
/// <see cref="SchrijfOpties.SlotWachttijd"/> ends the attempt (55P03); 40001 (serialization failure) is retried too.
/// The whole work then runs again in a fresh transaction after a random wait, at most
/// <see cref="SchrijfOpties.MaxPogingen"/> times in all. No batching: PostgreSQL's WAL flush already groups concurrent commits.
/// </summary>
internal sealed class PostgresSchrijfpad(PostgresDialect dialect, Func<DateTimeOffset> nu, SchrijfOpties opties, ILogger logger) : Schrijfpad
{
    private static readonly PostgresSleutelsloten Sloten = new();

    public override async Task<T> SchrijfAsync<T>(Func<IRioTransactie, CancellationToken, Task<T>> werk, CancellationToken ct)
    {
        for (var poging = 1; ; poging++)
        {
            try
            {
                return await EenPogingAsync(werk, ct);
            }
            catch (Exception e) when (SqlState(e) is { } state)
            {
                if (poging >= opties.MaxPogingen)
                {
                    logger.LogInformation("Write transaction refused {Pogingen} times (SQLSTATE {SqlState}); answering storage busy", poging, state);
                    throw new OpslagBezetException(
                        $"De opslag is bezet: de schrijftransactie botste {poging} keer met andere (SQLSTATE {state})", opties.RetryAfter, e);
                }

                var wacht = Wachttijd(poging);
                logger.LogDebug("Write transaction conflict (SQLSTATE {SqlState}), attempt {Poging} of {Max}, retry {Herhaling} since start; again in {Wacht} ms",
                    state, poging, opties.MaxPogingen, TelHerhaling(), (int)wacht.TotalMilliseconds);
                await Task.Delay(wacht, ct);
            }
        }
    }

    private async Task<T> EenPogingAsync<T>(Func<IRioTransactie, CancellationToken, Task<T>> werk, CancellationToken ct)
    {
        await using var connection = await dialect.OpenVoorSchrijvenAsync(opties.SlotWachttijd, ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);

        var transactie = new RioTransactie(connection, transaction, dialect, nu(), Sloten, commitMeesturen: true);
        var resultaat = await werk(transactie, ct);
        if (transactie.Gecommit)
        {
            return resultaat; // the COMMIT went with the last write; disposing the ended transaction sends nothing
        }

        if (transactie.MoetTerugdraaien)
        {
            await transaction.RollbackAsync(ct);
        }
        else
        {
            await transaction.CommitAsync(ct);
        }

        return resultaat;
    }

    /// <summary>Full jitter: a random wait below min(max, base · 2^(attempt−1)).</summary>
    private TimeSpan Wachttijd(int poging)
    {
        var plafond = Math.Min(opties.MaxWachttijd.TotalMilliseconds, opties.BasisWachttijd.TotalMilliseconds * Math.Pow(2, poging - 1));
#pragma warning disable CA5394 // Jitter, not security.
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * plafond);
#pragma warning restore CA5394
    }

    /// <summary>40001 serialization_failure, 40P01 deadlock_detected or 55P03 lock_not_available, also when Npgsql wraps it; otherwise null.</summary>
    internal static string? SqlState(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable } pg)
            {
                return pg.SqlState;
            }
        }

        return null;
    }
}
