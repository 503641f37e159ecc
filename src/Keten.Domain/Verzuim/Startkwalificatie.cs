using Keten.Domain.Referentie;
using Keten.Domain.Rod;

namespace Keten.Domain.Verzuim;

/// <summary>
/// Whether a person had a startkwalificatie on a day (domain.md §8: a havo, vwo or mbo-2+ diploma), from the diplomas
/// delivered with the person's enrolments: an MBO diploma whose CREBO code the reference data gives niveau MBO-2, -3 or
/// -4, or a diploma on a VO enrolment whose period on the day of the result is havo or vwo. Diplomas Keten never
/// received (from before the register, or abroad) are not known: docs/verzuim.md.
/// </summary>
public static class Startkwalificatie
{
    private static readonly HashSet<string> MboNiveaus = ["MBO-2", "MBO-3", "MBO-4"];
    private static readonly HashSet<string> VoNiveaus = ["VO-HAVO", "VO-VWO"];

    public static bool Heeft(IEnumerable<Inschrijving> inschrijvingen, Referentiedata referentie, DateOnly datum)
    {
        ArgumentNullException.ThrowIfNull(inschrijvingen);
        ArgumentNullException.ThrowIfNull(referentie);
        return inschrijvingen.Any(i => i.Diplomas.Any(d => d.DatumResultaat <= datum && Kwalificeert(i, d, referentie)));
    }

    private static bool Kwalificeert(Inschrijving inschrijving, Diploma diploma, Referentiedata referentie) => inschrijving.Sector == Sector.MBO
        ? referentie.Erkenning("CREBO", diploma.Opleidingcode)?.Niveau is { } niveau && MboNiveaus.Contains(niveau)
        : inschrijving.Perioden.Where(p => p.DatumBegin <= diploma.DatumResultaat).MaxBy(p => p.DatumBegin)?.Niveau is { } voNiveau && VoNiveaus.Contains(voNiveau);
}
