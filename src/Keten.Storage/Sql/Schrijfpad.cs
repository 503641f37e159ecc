namespace Keten.Storage.Sql;

/// <summary>How a database runs <see cref="IKetenStore.SchrijfAsync{T}"/>: PostgreSQL one READ COMMITTED transaction with key locks per
/// call with retries (<see cref="PostgresSchrijfpad"/>), SQLite group commit under its write lock (<see cref="SqliteGroepscommit"/>).</summary>
internal abstract class Schrijfpad
{
    public abstract Task<T> SchrijfAsync<T>(Func<IRioTransactie, CancellationToken, Task<T>> werk, CancellationToken ct);

    /// <summary>Retries after a deadlock, a lock wait past the limit or a serialization conflict since this store was made (for logs and measurements).</summary>
    public virtual long Herhalingen => Interlocked.Read(ref herhalingen);

    protected long TelHerhaling() => Interlocked.Increment(ref herhalingen);

    private long herhalingen;
}
