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
        return context.Bestaand is null
            ? Beoordeel(nieuw, Mutatiesoort.Toevoegen, context)
            : InschrijvingBeoordeling.Afgekeurd([RodFoutcodes.ROD040(nieuw.Inschrijvingvolgnummer)]);
    }

    public static InschrijvingBeoordeling Aanpassen(Inschrijving nieuw, InschrijvingContext context)
    {
        ArgumentNullException.ThrowIfNull(nieuw);
        ArgumentNullException.ThrowIfNull(context);
        return context.Bestaand is null
            ? InschrijvingBeoordeling.Afgekeurd([RodFoutcodes.ROD041(nieuw.Inschrijvingvolgnummer)])
            : Beoordeel(nieuw, Mutatiesoort.Aanpassen, context);
    }

    public static InschrijvingBeoordeling Uitschrijven(Uitschrijving uitschrijving, InschrijvingContext context)
    {
        ArgumentNullException.ThrowIfNull(uitschrijving);
        ArgumentNullException.ThrowIfNull(context);
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
        ArgumentNullException.ThrowIfNull(context);
        if (context.Bestaand is null)
        {
            return InschrijvingBeoordeling.Afgekeurd([RodFoutcodes.ROD041(sleutel.Inschrijvingvolgnummer)]);
        }

        return context.Referentie.HoortBijBestuur(sleutel.Brin, context.Bestuur)
            ? new InschrijvingBeoordeling(true, [], [], null, null)
            : InschrijvingBeoordeling.Afgekeurd([RodFoutcodes.ROD004(sleutel.Brin)]);
    }

    private static InschrijvingBeoordeling Beoordeel(Inschrijving nieuw, Mutatiesoort soort, InschrijvingContext context)
    {
        var geordend = nieuw with { Perioden = [.. nieuw.Perioden.OrderBy(p => p.DatumBegin)] };
        IReadOnlyList<Foutmelding> fouten = InschrijvingRegels.Controleer(geordend, context);
        return fouten.Count > 0
            ? InschrijvingBeoordeling.Afgekeurd(fouten)
            : new InschrijvingBeoordeling(true, [], InschrijvingSignalen.Bepaal(geordend, soort, context), geordend,
                VoorlopigeBekostiging.Bepaal(geordend, context.Vandaag));
    }
}
