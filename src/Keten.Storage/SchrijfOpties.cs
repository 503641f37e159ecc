namespace Keten.Storage;

/// <summary>
/// How a write transaction that the database refuses for concurrency (PostgreSQL SQLSTATE 40P01 deadlock, 55P03 a key
/// lock not granted within <see cref="SlotWachttijd"/>, 40001) is retried:
/// at most <see cref="MaxPogingen"/> attempts in all, waiting a random time below
/// min(<see cref="MaxWachttijd"/>, <see cref="BasisWachttijd"/> · 2^(attempt−1)) between them ("full jitter").
/// Server settings: Keten:WriteAttempts, Keten:WriteLockTimeoutMilliseconds, Keten:WriteBatchWriters, Keten:WriteBatchSize,
/// Keten:WriteBatchNextWriterAt.
/// </summary>
public sealed record SchrijfOpties
{
    public static SchrijfOpties Standaard { get; } = new();

    public int MaxPogingen { get; init; } = 15;

    public TimeSpan BasisWachttijd { get; init; } = TimeSpan.FromMilliseconds(5);

    public TimeSpan MaxWachttijd { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long one attempt waits for a key lock held by another transaction before it starts again.</summary>
    public TimeSpan SlotWachttijd { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>PostgreSQL group commit: how many transactions of concurrent writes one process runs at once.</summary>
    public int Schrijvers { get; init; } = 2;

    /// <summary>PostgreSQL group commit: at most this many writes in one transaction (1: every write alone). At most 64 (larger is taken as 64),
    /// the subtransactions PostgreSQL tracks per backend without overflowing to pg_subtrans.</summary>
    public int MaxPerGroep { get; init; } = 32;

    /// <summary>PostgreSQL group commit: a further writer (up to <see cref="Schrijvers"/>) starts only when at least this many
    /// writes wait while every running writer is busy (1, the default: as soon as one waits). The first writer always starts
    /// at once. Above 1, writes queued behind a write that waits for a key lock wait with it, until that many are queued.</summary>
    public int VolgendeSchrijverVanaf { get; init; } = 1;

    /// <summary>What the answer tells the sender when the attempts ran out.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);
}
