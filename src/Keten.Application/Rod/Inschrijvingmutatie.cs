using Keten.Application.Rio.Handlers;
using Keten.Domain.Rod;

namespace Keten.Application.Rod;

/// <summary>
/// One enrolment mutation as a door received it (T, A, U or V): its operation name, the enrolment it is about, the
/// delivered state (T and A only), whether it carries an accountantsverklaring (past the mutation stop, docs/rod.md) and
/// how its rules judge it against the context; the same for the single-message handler and the bulk ingest.
/// </summary>
public sealed class Inschrijvingmutatie
{
    private readonly Func<InschrijvingContext, InschrijvingBeoordeling> beoordeel;
    private readonly Func<string, string> digest;

    private Inschrijvingmutatie(Mutatiesoort soort, string operatie, InschrijvingSleutel sleutel, Inschrijving? nieuw, bool accountantsverklaring,
        Func<InschrijvingContext, InschrijvingBeoordeling> beoordeel, Func<string, string> digest)
    {
        Soort = soort;
        Operatie = operatie;
        Sleutel = sleutel;
        Nieuw = nieuw;
        Accountantsverklaring = accountantsverklaring;
        this.beoordeel = beoordeel;
        // The flag is part of the message: the same id with and without it is another message (refused), not a repeat.
        this.digest = accountantsverklaring ? oin => BerichtDigest.Van("accountantsverklaring", oin, digest(oin)) : digest;
    }

    public Mutatiesoort Soort { get; }

    public string Operatie { get; }

    public InschrijvingSleutel Sleutel { get; }

    /// <summary>The delivered state (T, A); null for U and V, whose state is known once the stored one is read.</summary>
    public Inschrijving? Nieuw { get; }

    public bool Accountantsverklaring { get; }

    public static Inschrijvingmutatie Toevoegen(Inschrijving inschrijving, bool accountantsverklaring = false)
    {
        ArgumentNullException.ThrowIfNull(inschrijving);
        return new(Mutatiesoort.Toevoegen, "toevoegen_inschrijving", inschrijving.Sleutel, inschrijving, accountantsverklaring,
            c => InschrijvingMutaties.Toevoegen(inschrijving, c), oin => BerichtDigest.Van("toevoegen_inschrijving", oin, inschrijving));
    }

    public static Inschrijvingmutatie Aanpassen(Inschrijving inschrijving, bool accountantsverklaring = false)
    {
        ArgumentNullException.ThrowIfNull(inschrijving);
        return new(Mutatiesoort.Aanpassen, "aanpassen_inschrijving", inschrijving.Sleutel, inschrijving, accountantsverklaring,
            c => InschrijvingMutaties.Aanpassen(inschrijving, c), oin => BerichtDigest.Van("aanpassen_inschrijving", oin, inschrijving));
    }

    public static Inschrijvingmutatie Uitschrijven(Uitschrijving uitschrijving, bool accountantsverklaring = false)
    {
        ArgumentNullException.ThrowIfNull(uitschrijving);
        return new(Mutatiesoort.Uitschrijven, "uitschrijven_inschrijving", uitschrijving.Sleutel, null, accountantsverklaring,
            c => InschrijvingMutaties.Uitschrijven(uitschrijving, c), oin => BerichtDigest.Van("uitschrijven_inschrijving", oin, uitschrijving));
    }

    public static Inschrijvingmutatie Verwijderen(InschrijvingSleutel sleutel, bool accountantsverklaring = false)
    {
        ArgumentNullException.ThrowIfNull(sleutel);
        return new(Mutatiesoort.Verwijderen, "verwijderen_inschrijving", sleutel, null, accountantsverklaring,
            c => InschrijvingMutaties.Verwijderen(sleutel, c), oin => BerichtDigest.Van("verwijderen_inschrijving", oin, sleutel));
    }

    /// <summary>Every rule of this mutation against the context (<see cref="InschrijvingMutaties"/>).</summary>
    public InschrijvingBeoordeling Beoordeel(InschrijvingContext context) => beoordeel(context);

    /// <summary>What makes this the same message again from this sender (<see cref="BerichtDigest"/>).</summary>
    public string Digest(string afzenderOin) => digest(afzenderOin);
}
