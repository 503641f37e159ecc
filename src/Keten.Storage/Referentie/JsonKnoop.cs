namespace Keten.Storage.Referentie;

/// <summary>
/// A JSON value together with the 1-based line it starts on, so that validation messages can name the line.
/// System.Text.Json's JsonDocument does not keep positions; <see cref="JsonKnoopParser"/> builds this tree instead.
/// </summary>
internal abstract record JsonKnoop(int Regel)
{
    /// <summary>The JSON type as an operator reads it in a message (tekst, getal, object, …).</summary>
    public abstract string Soortnaam { get; }
}

internal sealed record JsonObjectKnoop(int Regel, IReadOnlyList<JsonVeld> Velden) : JsonKnoop(Regel)
{
    public override string Soortnaam => "object";

    /// <summary>The field with this exact (case-sensitive) name, or null when absent.</summary>
    public JsonVeld? Veld(string naam) => Velden.FirstOrDefault(v => v.Naam == naam);
}

internal sealed record JsonVeld(int Regel, string Naam, JsonKnoop Waarde);

internal sealed record JsonLijstKnoop(int Regel, IReadOnlyList<JsonKnoop> Elementen) : JsonKnoop(Regel)
{
    public override string Soortnaam => "lijst";
}

internal sealed record JsonTekstKnoop(int Regel, string Waarde) : JsonKnoop(Regel)
{
    public override string Soortnaam => "tekst";
}

/// <summary>A number, kept as its literal text.</summary>
internal sealed record JsonGetalKnoop(int Regel, string Literal) : JsonKnoop(Regel)
{
    public override string Soortnaam => "getal";
}

internal sealed record JsonBooleanKnoop(int Regel, bool Waarde) : JsonKnoop(Regel)
{
    public override string Soortnaam => "boolean";
}

internal sealed record JsonNullKnoop(int Regel) : JsonKnoop(Regel)
{
    public override string Soortnaam => "null";
}
