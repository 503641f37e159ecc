using Keten.Domain.Rod;

namespace Keten.Application.Rod.Batch;

/// <summary>The answer to one mutation of a batch file: its lines, its bedrijfsdocument id and the handler's terugkoppeling.</summary>
public sealed record BatchResultaat(BatchMutatie Mutatie, string? BedrijfsdocumentId, InschrijvingTerugkoppeling Antwoord);
