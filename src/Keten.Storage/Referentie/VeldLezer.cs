using System.Globalization;

namespace Keten.Storage.Referentie;

/// <summary>
/// Reads the fields of one JSON object by name, typed, and records an error (with line and field path) for
/// every field that is absent, null, of the wrong JSON type or not in the expected format.
/// Unknown fields are ignored; a field name that occurs twice in the object is an error.
/// </summary>
internal sealed class VeldLezer
{
    private readonly JsonObjectKnoop _object;
    private readonly List<ReferentiedataFout> _fouten;
    private readonly int _foutenBijStart;

    public VeldLezer(JsonObjectKnoop obj, string pad, List<ReferentiedataFout> fouten)
    {
        _object = obj;
        Pad = pad;
        _fouten = fouten;
        _foutenBijStart = fouten.Count;
        foreach (var dubbel in obj.Velden.GroupBy(v => v.Naam).Where(g => g.Count() > 1))
        {
            foreach (var veld in dubbel.Skip(1))
            {
                _fouten.Add(new ReferentiedataFout(veld.Regel, VeldPad(veld.Naam), $"komt meer dan eens voor in het object (eerst op regel {dubbel.First().Regel})"));
            }
        }
    }

    /// <summary>The path of the object itself, e.g. <c>erkendeInstellingen[1]</c>.</summary>
    public string Pad { get; }

    /// <summary>The line the object starts on.</summary>
    public int Regel => _object.Regel;

    /// <summary>True when no error was recorded for this object since it was opened.</summary>
    public bool ZonderFouten => _fouten.Count == _foutenBijStart;

    public string VeldPad(string naam) => Pad.Length == 0 ? naam : $"{Pad}.{naam}";

    /// <summary>The line of the field, or of the object when the field is absent.</summary>
    public int RegelVan(string naam) => _object.Veld(naam)?.Regel ?? _object.Regel;

    public void Fout(string naam, string melding) => _fouten.Add(new ReferentiedataFout(RegelVan(naam), VeldPad(naam), melding));

    /// <summary>A required, non-blank string that satisfies the check; null (and an error) otherwise.</summary>
    public string? VerplichteTekst(string naam, Func<string, bool>? formaat = null, string? formaatnaam = null) =>
        Tekst(naam, verplicht: true, formaat, formaatnaam);

    /// <summary>An optional string: absent or null gives null without error; blank or badly formatted is an error.</summary>
    public string? OptioneleTekst(string naam, Func<string, bool>? formaat = null, string? formaatnaam = null) =>
        Tekst(naam, verplicht: false, formaat, formaatnaam);

    public DateOnly? VerplichteDatum(string naam) => ParseDatum(naam, VerplichteTekst(naam));

    public DateOnly? OptioneleDatum(string naam) => ParseDatum(naam, OptioneleTekst(naam));

    /// <summary>An optional number that satisfies the check: absent or null gives null without error; another JSON type or a failed check is an error.</summary>
    public decimal? OptioneelGetal(string naam, Func<decimal, bool> formaat, string formaatnaam)
    {
        if (Knoop<JsonGetalKnoop>(naam, verplicht: false, "getal")?.Literal is not { } literal)
        {
            return null;
        }

        if (decimal.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var getal) && formaat(getal))
        {
            return getal;
        }

        Fout(naam, $"'{literal}' is geen {formaatnaam}");
        return null;
    }

    /// <summary>An optional true or false: absent or null gives null without error; another JSON type is an error.</summary>
    public bool? OptioneleBoolean(string naam) => Knoop<JsonBooleanKnoop>(naam, verplicht: false, "boolean")?.Waarde;

    /// <summary>An optional nested object; absent or null gives null without error.</summary>
    public JsonObjectKnoop? OptioneelObject(string naam) => Knoop<JsonObjectKnoop>(naam, verplicht: false, "object");

    /// <summary>A required list (it may be empty); null (and an error) when absent, null or not a list.</summary>
    public JsonLijstKnoop? VerplichteLijst(string naam) => Knoop<JsonLijstKnoop>(naam, verplicht: true, "lijst");

    /// <summary>An optional list; absent or null gives null without error.</summary>
    public JsonLijstKnoop? OptioneleLijst(string naam) => Knoop<JsonLijstKnoop>(naam, verplicht: false, "lijst");

    /// <summary>Checks that an einddatum, when given, lies after the begindatum (both already read).</summary>
    public void EinddatumNaBegindatum(DateOnly? begindatum, DateOnly? einddatum, string einddatumveld = "einddatum")
    {
        if (begindatum is { } begin && einddatum is { } eind && eind <= begin)
        {
            Fout(einddatumveld, $"{Iso(eind)} ligt niet na begindatum {Iso(begin)}");
        }
    }

    public static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string? Tekst(string naam, bool verplicht, Func<string, bool>? formaat, string? formaatnaam)
    {
        switch (Knoop<JsonTekstKnoop>(naam, verplicht, "tekst")?.Waarde)
        {
            case null:
                return null;
            case var tekst when string.IsNullOrWhiteSpace(tekst):
                Fout(naam, "mag niet leeg zijn");
                return null;
            case var tekst when formaat is not null && !formaat(tekst):
                Fout(naam, $"'{tekst}' is geen {formaatnaam}");
                return null;
            case var tekst:
                return tekst;
        }
    }

    private TKnoop? Knoop<TKnoop>(string naam, bool verplicht, string verwacht)
        where TKnoop : JsonKnoop
    {
        var waarde = _object.Veld(naam)?.Waarde;
        switch (waarde)
        {
            case null:
                if (verplicht)
                {
                    Fout(naam, "ontbreekt");
                }

                return null;
            case JsonNullKnoop:
                if (verplicht)
                {
                    Fout(naam, "mag niet null zijn");
                }

                return null;
            case TKnoop knoop:
                return knoop;
            default:
                Fout(naam, $"is een {waarde.Soortnaam}, verwacht: {verwacht}");
                return null;
        }
    }

    private DateOnly? ParseDatum(string naam, string? tekst)
    {
        if (tekst is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            return datum;
        }

        Fout(naam, $"'{tekst}' is geen datum (JJJJ-MM-DD)");
        return null;
    }
}
