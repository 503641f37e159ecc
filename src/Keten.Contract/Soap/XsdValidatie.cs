using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Keten.Contract.Soap;

/// <summary>
/// Validates one message element against a compiled schema set. The reported errors name elements and the
/// schema's complaint, with the offending value blanked out: a faultstring must not echo payload (a BSN, say).
/// </summary>
public static partial class XsdValidatie
{
    private const int MaxFouten = 10;

    /// <returns>The errors, empty when the element is valid.</returns>
    public static IReadOnlyList<string> Valideer(XmlSchemaSet schemas, XElement element)
    {
        var name = new XmlQualifiedName(element.Name.LocalName, element.Name.NamespaceName);
        if (schemas.GlobalElements[name] is not XmlSchemaElement declaration)
        {
            return [$"element '{element.Name.LocalName}' is geen bericht van dit contract"];
        }
        var fouten = new List<string>();
        element.Validate(declaration, schemas, (sender, e) =>
        {
            if (e.Severity == XmlSeverityType.Error && fouten.Count < MaxFouten)
            {
                fouten.Add(Beschrijf(element, sender as XObject, e.Message));
            }
        });
        return fouten;
    }

    /// <param name="bron">The node being validated: System.Xml.Linq passes it as the event's sender.</param>
    private static string Beschrijf(XElement root, XObject? bron, string melding) =>
        $"{Pad(root, bron)}: {ZonderWaarde(melding, Waarde(bron))}";

    /// <summary>The text an error message may quote: an attribute's value or an element's own text.</summary>
    private static string? Waarde(XObject? bron) => bron switch
    {
        XAttribute attribute => attribute.Value,
        XElement element => string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value)),
        _ => null,
    };

    private static string ZonderWaarde(string melding, string? waarde)
    {
        if (!string.IsNullOrEmpty(waarde))
        {
            melding = melding.Replace("'" + waarde + "'", "'…'", StringComparison.Ordinal);
            var getrimd = waarde.Trim();
            if (getrimd.Length > 0)
            {
                melding = melding.Replace("'" + getrimd + "'", "'…'", StringComparison.Ordinal);
            }
        }
        // Belt and braces: .NET's own wording for a rejected value.
        return QuotedValue().Replace(melding, "The value '…' ");
    }

    /// <summary>"/aanleveren_x_request/aangebodenOpleiding/naam", "@attribute" for attributes.</summary>
    private static string Pad(XElement root, XObject? bron)
    {
        var element = bron switch
        {
            XAttribute attribute => attribute.Parent,
            XElement e => e,
            _ => null,
        };
        if (element is null)
        {
            return "/" + root.Name.LocalName;
        }
        var delen = element.AncestorsAndSelf().TakeWhile(e => e != root.Parent).Select(e => e.Name.LocalName).Reverse();
        var pad = "/" + string.Join('/', delen);
        return bron is XAttribute a ? $"{pad}/@{a.Name.LocalName}" : pad;
    }

    [GeneratedRegex("The value '.*?' (?=is (invalid|not valid))", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex QuotedValue();
}
