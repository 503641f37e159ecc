namespace Keten.Server.Portaal.Verzuim;

/// <summary>A labelled select of a verzuim form with its options (value, text) and the refusal that concerns it.</summary>
public sealed record Keuzeveld(string Naam, string Label, string? Waarde, IReadOnlyList<(string Waarde, string Tekst)> Opties, IReadOnlyList<Veldfout> Fouten,
    string? Omschrijving = null, string? Leeg = null)
{
    public Veldfout? Fout => Fouten.FirstOrDefault(f => f.Veld == Naam);

    public string? BeschrevenDoor => string.Join(' ', new[] { Omschrijving is null ? null : Naam + "-omschrijving", Fout is null ? null : Naam + "-fout" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
