namespace Keten.Domain.Rod;

/// <summary>The kinds of enrolment mutation, as DUO names them for VO (T, A, U, V; domain.md §1.3).</summary>
public enum Mutatiesoort
{
    /// <summary>T: a new enrolment.</summary>
    Toevoegen,

    /// <summary>A: the whole state of an existing enrolment replaced (corrections, new periods, BPVs).</summary>
    Aanpassen,

    /// <summary>U: the enrolment ends on the werkelijke datum uitschrijving, with a reden uitstroom and any diplomas.</summary>
    Uitschrijven,

    /// <summary>V: an enrolment registered by mistake removed (its history stays).</summary>
    Verwijderen,
}

/// <summary>What an uitschrijving delivers: the last day enrolled, why, and the diplomas obtained (merged by resultaatvolgnummer).</summary>
public sealed record Uitschrijving(InschrijvingSleutel Sleutel, DateOnly DatumUitschrijvingWerkelijk, string? RedenUitstroom, IReadOnlyList<Diploma> Diplomas);
