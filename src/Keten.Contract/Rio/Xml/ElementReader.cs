using System.Xml.Linq;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// Reads child elements in one contract namespace from XSD-valid input. A missing mandatory element means the
/// input was not XSD-valid: that throws a FormatException (validate first).
/// </summary>
internal sealed class ElementReader(XNamespace ns)
{
    public XNamespace Namespace { get; } = ns;

    public XElement Child(XElement ouder, string naam) =>
        ouder.Element(Namespace + naam) ?? throw new FormatException($"<{ouder.Name.LocalName}> lacks mandatory <{naam}>.");

    public XElement? OptionalChild(XElement ouder, string naam) => ouder.Element(Namespace + naam);

    public IEnumerable<XElement> Children(XElement ouder, string naam) => ouder.Elements(Namespace + naam);

    public string Text(XElement ouder, string naam) => Child(ouder, naam).Value;

    public string? OptionalText(XElement ouder, string naam) => OptionalChild(ouder, naam)?.Value;

    public DateOnly Datum(XElement ouder, string naam) => XmlValues.LeesDatum(Text(ouder, naam));

    public DateOnly? OptionalDatum(XElement ouder, string naam) =>
        OptionalText(ouder, naam) is { } tekst ? XmlValues.LeesDatum(tekst) : null;

    public bool IsLocal(XElement element, string naam) => element.Name == Namespace + naam;
}
