using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Domain.Toegang;

namespace Keten.Application.Rod;

/// <summary>
/// Whether a medewerker may handle an enrolment: "inschrijvingen VO" or "inschrijvingen MBO" (by the enrolment's
/// sector) for every aanbieder of its periods (docs/toegang.md, "A medewerker's narrower authorisations"). No
/// authorisations (a certificate, an operator, Keten itself) act for the whole board.
/// </summary>
public static class InschrijvingAutorisatie
{
    /// <summary>AUT401 naming the first aanbieder of the enrolment's periods the medewerker lacks the function for; null when it may.</summary>
    public static Foutmelding? NietBevoegd(IReadOnlyList<Autorisatie>? autorisaties, Inschrijving inschrijving)
    {
        ArgumentNullException.ThrowIfNull(inschrijving);
        if (autorisaties is null)
        {
            return null;
        }

        var functie = inschrijving.Sector == Domain.Referentie.Sector.VO ? Functie.InschrijvingenVo : Functie.InschrijvingenMbo;
        IEnumerable<string?> aanbieders = inschrijving.Perioden.Count == 0 ? [null] : inschrijving.Perioden.Select(p => (string?)p.Onderwijsaanbiedercode).Distinct();
        return aanbieders.Where(a => !Autorisatiebeslissing.Mag(autorisaties, functie, a))
            .Select(a => Foutcodes.AUT401("onderwijsaanbiedercode", a ?? inschrijving.Brin))
            .FirstOrDefault();
    }

    public static bool Mag(IReadOnlyList<Autorisatie>? autorisaties, Inschrijving inschrijving) => NietBevoegd(autorisaties, inschrijving) is null;
}
