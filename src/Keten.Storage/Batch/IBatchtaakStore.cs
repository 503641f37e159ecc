namespace Keten.Storage.Batch;

/// <summary>A batch file uploaded in the portal, to be processed by whichever server process claims it (migration 0017).</summary>
/// <param name="Kenmerk">The file's SHA-256: the batch identity its mutations' bedrijfsdocument ids derive from.</param>
/// <param name="Totaal">The mutations in the file, counted when it was checked.</param>
public sealed record NieuweBatchtaak(Guid TaakId, string Onderwijsbestuurcode, string MedewerkerId, string Bestandsnaam, string Kenmerk,
    ReadOnlyMemory<byte> Bestand, int Totaal);

/// <summary>What a job's status column holds.</summary>
public enum Batchtaakstatus
{
    Wachtend,
    Bezig,
    Klaar,
}

/// <summary>
/// A batch job as stored, without its file: who uploaded it, its progress (mutations answered, of which approved), and its
/// lease: the worker that holds it (<paramref name="Eigenaar"/>) and when it last renewed it (<paramref name="LevendOp"/>).
/// </summary>
/// <param name="Pogingen">How often a worker claimed it; more than one means it was resumed after an interruption.</param>
public sealed record Batchtaak(Guid TaakId, string Onderwijsbestuurcode, string MedewerkerId, string Bestandsnaam, string Kenmerk, int Totaal,
    Batchtaakstatus Status, int Verwerkt, int Goedgekeurd, DateTimeOffset AangemaaktOp, string? Eigenaar, DateTimeOffset? LevendOp, int Pogingen,
    DateTimeOffset? GereedOp);

/// <summary>A job a worker has just claimed: the job, its file, and the line of the last mutation already answered (0: none).</summary>
public sealed record GeclaimdeBatchtaak(Batchtaak Taak, byte[] Bestand, long BeantwoordTot);

/// <summary>One mutation's answer: the line number of its ISG line and the terugkoppeling columns.</summary>
public sealed record BatchtaakRegel(long Regel, IReadOnlyList<string> Kolommen, bool Goedgekeurd);

/// <summary>
/// The portal's batch jobs (migration 0017, ADR 0024): stored with their file, claimed by one worker at a time under a
/// lease that the worker renews while it works, so a job whose process died is claimed again by another once the lease
/// has run out, and resumed after its last stored answer. Every write that needs the lease checks it in its own
/// transaction: a worker that lost its lease stores nothing more.
/// </summary>
public interface IBatchtaakStore
{
    Task AanmakenAsync(NieuweBatchtaak taak, CancellationToken ct);

    /// <summary>The job, or null when there is none with this id.</summary>
    Task<Batchtaak?> TaakAsync(Guid taakId, CancellationToken ct);

    /// <summary>The board's most recent jobs, newest first.</summary>
    Task<IReadOnlyList<Batchtaak>> TakenVanBestuurAsync(string onderwijsbestuurcode, int hoogstens, CancellationToken ct);

    /// <summary>
    /// Claims the oldest unfinished job that no worker holds or whose lease was last renewed longer than
    /// <paramref name="lease"/> ago, atomically (one UPDATE with the lease in its condition: of two workers only one gets
    /// it); null when there is none.
    /// </summary>
    Task<GeclaimdeBatchtaak?> ClaimAsync(string eigenaar, TimeSpan lease, CancellationToken ct);

    /// <summary>Renews the lease; false when the worker no longer holds it.</summary>
    Task<bool> VerlengAsync(Guid taakId, string eigenaar, CancellationToken ct);

    /// <summary>
    /// Stores answers and the progress counts in one transaction, renewing the lease; an answer already stored (a line
    /// answered before the job was resumed) is kept and not counted again. False, storing nothing, when the worker no
    /// longer holds the lease.
    /// </summary>
    Task<bool> RegelsOpslaanAsync(Guid taakId, string eigenaar, IReadOnlyList<BatchtaakRegel> regels, CancellationToken ct);

    /// <summary>Marks the job done and releases it; false when the worker no longer holds the lease.</summary>
    Task<bool> AfrondenAsync(Guid taakId, string eigenaar, CancellationToken ct);

    /// <summary>Every answer stored, in the order of the file.</summary>
    Task<IReadOnlyList<BatchtaakRegel>> RegelsAsync(Guid taakId, CancellationToken ct);
}
