using Keten.Domain.Rod;
using Sector = Keten.Domain.Referentie.Sector;

namespace Keten.Domain.Verzuim;

/// <summary>The institution that reports verzuim and VSV for a student on a day, through which enrolment, and why.</summary>
public sealed record Verantwoordelijke(string Brin, Sector Sector, string? Inschrijvingvolgnummer, string Redencode, string Reden);

/// <summary>
/// Who reports verzuim and VSV for a student on a day (issue 8 point 4; domain.md rule 23 and §5.2, §8): for a
/// leerroute pupil the delivered fase decides (VO: the VO school, MBO: the MBO institution), never the dates (rule 25);
/// otherwise the hoofdinschrijving. Choices where DUO is silent (docs/rod.md, "Who reports"): when both schools deliver a
/// fase and disagree (a chain signal), the VO school's fase counts, as the school that delivers the route from leerjaar 3;
/// without a leerroute a VO enrolment is the hoofdinschrijving before an MBO one (an outsourced VO pupil, domain.md §1.2);
/// within one sector the enrolment whose current period began last, then the lowest opleidingscode, then the lowest
/// volgnummer (CEDA's choice ranks the highest niveau first, which needs the MBO levels from reference data: open
/// question 7).
/// </summary>
public static class Verantwoordelijkheid
{
    public static Verantwoordelijke? Bepaal(IEnumerable<Inschrijving> inschrijvingen, DateOnly datum)
    {
        ArgumentNullException.ThrowIfNull(inschrijvingen);
        var actief = inschrijvingen
            .Select(i => (Inschrijving: i, Periode: i.PeriodeOp(datum)))
            .Where(a => a.Periode is not null)
            .Select(a => (a.Inschrijving, Periode: a.Periode!))
            .ToList();
        if (actief.Count == 0)
        {
            return null;
        }

        var fase = actief.Where(a => a.Periode.Leerroutefase is not null)
            .OrderBy(a => a.Inschrijving.Sector == Sector.VO ? 0 : 1)
            .Select(a => a.Periode.Leerroutefase)
            .FirstOrDefault();
        if (fase is { } geleverd)
        {
            var sector = geleverd == Leerroutefase.VO ? Sector.VO : Sector.MBO;
            var inFase = actief.Where(a => a.Inschrijving.Sector == sector).ToList();
            return inFase.Count > 0
                ? Van(Hoofd(inFase), geleverd == Leerroutefase.VO ? Verantwoordelijkheidsredenen.FaseVo : Verantwoordelijkheidsredenen.FaseMbo)
                : Van(Hoofd(actief), Verantwoordelijkheidsredenen.FaseZonderInschrijving);
        }

        if (actief.Count == 1)
        {
            return Van(actief[0].Inschrijving, Verantwoordelijkheidsredenen.EnigeInschrijving);
        }

        var vo = actief.Where(a => a.Inschrijving.Sector == Sector.VO).ToList();
        return vo.Count > 0 && vo.Count < actief.Count
            ? Van(Hoofd(vo), Verantwoordelijkheidsredenen.VoVoorMbo)
            : Van(Hoofd(actief), Verantwoordelijkheidsredenen.Hoofdinschrijving);
    }

    /// <summary>The hoofdinschrijving among enrolments: VO first, then the period that began last, lowest opleidingscode, lowest volgnummer.</summary>
    private static Inschrijving Hoofd(IEnumerable<(Inschrijving Inschrijving, Inschrijvingsperiode Periode)> kandidaten) =>
        kandidaten
            .OrderBy(a => a.Inschrijving.Sector == Sector.VO ? 0 : 1)
            .ThenByDescending(a => a.Periode.DatumBegin)
            .ThenBy(a => a.Periode.Opleidingcode, StringComparer.Ordinal)
            .ThenBy(a => a.Inschrijving.Inschrijvingvolgnummer, StringComparer.Ordinal)
            .First().Inschrijving;

    private static Verantwoordelijke Van(Inschrijving inschrijving, string code) =>
        new(inschrijving.Brin, inschrijving.Sector, inschrijving.Inschrijvingvolgnummer, code, Verantwoordelijkheidsredenen.Tekst(code));
}
