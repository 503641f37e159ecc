using Keten.Domain.Bekostiging;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Rod;

/// <summary>
/// The outcome of one enrolment mutation: refused with every foutmelding, or accepted with the new state (null when the
/// enrolment was removed), its signals and its preliminary funding status: the terugkoppeling every door renders.
/// </summary>
public sealed record InschrijvingBeoordeling(
    bool Goedgekeurd,
    IReadOnlyList<Foutmelding> Foutmeldingen,
    IReadOnlyList<Signaal> Signalen,
    Inschrijving? NieuweStaat,
    VoorlopigeBekostiging? Bekostiging)
{
    public static InschrijvingBeoordeling Afgekeurd(IReadOnlyList<Foutmelding> fouten) => new(false, fouten, [], null, null);
}
