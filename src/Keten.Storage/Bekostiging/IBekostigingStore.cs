using Keten.Storage.Audit;

namespace Keten.Storage.Bekostiging;

/// <summary>
/// Funding runs (docs/bekostiging-runs.md, migration 0014): reading the enrolment register as known at a moment, student
/// by student, and storing, reading, totalling and comparing what a run decided.
/// </summary>
public interface IBekostigingStore
{
    /// <summary>
    /// The students of the selection as known at its moment, each with all their enrolments at any instelling (both
    /// sectors) and their birth date, ordered by person; read in pages from one snapshot, so memory stays bounded.
    /// </summary>
    IAsyncEnumerable<GelezenStudent> StudentenAsync(Studentselectie selectie, CancellationToken ct);

    /// <summary>Records a new run (its lines still to come) and its audit row in one transaction; returns its number.</summary>
    Task<long> RunBeginnenAsync(NieuweBekostigingsrun run, Auditbron door, CancellationToken ct);

    /// <summary>
    /// Adds lines to a run that is not finished, in one transaction (COPY on PostgreSQL), and marks the run alive then.
    /// A run removed by <see cref="OpruimenAsync"/> meanwhile is an <see cref="InvalidOperationException"/>, nothing added.
    /// </summary>
    Task RegelsToevoegenAsync(long runId, IReadOnlyList<Bekostigingsregel> regels, CancellationToken ct);

    /// <summary>
    /// Removes every unfinished run whose last sign of life (its start or its last block of lines) is before
    /// <paramref name="stilSinds"/>, with its lines and an audit row per run: runs whose process died. Returns their numbers.
    /// </summary>
    Task<IReadOnlyList<long>> OpruimenAsync(DateTimeOffset stilSinds, Auditbron door, CancellationToken ct);

    /// <summary>
    /// Marks the run finished with its counts and groups its lines into its totals, in one transaction: from then on it
    /// is listed, read, totalled and compared.
    /// </summary>
    Task RunAfrondenAsync(long runId, int studenten, int regels, CancellationToken ct);

    /// <summary>A run by its number, finished or not; null when there is none.</summary>
    Task<Bekostigingsrun?> RunAsync(long runId, CancellationToken ct);

    /// <summary>The finished runs of a sector (and year when given), newest first; a board's own and the definitive ones when a board is given.</summary>
    Task<IReadOnlyList<Bekostigingsrun>> RunsAsync(Domain.Referentie.Sector? sector, int? bekostigingsjaar, string? onderwijsbestuurcode, CancellationToken ct);

    /// <summary>The run's lines of one instelling, ordered by person, volgnummer, soort and key; streamed.</summary>
    IAsyncEnumerable<Bekostigingsregel> RegelsAsync(long runId, string brin, CancellationToken ct);

    /// <summary>
    /// The lines whose funding moved between two runs (on one side only, or another status or reason code), ordered
    /// by instelling, person, volgnummer, soort and key, each with the enrolment versions of the person registered
    /// after the first run's moment and at or before the second's: the deliveries that can have caused the move.
    /// </summary>
    Task<IReadOnlyList<Regelverschil>> VerschillenAsync(long voorRunId, long naRunId, IReadOnlyCollection<string>? brins, CancellationToken ct);

    /// <summary>The run's totals per instelling, soort, teldatum, funding sector, leertraject and niveau, as grouped when it was finished.</summary>
    Task<IReadOnlyList<Bekostigingstotaal>> TotalenAsync(long runId, IReadOnlyCollection<string>? brins, CancellationToken ct);
}
