using Keten.Domain.Referentie;
using Keten.Domain.Rod;

namespace Keten.Domain.Verzuim;

/// <summary>Who reports verzuim and VSV on a day, as a school sees it: null Verantwoordelijke when the person has no enrolment that day.</summary>
public sealed record VerantwoordelijkheidAntwoord(DateOnly Datum, Verantwoordelijke? Verantwoordelijke)
{
    /// <summary>
    /// <see cref="Verantwoordelijkheid.Bepaal"/> for a school of <paramref name="bestuur"/>: the responsible institution's
    /// volgnummer only when that institution is of the same board (another board's enrolment is its own business).
    /// </summary>
    public static VerantwoordelijkheidAntwoord Voor(IEnumerable<Inschrijving> inschrijvingen, DateOnly datum, Referentiedata referentie, string bestuur)
    {
        ArgumentNullException.ThrowIfNull(referentie);
        var verantwoordelijke = Verantwoordelijkheid.Bepaal(inschrijvingen, datum, referentie);
        return new(datum, verantwoordelijke is not null && !referentie.HoortBijBestuur(verantwoordelijke.Brin, bestuur)
            ? verantwoordelijke with { Inschrijvingvolgnummer = null }
            : verantwoordelijke);
    }
}
