using Keten.Domain.Rod;
using Keten.Domain.Verzuim;

namespace Keten.Domain.Vsv;

/// <summary>
/// One person enrolled on peildatum t as the VSV measurement sees them: the institution responsible on that day and its
/// RMC region (null when the reference data does not place it), the age group, and the outcome with its reason.
/// </summary>
public sealed record Vsvbeoordeling(Persoonsnummer Persoon, Verantwoordelijke Verantwoordelijke, string? RmcRegio, Leeftijdsgroep Leeftijd, string Redencode, string Reden)
{
    /// <summary>A new voortijdig schoolverlater (VSV01, VSV02).</summary>
    public bool IsVsv => Vsvredenen.IsVsv(Redencode);

    /// <summary>Counts in the denominator: enrolled on peildatum t and under 23 then.</summary>
    public bool InNoemer => Leeftijd == Leeftijdsgroep.Onder23;
}
