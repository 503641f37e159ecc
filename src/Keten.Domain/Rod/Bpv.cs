namespace Keten.Domain.Rod;

/// <summary>
/// A beroepspraktijkvorming of an MBO enrolment (PvE record BPV). Afsluitdatum: the date the praktijkovereenkomst was
/// drawn up; LeerbedrijfId: SBB's 9-digit number; OmvangUren: N1..4 hours; the einde dates are inclusive.
/// </summary>
public sealed record Bpv(
    string Volgnummer,
    DateOnly Afsluitdatum,
    DateOnly DatumBegin,
    DateOnly DatumEindeGepland,
    DateOnly? DatumEindeWerkelijk,
    string LeerbedrijfId,
    int? OmvangUren,
    string Opleidingcode);
