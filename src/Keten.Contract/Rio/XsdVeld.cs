using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Keten.Contract.Soap;

namespace Keten.Contract.Rio;

/// <summary>
/// The JSON path of the field (of the record as REST and the CLI read it) an XSD error in a rendered Beheren message is
/// about, e.g. <c>aangebodenMboOpleiding/aangebodenMboOpleidingPeriode[1]/eigenNaamAangebodenOpleiding</c> →
/// <c>$.perioden[0].eigenNaamAangebodenOpleiding</c>. The records' JSON names are the XSD's element names except for the
/// lists (a period, cohort, prijs or juridische relatie element is one item of its JSON list), a kenmerk's typed value
/// (<c>waarde</c>), the wrappers BeherenXmlWriter adds around a cohort's instroom and toegangscode, and a few spellings.
/// </summary>
internal static class XsdVeld
{
    private static readonly Dictionary<string, string> AndereNamen = new(StringComparer.Ordinal)
    {
        ["leertrajectMBO"] = "leertrajectMbo",
        ["aanduidingGPS"] = "aanduidingGps",
        ["onderwijslocatieCode"] = "onderwijslocatiecode",
        ["prijs"] = "prijzen",
        ["juridischeRelatie"] = "juridischeRelaties",
        ["juridischeOnderwijslocatiegebruikRelatie"] = "juridischeRelaties",
    };

    private static readonly HashSet<string> Omhulsels = new(StringComparer.Ordinal) { "vastInstroommoment", "flexibeleInstroom", "bedrijfsopleiding" };

    private static readonly HashSet<string> Lijsten = new(StringComparer.Ordinal) { "perioden", "cohorten", "kenmerken", "prijzen", "juridischeRelaties" };

    /// <param name="record">The element that is the REST body itself (e.g. aangebodenMboOpleiding); the request around it is left out.</param>
    public static string Pad(XElement record, XsdFout fout)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(fout);
        var pad = new StringBuilder("$");
        var keten = fout.Element.AncestorsAndSelf().TakeWhile(e => e != record.Parent).Reverse();
        foreach (var element in keten.Where(e => e != record && !Omhulsels.Contains(e.Name.LocalName)))
        {
            pad.Append('.').Append(Segment(element));
        }

        return fout.Ontbrekend is { } ontbrekend && !Omhulsels.Contains(ontbrekend)
            ? pad.Append('.').Append(JsonNaam(ontbrekend)).ToString()
            : pad.ToString();
    }

    private static string Segment(XElement element)
    {
        var naam = JsonNaam(element.Name.LocalName);
        var index = element.ElementsBeforeSelf(element.Name).Count();
        if (naam == "opleidingseenheidcode" && element.Parent?.Name.LocalName == "opleidingsrelatie")
        {
            return naam + (index + 1).ToString(CultureInfo.InvariantCulture);
        }

        return Lijsten.Contains(naam) ? string.Create(CultureInfo.InvariantCulture, $"{naam}[{index}]") : naam;
    }

    private static string JsonNaam(string element) =>
        AndereNamen.TryGetValue(element, out var naam) ? naam
        : element.StartsWith("kenmerkwaarde", StringComparison.Ordinal) ? "waarde"
        : element.EndsWith("Periode", StringComparison.Ordinal) ? "perioden"
        : element.EndsWith("Cohort", StringComparison.Ordinal) && element != "toegangscodeCohort" ? "cohorten"
        : element;
}
