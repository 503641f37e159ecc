namespace Keten.Server.Portaal.Inschrijvingen;

/// <summary>What the enrolment form partial shows: the form, its refusals, the board's instellingen, and whether the key is fixed (aanpassen).</summary>
public sealed record InschrijvingFormulierWeergave(
    InschrijvingFormulier Formulier,
    IReadOnlyList<Veldfout> Fouten,
    IReadOnlyList<(string Waarde, string Tekst)> Instellingen,
    bool SleutelVast);
