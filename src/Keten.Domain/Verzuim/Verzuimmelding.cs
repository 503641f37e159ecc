using Keten.Domain.Rod;

namespace Keten.Domain.Verzuim;

/// <summary>
/// A verzuimmelding as the school delivers it. Woongemeente: the CBS gemeentecode of the pupil's municipality, as the
/// school knows it from its administration; Keten has no BRP link, so this is the seam where one would go
/// (docs/verzuim.md, "Woongemeente"). Uren: the unauthorised hours the report is about (required for 16 uur).
/// </summary>
public sealed record Verzuimmelding(
    Persoonsnummer Persoon,
    string Brin,
    Verzuimsoort Soort,
    DateOnly Begindatum,
    string Woongemeente,
    DateOnly? Einddatum = null,
    decimal? Uren = null,
    string? Toelichting = null);

/// <summary>
/// A verzuimmelding as the register holds it: its own id (the address, no person's number in it), the report, its
/// status, the board of the reporting school, who was responsible (the reason code of <see cref="Verantwoordelijkheid"/>),
/// the day it was reported and its signals.
/// </summary>
public sealed record GeregistreerdeVerzuimmelding(
    string MeldingId,
    Verzuimmelding Melding,
    Verzuimstatus Status,
    string Onderwijsbestuurcode,
    string Verantwoordelijkheidsreden,
    DateOnly GemeldOp,
    IReadOnlyList<Gemeenschappelijk.Signaal> Signalen,
    string? Statustoelichting = null);
