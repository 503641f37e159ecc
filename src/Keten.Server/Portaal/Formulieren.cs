using Keten.Domain.Gemeenschappelijk;

namespace Keten.Server.Portaal;

/// <summary>A refusal as a form shows it: the field it is about (the input's id), the rule's code and its text.</summary>
public sealed record Veldfout(string Veld, string Code, string Tekst)
{
    /// <summary>
    /// A handler's Foutmelding on a form: the field is the first sleutelgegeven that is one of the form's fields, else
    /// <paramref name="standaardVeld"/> (the summary still links somewhere useful).
    /// </summary>
    /// <summary>A refusal about one field the form knows (a value it could not read, a busy register).</summary>
    public static Veldfout Voor(string veld, Foutmelding fout)
    {
        ArgumentNullException.ThrowIfNull(fout);
        return new Veldfout(veld, fout.Foutcode, fout.Fouttekst);
    }

    /// <summary>A value the form could not read (KTN400, as the JSON doors refuse it), about that field.</summary>
    public static Veldfout Ongeldig(string veld, string melding) => Voor(veld, Domain.Rio.Foutcodes.KTN400(veld, melding));

    public static Veldfout Van(Foutmelding fout, IReadOnlyCollection<string> velden, string standaardVeld)
    {
        ArgumentNullException.ThrowIfNull(fout);
        ArgumentNullException.ThrowIfNull(velden);
        var veld = fout.Sleutelgegevens.Select(s => s.Sleutelnaam).FirstOrDefault(velden.Contains) ?? standaardVeld;
        return new Veldfout(veld, fout.Foutcode, fout.Fouttekst);
    }
}

/// <summary>One text input of a form, with its label, optional description and the refusal that concerns it.</summary>
public sealed record Tekstveld(
    string Naam,
    string Label,
    string? Waarde,
    IReadOnlyList<Veldfout> Fouten,
    string? Omschrijving = null,
    string Type = "text",
    string? Autocomplete = null,
    bool Verplicht = false)
{
    public Veldfout? Fout => Fouten.FirstOrDefault(f => f.Veld == Naam);

    /// <summary>The ids the input is described by: its description and its error, for screen readers.</summary>
    public string? BeschrevenDoor => string.Join(' ', new[] { Omschrijving is null ? null : Naam + "-omschrijving", Fout is null ? null : Naam + "-fout" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
