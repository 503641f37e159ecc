using Keten.Domain.Bekostiging;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rod.Regels;

namespace Keten.Domain.Rod;

/// <summary>
/// The four mutations (T, A, U, V) on one enrolment: each checks that the enrolment does (not) exist yet, builds the new
/// state, runs every rule on it and, when accepted, adds its signals and preliminary funding status.
/// </summary>
public static class InschrijvingMutaties
{
    public static InschrijvingBeoordeling Toevoegen(Inschrijving nieuw, InschrijvingContext context)
    {
        ArgumentNullException.ThrowIfNull(nieuw);
        ArgumentNullException.ThrowIfNull(context);
        return VreemdeInstelling(nieuw.Brin, context) ?? (context.Bestaand is null
            ? Beoordeel(nieuw, Mutatiesoort.Toevoegen, context)
            : InschrijvingBeoordeling.Afgekeurd([RodFoutcodes.ROD040(nieuw.Inschrijvingvolgnummer)]));
    }

    public static InschrijvingBeoordeling Aanpassen(Inschrijving nieuw, InschrijvingContext context)
    {
        ArgumentNullException.ThrowIfNull(nieuw);
        ArgumentNullException.ThrowIfNull(context);
        return VreemdeInstelling(nieuw.Brin, context) ?? (context.Bestaand is null
            ? InschrijvingBeoordeling.Afgekeurd([RodFoutcodes.ROD041(nieuw.Inschrijvingvolgnummer)])
            : Beoordeel(nieuw, Mutatiesoort.Aanpassen, context));
    }

    public static InschrijvingBeoordeling Uitschrijven(Uitschrijving uitschrijving, InschrijvingContext context)
    {
        ArgumentNullException.ThrowIfNull(uitschrijving);
        ArgumentNullException.ThrowIfNull(context);
        if (VreemdeInstelling(uitschrijving.Sleutel.Brin, context) is { } vreemd)
        {
            return vreemd;
        }

        if (context.Bestaand is not { } bestaand)
        {
            return InschrijvingBeoordeling.Afgekeurd([RodFoutcodes.ROD041(uitschrijving.Sleutel.Inschrijvingvolgnummer)]);
        }

        var diplomas = bestaand.Diplomas.Where(d => uitschrijving.Diplomas.All(n => n.Resultaatvolgnummer != d.Resultaatvolgnummer))
            .Concat(uitschrijving.Diplomas).ToList();
        var nieuw = bestaand with
        {
            DatumUitschrijvingWerkelijk = uitschrijving.DatumUitschrijvingWerkelijk,
            RedenUitstroom = uitschrijving.RedenUitstroom ?? bestaand.RedenUitstroom,
            Diplomas = diplomas,
        };
        return Beoordeel(nieuw, Mutatiesoort.Uitschrijven, context);
    }

    public static InschrijvingBeoordeling Verwijderen(InschrijvingSleutel sleutel, InschrijvingContext context)
    {
        ArgumentNullException.ThrowIfNull(sleutel);
        ArgumentNullException.ThrowIfNull(context);
        if (VreemdeInstelling(sleutel.Brin, context) is { } vreemd)
        {
            return vreemd;
        }

        if (context.Bestaand is not { } bestaand)
        {
            return InschrijvingBeoordeling.Afgekeurd([RodFoutcodes.ROD041(sleutel.Inschrijvingvolgnummer)]);
        }

        var gestopt = Mutatiestop.Beoordeel(bestaand, null, context);
        return gestopt.Fouten.Count > 0
            ? InschrijvingBeoordeling.Afgekeurd(gestopt.Fouten)
            : new InschrijvingBeoordeling(true, [], gestopt.Signalen, null, null);
    }

    /// <summary>
    /// ROD004 before anything else when the instelling is not the sender's board's: a foreign board learns nothing,
    /// not even whether the enrolment exists (issue 7 point 7).
    /// </summary>
    private static InschrijvingBeoordeling? VreemdeInstelling(string brin, InschrijvingContext context) =>
        context.Referentie.HoortBijBestuur(brin, context.Bestuur) ? null : InschrijvingBeoordeling.Afgekeurd([RodFoutcodes.ROD004(brin)]);

    private static InschrijvingBeoordeling Beoordeel(Inschrijving nieuw, Mutatiesoort soort, InschrijvingContext context)
    {
        if (Datumbereik.Controleer(nieuw) is { Count: > 0 } buitenBereik)
        {
            return InschrijvingBeoordeling.Afgekeurd(buitenBereik);
        }

        var geordend = nieuw with { Perioden = [.. nieuw.Perioden.OrderBy(p => p.DatumBegin)] };
        var gestopt = Mutatiestop.Beoordeel(context.Bestaand, geordend, context);
        IReadOnlyList<Foutmelding> fouten = [.. InschrijvingRegels.Controleer(geordend, context), .. gestopt.Fouten];
        return fouten.Count > 0
            ? InschrijvingBeoordeling.Afgekeurd(fouten)
            : new InschrijvingBeoordeling(true, [], [.. InschrijvingSignalen.Bepaal(geordend, soort, context), .. gestopt.Signalen], geordend,
                VoorlopigeBekostiging.Bepaal(geordend, context.Vandaag, context.Referentie, context.AndereInschrijvingen));
    }
}
