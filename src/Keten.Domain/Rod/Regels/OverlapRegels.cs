using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;

namespace Keten.Domain.Rod.Regels;

/// <summary>
/// The enrolment against the person's other enrolments: no overlapping duplicate at the same instelling for the same
/// opleiding (domain.md rule 13), and a VO pupil is enrolled at one VO school at a time, so a transfer's dates connect
/// (rule 12).
/// </summary>
public static class OverlapRegels
{
    public static void Controleer(Inschrijving i, InschrijvingContext context, List<Foutmelding> fouten)
    {
        foreach (var ander in Anderen(i, context))
        {
            if (Overlap(i, ander) is not { } overlap)
            {
                continue;
            }

            if (ander.Brin == i.Brin)
            {
                var gedeeld = i.Perioden.Select(p => p.Opleidingcode).Intersect(ander.Perioden.Select(p => p.Opleidingcode), StringComparer.Ordinal).FirstOrDefault();
                if (gedeeld is not null)
                {
                    fouten.Add(RodFoutcodes.ROD015(ander.Inschrijvingvolgnummer, gedeeld));
                }
            }
            else if (i.Sector == Sector.VO && ander.Sector == Sector.VO)
            {
                fouten.Add(RodFoutcodes.ROD016(overlap.Begindatum));
            }
        }
    }

    /// <summary>The person's other live enrolments: not this one (same key), also when its stored state is among them.</summary>
    public static IEnumerable<Inschrijving> Anderen(Inschrijving i, InschrijvingContext context)
    {
        ArgumentNullException.ThrowIfNull(i);
        ArgumentNullException.ThrowIfNull(context);
        return context.AndereInschrijvingen.Where(a => a.Sleutel != i.Sleutel && a.Persoon == i.Persoon);
    }

    /// <summary>The days both enrolments run (end exclusive), or null.</summary>
    public static Geldigheid? Overlap(Inschrijving a, Inschrijving b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Looptijd(a).Doorsnede(Looptijd(b));
    }

    public static Geldigheid Looptijd(Inschrijving i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new Geldigheid(i.DatumInschrijving, i.DatumUitschrijvingWerkelijk?.AddDays(1));
    }
}
