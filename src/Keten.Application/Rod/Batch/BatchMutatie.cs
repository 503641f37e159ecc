using Keten.Application.Rio.Handlers;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rod;

namespace Keten.Application.Rod.Batch;

/// <summary>What a mutation of a batch file asks of the handler: T, A, U or V with what it read.</summary>
public delegate Task<InschrijvingTerugkoppeling> BatchOpdracht(InschrijvingHandler handler, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct);

/// <summary>
/// One mutation of a batch file: its ISG line with the ISP, BPV and DIP lines after it (or one line that belongs to no
/// mutation). Either it could be read, and <see cref="Opdracht"/> runs it, or <see cref="Fouten"/> says why not.
/// </summary>
/// <param name="Regel">The line number of its first line: the mutation's number in the terugkoppeling.</param>
/// <param name="LaatsteRegel">The line number of its last line.</param>
/// <param name="Persoon">Whose mutation it is, when readable: mutations of one person run in the order of the file.</param>
public sealed record BatchMutatie(
    long Regel,
    long LaatsteRegel,
    string? Mutatiesoort,
    string? Brin,
    string? Inschrijvingvolgnummer,
    Persoonsnummer? Persoon,
    BatchOpdracht? Opdracht,
    IReadOnlyList<Foutmelding> Fouten)
{
    public static BatchMutatie Onleesbaar(long regel, params Foutmelding[] fouten) => new(regel, regel, null, null, null, null, null, fouten);
}
