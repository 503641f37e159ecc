using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// XSD type Kenmerk (identical in Beheren and Raadplegen): kenmerknaam plus one of kenmerkwaardeDatum | Tekst |
/// Enumeratiewaarde | Getal | Boolean. The value is kept as the lexical string on the wire, untouched.
/// </summary>
internal static class KenmerkXml
{
    public const string Element = "kenmerken";

    public static IEnumerable<XElement> Schrijf(ElementWriter w, IEnumerable<Kenmerk> kenmerken) =>
        kenmerken.Select(k => w.Element(
            Element,
            w.Required("kenmerknaam", k.Kenmerknaam),
            w.Required(WaardeElement(k.Type), k.Waarde)));

    public static IReadOnlyList<Kenmerk> Lees(ElementReader r, XElement ouder) =>
        [.. r.Children(ouder, Element).Select(k => LeesKenmerk(r, k))];

    private static Kenmerk LeesKenmerk(ElementReader r, XElement kenmerk)
    {
        var naam = r.Text(kenmerk, "kenmerknaam");
        foreach (var type in Enum.GetValues<KenmerkType>())
        {
            if (r.OptionalChild(kenmerk, WaardeElement(type)) is { } waarde)
            {
                return new Kenmerk(naam, type, waarde.Value);
            }
        }

        throw new FormatException($"<kenmerken> '{naam}' has no kenmerkwaarde element.");
    }

    private static string WaardeElement(KenmerkType type) => type switch
    {
        KenmerkType.Datum => "kenmerkwaardeDatum",
        KenmerkType.Tekst => "kenmerkwaardeTekst",
        KenmerkType.Enumeratiewaarde => "kenmerkwaardeEnumeratiewaarde",
        KenmerkType.Getal => "kenmerkwaardeGetal",
        KenmerkType.Boolean => "kenmerkwaardeBoolean",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown KenmerkType."),
    };
}
