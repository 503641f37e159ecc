using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;

namespace Keten.Domain.Rod.Regels;

/// <summary>The signals on an accepted enrolment state (<see cref="RodSignaalcodes"/>): accepted, but worth a look.</summary>
public static class InschrijvingSignalen
{
    /// <summary>Days after the mutation date within which it must be delivered (domain.md rule 10: "binnen 7 dagen").</summary>
    public const int Leveringstermijn = 7;

    public static IReadOnlyList<Signaal> Bepaal(Inschrijving i, Mutatiesoort soort, InschrijvingContext context)
    {
        ArgumentNullException.ThrowIfNull(i);
        ArgumentNullException.ThrowIfNull(context);
        var signalen = new List<Signaal>();
        Tijdigheid(i, soort, context.Vandaag, signalen);
        if (i.Sector == Sector.VO)
        {
            Zomer(i, signalen);
            Aansluiting(i, context, signalen);
        }
        else
        {
            signalen.AddRange(i.Perioden.Where(p => p.Leertraject == "BBL" && i.Bpvs.Count == 0).Select(p => RodSignaalcodes.RS004(p.DatumBegin)));
        }

        return signalen;
    }

    private static void Tijdigheid(Inschrijving i, Mutatiesoort soort, DateOnly vandaag, List<Signaal> signalen)
    {
        var (veld, datum) = soort switch
        {
            Mutatiesoort.Toevoegen => ("datumInschrijving", (DateOnly?)i.DatumInschrijving),
            Mutatiesoort.Uitschrijven => ("datumUitschrijving", i.DatumUitschrijvingWerkelijk),
            _ => ("", null),
        };
        if (datum is { } d && vandaag.DayNumber - d.DayNumber > Leveringstermijn)
        {
            signalen.Add(RodSignaalcodes.RS001(veld, d, vandaag.DayNumber - d.DayNumber));
        }
    }

    /// <summary>Domain.md rule 12: enrolled in August after the 1st, in the summer holiday of every region.</summary>
    private static void Zomer(Inschrijving i, List<Signaal> signalen)
    {
        if (i.DatumInschrijving.Month == 8 && i.DatumInschrijving.Day > 1)
        {
            signalen.Add(RodSignaalcodes.RS002(i.DatumInschrijving));
        }
    }

    /// <summary>The pupil's previous VO enrolment at another school ended a few days (1 to 7) before this one began.</summary>
    private static void Aansluiting(Inschrijving i, InschrijvingContext context, List<Signaal> signalen)
    {
        var vorige = OverlapRegels.Anderen(i, context)
            .Where(a => a.Sector == Sector.VO && a.Brin != i.Brin && a.DatumUitschrijvingWerkelijk is { } eind && eind < i.DatumInschrijving)
            .Select(a => a.DatumUitschrijvingWerkelijk!.Value)
            .DefaultIfEmpty()
            .Max();
        var tussen = i.DatumInschrijving.DayNumber - vorige.DayNumber - 1;
        if (vorige != default && tussen is >= 1 and <= Leveringstermijn)
        {
            signalen.Add(RodSignaalcodes.RS003(vorige, i.DatumInschrijving));
        }
    }
}
