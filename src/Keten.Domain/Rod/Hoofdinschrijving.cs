using Keten.Domain.Referentie;

namespace Keten.Domain.Rod;

/// <summary>An enrolment together with its period valid on the day asked about.</summary>
public sealed record ActieveInschrijving(Inschrijving Inschrijving, Inschrijvingsperiode Periode)
{
    /// <summary>The enrolments with a period on the day, in the order given.</summary>
    public static IReadOnlyList<ActieveInschrijving> Op(IEnumerable<Inschrijving> inschrijvingen, DateOnly datum)
    {
        ArgumentNullException.ThrowIfNull(inschrijvingen);
        var actief = new List<ActieveInschrijving>();
        foreach (var inschrijving in inschrijvingen)
        {
            if (inschrijving.PeriodeOp(datum) is { } periode)
            {
                actief.Add(new ActieveInschrijving(inschrijving, periode));
            }
        }

        return actief;
    }
}

/// <summary>
/// The one ranking of a student's enrolments on a day, shared by who reports (verzuim, VSV) and who is funded, so both
/// name the same enrolment (domain.md open question 7, where DUO is silent; docs/bekostiging.md): a VO enrolment before
/// an MBO one; then the highest MBO niveau (CEDA's first criterion: MBO-4 before MBO-1, an unknown niveau last); then the
/// period that began last; then the lowest opleidingscode; then the lowest volgnummer.
/// </summary>
public static class Hoofdinschrijving
{
    public static ActieveInschrijving Kies(IReadOnlyList<ActieveInschrijving> kandidaten, Referentiedata? referentie = null) =>
        kandidaten.Count == 1 ? kandidaten[0] : kandidaten
            .OrderBy(a => a.Inschrijving.Sector == Sector.VO ? 0 : 1)
            .ThenByDescending(a => Niveaurang(NiveauVan(a.Periode, referentie)))
            .ThenByDescending(a => a.Periode.DatumBegin)
            .ThenBy(a => a.Periode.Opleidingcode, StringComparer.Ordinal)
            .ThenBy(a => a.Inschrijving.Inschrijvingvolgnummer, StringComparer.Ordinal)
            .First();

    /// <summary>
    /// The leerroutefase the pupil follows that day as the schools delivered it, or null without a leerroute. When both
    /// deliver one and they disagree (chain signal KS002), the VO school's counts: it delivers the route from leerjaar 3.
    /// </summary>
    public static Leerroutefase? GeleverdeFase(IEnumerable<ActieveInschrijving> actief)
    {
        ArgumentNullException.ThrowIfNull(actief);
        Leerroutefase? mbo = null;
        foreach (var a in actief)
        {
            if (a.Periode.Leerroutefase is { } fase)
            {
                if (a.Inschrijving.Sector == Sector.VO)
                {
                    return fase;
                }

                mbo ??= fase;
            }
        }

        return mbo;
    }

    /// <summary>The period's MBO niveau: as delivered, else the CREBO recognition's; null when neither knows it.</summary>
    public static string? NiveauVan(Inschrijvingsperiode periode, Referentiedata? referentie)
    {
        ArgumentNullException.ThrowIfNull(periode);
        return periode.Niveau ?? referentie?.Erkenning("CREBO", periode.Opleidingcode)?.Niveau;
    }

    private static int Niveaurang(string? niveau) => niveau switch
    {
        "MBO-4" => 4,
        "MBO-3" => 3,
        "MBO-2" => 2,
        "MBO-1" => 1,
        _ => 0,
    };
}
