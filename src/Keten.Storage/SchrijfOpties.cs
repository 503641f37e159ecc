namespace Keten.Storage;

/// <summary>
/// How a write transaction that the database refuses for concurrency (PostgreSQL SQLSTATE 40001/40P01) is retried:
/// at most <see cref="MaxPogingen"/> attempts in all, waiting a random time below
/// min(<see cref="MaxWachttijd"/>, <see cref="BasisWachttijd"/> · 2^(attempt−1)) between them ("full jitter").
/// Server setting: Keten:WriteAttempts.
/// </summary>
public sealed record SchrijfOpties
{
    public static SchrijfOpties Standaard { get; } = new();

    public int MaxPogingen { get; init; } = 15;

    public TimeSpan BasisWachttijd { get; init; } = TimeSpan.FromMilliseconds(5);

    public TimeSpan MaxWachttijd { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>What the answer tells the sender when the attempts ran out.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);
}
