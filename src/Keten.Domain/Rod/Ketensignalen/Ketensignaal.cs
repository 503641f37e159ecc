using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Rod.Ketensignalen;

/// <summary>
/// A disagreement between the two schools of a leerroute about one pupil, over a stretch of days (end exclusive, open
/// when null). It names the enrolments it is about on either side (null where a side has none), so both schools find
/// the same signal; each sees it only through its own enrolment. The text names no person and no other school's data.
/// </summary>
public sealed record Ketensignaal(
    string Code,
    Persoonsnummer Persoon,
    Geldigheid Periode,
    InschrijvingSleutel? VoInschrijving,
    InschrijvingSleutel? MboInschrijving)
{
    public string Tekst => Ketensignaalcodes.Tekst(Code);

    /// <summary>What identifies the signal across recomputations: the same disagreement from the same day on.</summary>
    public string Sleutel => string.Join('|', Code, Persoon.Soort, Persoon.Waarde, VoInschrijving?.Brin, VoInschrijving?.Inschrijvingvolgnummer,
        MboInschrijving?.Brin, MboInschrijving?.Inschrijvingvolgnummer, RodFoutcodes.D(Periode.Begindatum));
}
