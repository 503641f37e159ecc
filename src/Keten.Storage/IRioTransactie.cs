using Keten.Storage.Rod;

namespace Keten.Storage;

/// <summary>
/// One write transaction (<see cref="IKetenStore.SchrijfAsync{T}"/>): every read a handler bases its decision on and
/// the final write, on one connection, so that what was checked is what gets committed. PostgreSQL runs it at READ
/// COMMITTED with a lock on every key read or written, SQLite under its single write lock
/// (docs/decisions/0003-write-transactions-with-key-locks.md).
/// </summary>
public interface IRioTransactie
{
    /// <summary>The current row, tombstones included (Verwijderd = true).</summary>
    Task<RioObject?> GetAsync(RioObjectSoort soort, string sleutel, CancellationToken ct);

    /// <summary>
    /// The current row of the object this transaction is going to change (or delete), locked exclusively from now on,
    /// so that two transactions changing one object run one after the other instead of deadlocking.
    /// </summary>
    Task<RioObject?> GetVoorWijzigingAsync(RioObjectSoort soort, string sleutel, CancellationToken ct);

    /// <summary>The live (not deleted) objects among the given keys, ordered by sleutel.</summary>
    Task<IReadOnlyList<RioObject>> GetManyAsync(RioObjectSoort soort, IReadOnlyCollection<string> sleutels, CancellationToken ct);

    /// <summary>Live objects that refer to the given object.</summary>
    Task<IReadOnlyList<RioObject>> VerwijzersAsync(RioObjectSoort naarSoort, string naarSleutel, CancellationToken ct);

    /// <summary>
    /// The live onderwijslocaties at an address (<see cref="Zoekvelden.AdresSleutel"/>), read after an exclusive lock on
    /// that address held until the transaction ends: a message that creates a location at the address takes it first, so
    /// two such messages run one after the other and the second sees the location the first created (N01020).
    /// </summary>
    Task<IReadOnlyList<RioObject>> LocatiesOpAdresAsync(string adres, CancellationToken ct);

    /// <summary>
    /// Reads the given objects ahead in one round trip, each after its key lock (exclusive for <see cref="TeLezen.VoorWijziging"/>,
    /// else shared), together with the claim of <paramref name="kop"/> when given (its result, else null): the
    /// bedrijfsdocument id is claimed for this message (an insert that does nothing when the id is there) and, when it
    /// was there already, the result tells whether it was the same message (same digest) with its recorded answer. The
    /// <see cref="GetAsync"/>, <see cref="GetVoorWijzigingAsync"/> and <see cref="GetManyAsync"/> calls for those
    /// objects that follow answer from what was read, with no round trip of their own.
    /// </summary>
    Task<BedrijfsdocumentClaim?> LeesVooruitAsync(BedrijfsdocumentKop? kop, IReadOnlyCollection<TeLezen> objecten, CancellationToken ct);

    /// <summary>The next number of a named sequence (1, 2, 3, …); given back if the transaction rolls back.</summary>
    Task<long> VolgendNummerAsync(string reeks, CancellationToken ct);

    /// <summary>
    /// Writes the commit: the answer under its bedrijfsdocument id, the states, verwijzingen and history rows. Returns
    /// false, writing nothing, when the id was recorded by another message (only possible without a prior claim).
    /// </summary>
    Task<bool> VastleggenAsync(Commit commit, CancellationToken ct);

    /// <summary>
    /// <see cref="VastleggenAsync"/> as the transaction's last act: when it returns true the transaction is committed
    /// (on PostgreSQL the COMMIT goes in the same round trip as the write) and nothing may follow it.
    /// </summary>
    Task<bool> VastleggenAlsLaatsteAsync(Commit commit, CancellationToken ct);

    /// <summary>Discard everything this transaction did once the work returns (a dry run); its result still comes back.</summary>
    void Terugdraaien();

    /// <summary>The ROD reads of this same transaction.</summary>
    IRodTransactie Rod { get; }
}

/// <summary>An object a handler is going to read (<see cref="IRioTransactie.LeesVooruitAsync"/>); VoorWijziging: the one it changes.</summary>
public sealed record TeLezen(RioObjectSoort Soort, string Sleutel, bool VoorWijziging = false);

/// <summary>What identifies one message: its bedrijfsdocument id, operation, sender and the digest of its content.</summary>
public sealed record BedrijfsdocumentKop(string Id, string Operatie, string AfzenderOin, string Digest);

public enum BedrijfsdocumentStatus
{
    /// <summary>First time this id is seen: it is now claimed by this transaction.</summary>
    Nieuw,

    /// <summary>The same message again (same digest): <see cref="BedrijfsdocumentClaim.AntwoordJson"/> is the original answer.</summary>
    Herhaling,

    /// <summary>The id was used for another message (other content, operation or sender).</summary>
    AnderBericht,
}

public sealed record BedrijfsdocumentClaim(BedrijfsdocumentStatus Status, string? AntwoordJson = null);
