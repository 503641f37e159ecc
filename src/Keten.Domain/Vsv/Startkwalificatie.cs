using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Regels;

namespace Keten.Domain.Vsv;

/// <summary>What a person's enrolments say about a startkwalificatie on a day, and the code that says so.</summary>
/// <param name="Redencode">VSV11, VSV12 or VSV13 when the person has one; null when not.</param>
/// <param name="DiplomaEronder">Whether the person has a diploma below that level (an entree, MBO-1, diploma).</param>
public sealed record Startkwalificatiebewijs(string? Redencode, bool DiplomaEronder);

/// <summary>
/// A startkwalificatie is a havo or vwo diploma or an MBO diploma of level 2 or higher (domain.md §8). The MBO level is the
/// niveau of the diploma's opleiding as the enrolment followed it (delivered, else the CREBO recognition's). Keten's
/// register holds no VO diplomas (ROD029), so besides a diploma on a VO enrolment at niveau havo or vwo, a VO enrolment
/// whose last period is the examenjaar (havo leerjaar 5, vwo leerjaar 6) and that ended in June to September is taken as
/// a havo or vwo diploma (docs/vsv.md). Only what was obtained or ended on or before the day counts.
/// </summary>
public static class Startkwalificatie
{
    private static readonly HashSet<string> MboNiveaus = new(["MBO-2", "MBO-3", "MBO-4"], StringComparer.Ordinal);

    public static Startkwalificatiebewijs Bepaal(IEnumerable<Inschrijving> inschrijvingen, DateOnly uiterlijk, Referentiedata referentie)
    {
        ArgumentNullException.ThrowIfNull(inschrijvingen);
        ArgumentNullException.ThrowIfNull(referentie);
        var diplomas = inschrijvingen
            .SelectMany(i => i.Diplomas.Where(d => d.DatumResultaat <= uiterlijk).Select(d => (Inschrijving: i, Niveau: NiveauVan(i, d, referentie))))
            .ToList();
        if (diplomas.Any(d => d.Inschrijving.Sector == Sector.MBO && d.Niveau is { } n && MboNiveaus.Contains(n)))
        {
            return new(Vsvredenen.MboDiploma, false);
        }

        if (diplomas.Any(d => d.Inschrijving.Sector == Sector.VO && d.Niveau is "VO-HAVO" or "VO-VWO"))
        {
            return new(Vsvredenen.HavoVwoDiploma, false);
        }

        return inschrijvingen.Any(i => ExamenjaarAfgerond(i, uiterlijk))
            ? new(Vsvredenen.HavoVwoExamenjaarAfgerond, false)
            : new(null, diplomas.Count > 0);
    }

    private static string? NiveauVan(Inschrijving inschrijving, Diploma diploma, Referentiedata referentie)
    {
        var periode = inschrijving.Perioden.LastOrDefault(p => p.Opleidingcode == diploma.Opleidingcode);
        return periode is null ? null
            : inschrijving.Sector == Sector.MBO ? PeriodeRegels.MboNiveau(periode, referentie)
            : periode.Niveau;
    }

    private static bool ExamenjaarAfgerond(Inschrijving inschrijving, DateOnly uiterlijk) =>
        inschrijving.Sector == Sector.VO
        && inschrijving.DatumUitschrijvingWerkelijk is { Month: >= 6 and <= 9 } einde
        && einde <= uiterlijk
        && inschrijving.PeriodeOp(einde) is { } laatste
        && (laatste is { Niveau: "VO-HAVO", Leerjaar: >= 5 } || laatste is { Niveau: "VO-VWO", Leerjaar: >= 6 });
}
