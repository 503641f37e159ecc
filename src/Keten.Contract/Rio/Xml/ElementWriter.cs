using System.Xml.Linq;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// Builds elements in one contract namespace. Optional elements with no value are left out altogether
/// (PvE: omit empty optional elements); a mandatory element with no value is a programming error.
/// </summary>
internal sealed class ElementWriter(XNamespace ns)
{
    public XNamespace Namespace { get; } = ns;

    public XElement Element(string naam, params object?[] inhoud) => new(Namespace + naam, inhoud);

    public XElement Required(string naam, string? waarde) =>
        new(Namespace + naam, waarde ?? throw new ArgumentException($"<{naam}> is mandatory in the contract but has no value."));

    public XElement Required(string naam, DateOnly datum) => new(Namespace + naam, XmlValues.Datum(datum));

    public XElement? Optional(string naam, string? waarde) => waarde is null ? null : new XElement(Namespace + naam, waarde);

    public XElement? Optional(string naam, DateOnly? datum) =>
        datum is { } d ? new XElement(Namespace + naam, XmlValues.Datum(d)) : null;

    /// <summary>DUO's Foutmelding type, the same in Beheren and Raadplegen.</summary>
    public XElement Foutmelding(Keten.Domain.Gemeenschappelijk.Foutmelding foutmelding)
    {
        ArgumentNullException.ThrowIfNull(foutmelding);
        return Element(
            "foutmelding",
            Required("foutcode", foutmelding.Foutcode),
            Required("fouttekst", foutmelding.Fouttekst),
            foutmelding.Sleutelgegevens.Select(Sleutelgegeven));
    }

    /// <summary>DUO's Paginering type of Raadplegen's lists and change feeds (also in Keten's ROD contract).</summary>
    public XElement Paginering(Paginering paginering)
    {
        ArgumentNullException.ThrowIfNull(paginering);
        return Element(
            "paginering",
            Required("pagina", XmlValues.Geheel(paginering.Pagina)),
            Required("aantalPaginas", XmlValues.Geheel(paginering.AantalPaginas)),
            Required("aantalResultaten", XmlValues.Geheel(paginering.AantalResultaten)));
    }

    /// <summary>DUO's Sleutelgegeven type: which object a foutmelding or signaal is about.</summary>
    public XElement Sleutelgegeven(Keten.Domain.Gemeenschappelijk.Sleutelgegeven sleutelgegeven)
    {
        ArgumentNullException.ThrowIfNull(sleutelgegeven);
        return Element(
            "sleutelgegeven",
            Required("sleutelnaam", sleutelgegeven.Sleutelnaam),
            Required("sleutelwaarde", sleutelgegeven.Sleutelwaarde));
    }
}
