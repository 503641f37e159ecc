namespace Keten.Storage;

/// <summary>Named number sequences.</summary>
public abstract partial class SqlKetenStore
{
    /// <summary>
    /// One upsert that increments and returns, in its own write transaction: PostgreSQL locks the row (a concurrent
    /// caller waits until this transaction ends), SQLite holds the database write lock.
    /// Numbers are never handed out twice. Within <see cref="SchrijfAsync{T}"/> use <see cref="IRioTransactie.VolgendNummerAsync"/>.
    /// </summary>
    public Task<long> VolgendNummerAsync(string reeks, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(reeks);
        return SchrijfAsync((transactie, token) => transactie.VolgendNummerAsync(reeks, token), ct);
    }
}
