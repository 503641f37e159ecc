using Keten.Domain.Referentie;
using Keten.Domain.Rod;

namespace Keten.Domain.Verzuim;

/// <summary>The institution that reports verzuim and VSV for a student on a day, through which enrolment, and why.</summary>
public sealed record Verantwoordelijke(string Brin, Sector Sector, string? Inschrijvingvolgnummer, string Redencode, string Reden);

/// <summary>
/// Who reports verzuim and VSV for a student on a day (issue 8 point 4; domain.md rule 23 and §5.2, §8): for a
/// leerroute pupil the delivered fase decides (VO: the VO school, MBO: the MBO institution), never the dates (rule 25);
/// otherwise the hoofdinschrijving. Choices where DUO is silent (docs/rod.md, "Who reports"): when both schools deliver a
/// fase and disagree (a chain signal), the VO school's fase counts, as the school that delivers the route from leerjaar 3;
/// without a leerroute a VO enrolment is the hoofdinschrijving before an MBO one (an outsourced VO pupil, domain.md §1.2);
/// within one sector the ranking of <see cref="Hoofdinschrijving"/>, the same one the funding determination uses.
/// </summary>
public static class Verantwoordelijkheid
{
    /// <param name="referentie">When given, an MBO period without a delivered niveau ranks by its CREBO recognition's niveau.</param>
    public static Verantwoordelijke? Bepaal(IEnumerable<Inschrijving> inschrijvingen, DateOnly datum, Referentiedata? referentie = null)
    {
        ArgumentNullException.ThrowIfNull(inschrijvingen);
        var actief = ActieveInschrijving.Op(inschrijvingen, datum);
        if (actief.Count == 0)
        {
            return null;
        }

        if (Hoofdinschrijving.GeleverdeFase(actief) is { } geleverd)
        {
            var sector = geleverd == Leerroutefase.VO ? Sector.VO : Sector.MBO;
            var inFase = actief.Where(a => a.Inschrijving.Sector == sector).ToList();
            return inFase.Count > 0
                ? Van(Hoofd(inFase, referentie), geleverd == Leerroutefase.VO ? Verantwoordelijkheidsredenen.FaseVo : Verantwoordelijkheidsredenen.FaseMbo)
                : Van(Hoofd(actief, referentie), Verantwoordelijkheidsredenen.FaseZonderInschrijving);
        }

        if (actief.Count == 1)
        {
            return Van(actief[0].Inschrijving, Verantwoordelijkheidsredenen.EnigeInschrijving);
        }

        var vo = actief.Where(a => a.Inschrijving.Sector == Sector.VO).ToList();
        return vo.Count > 0 && vo.Count < actief.Count
            ? Van(Hoofd(vo, referentie), Verantwoordelijkheidsredenen.VoVoorMbo)
            : Van(Hoofd(actief, referentie), Verantwoordelijkheidsredenen.Hoofdinschrijving);
    }

    private static Inschrijving Hoofd(IReadOnlyList<ActieveInschrijving> kandidaten, Referentiedata? referentie) =>
        Hoofdinschrijving.Kies(kandidaten, referentie).Inschrijving;

    private static Verantwoordelijke Van(Inschrijving inschrijving, string code) =>
        new(inschrijving.Brin, inschrijving.Sector, inschrijving.Inschrijvingvolgnummer, code, Verantwoordelijkheidsredenen.Tekst(code));
}
