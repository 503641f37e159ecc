using Keten.Domain.Referentie;

namespace Keten.Domain.Rod;

/// <summary>
/// One enrolment of one person at one instelling, as the school delivers it (PvE MBO-instelling record ISG, with its
/// ISP, BPV and DIP records; the VO enrolment in the same shape). Keyed by (BRIN, person, inschrijvingvolgnummer): the
/// volgnummer is the school's own, so a school can correct any other field, also the datum inschrijving.
/// Dates are days; DatumUitschrijvingWerkelijk and DatumUitschrijvingGepland are the last day enrolled (inclusive).
/// </summary>
/// <param name="Brin">BRIN4 of the instelling (the aanleverpunt), an erkende instelling of the sender's board.</param>
/// <param name="HoogsteVooropleiding">MBO: code 01–16.</param>
/// <param name="RedenUitstroom">MBO: code 01–08, with the uitschrijving.</param>
/// <param name="Perioden">At least one; ordered by DatumBegin; the first begins on DatumInschrijving; each runs until the next begins.</param>
/// <param name="Bpvs">MBO: the beroepspraktijkvormingen of this enrolment.</param>
/// <param name="Diplomas">MBO: the diplomas obtained on this enrolment.</param>
public sealed record Inschrijving(
    Sector Sector,
    string Brin,
    Persoonsnummer Persoon,
    string Inschrijvingvolgnummer,
    DateOnly DatumInschrijving,
    DateOnly? DatumUitschrijvingGepland,
    DateOnly? DatumUitschrijvingWerkelijk,
    string? HoogsteVooropleiding,
    string? RedenUitstroom,
    IReadOnlyList<Inschrijvingsperiode> Perioden,
    IReadOnlyList<Bpv> Bpvs,
    IReadOnlyList<Diploma> Diplomas)
{
    public InschrijvingSleutel Sleutel => new(Brin, Persoon, Inschrijvingvolgnummer);

    /// <summary>The last day enrolled, or null while the enrolment runs.</summary>
    public DateOnly? LaatsteDag => DatumUitschrijvingWerkelijk;

    public bool IngeschrevenOp(DateOnly datum) => datum >= DatumInschrijving && (LaatsteDag is null || datum <= LaatsteDag);

    /// <summary>The period valid on a day the person is enrolled, or null.</summary>
    public Inschrijvingsperiode? PeriodeOp(DateOnly datum)
    {
        if (!IngeschrevenOp(datum))
        {
            return null;
        }

        // A loop, not LINQ: the rules ask this several times per enrolment, a national load 1.45 million times over.
        Inschrijvingsperiode? geldig = null;
        for (var n = 0; n < Perioden.Count; n++)
        {
            var periode = Perioden[n];
            if (periode.DatumBegin <= datum && (geldig is null || periode.DatumBegin > geldig.DatumBegin))
            {
                geldig = periode;
            }
        }

        return geldig;
    }

    /// <summary>The first day after the period (exclusive): the next period's begin, the day after uitschrijving, or null.</summary>
    public DateOnly? EindeVan(Inschrijvingsperiode periode)
    {
        ArgumentNullException.ThrowIfNull(periode);
        DateOnly? volgende = null;
        for (var n = 0; n < Perioden.Count; n++)
        {
            var begin = Perioden[n].DatumBegin;
            if (begin > periode.DatumBegin && (volgende is null || begin < volgende))
            {
                volgende = begin;
            }
        }

        return volgende ?? LaatsteDag?.AddDays(1);
    }
}

/// <summary>What identifies an enrolment.</summary>
public sealed record InschrijvingSleutel(string Brin, Persoonsnummer Persoon, string Inschrijvingvolgnummer);
