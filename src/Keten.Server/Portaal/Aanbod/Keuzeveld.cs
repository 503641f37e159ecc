namespace Keten.Server.Portaal.Aanbod;

/// <summary>One option of a select: its value and the text a person reads.</summary>
public sealed record Keuze(string Waarde, string Tekst);

/// <summary>A select of the aanbod form, with its label, optional description and the refusal that concerns it.</summary>
public sealed record Keuzeveld(
    string Naam,
    string Label,
    string? Waarde,
    IReadOnlyList<Keuze> Keuzes,
    IReadOnlyList<Veldfout> Fouten,
    string? Omschrijving = null)
{
    public Veldfout? Fout => Fouten.FirstOrDefault(f => f.Veld == Naam);

    public string? BeschrevenDoor => string.Join(' ', new[] { Omschrijving is null ? null : Naam + "-omschrijving", Fout is null ? null : Naam + "-fout" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;

    /// <summary>The options, with the current value kept even when it is not among them (an old code stays visible).</summary>
    public IEnumerable<Keuze> Opties =>
        Waarde is { Length: > 0 } waarde && Keuzes.All(k => k.Waarde != waarde) ? [.. Keuzes, new Keuze(waarde, waarde)] : Keuzes;
}
