using System.Xml;
using System.Xml.Linq;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// The four fields every RIO request and response starts with (XSD type Bedrijfsdocument), in this order:
/// identificatiecodeBedrijfsdocument, verzendendeInstantie, ontvangendeInstantie, datumTijdBedrijfsdocument.
/// </summary>
public sealed record BedrijfsdocumentKop(
    string IdentificatiecodeBedrijfsdocument,
    string VerzendendeInstantie,
    string OntvangendeInstantie,
    DateTimeOffset DatumTijdBedrijfsdocument)
{
    /// <summary>The four header elements in the given contract namespace, in XSD order.</summary>
    public IEnumerable<XElement> Elementen(XNamespace ns) =>
    [
        new XElement(ns + "identificatiecodeBedrijfsdocument", IdentificatiecodeBedrijfsdocument),
        new XElement(ns + "verzendendeInstantie", VerzendendeInstantie),
        new XElement(ns + "ontvangendeInstantie", OntvangendeInstantie),
        new XElement(ns + "datumTijdBedrijfsdocument", XmlConvert.ToString(DatumTijdBedrijfsdocument)),
    ];

    /// <summary>Reads the header of an XSD-valid request or response element (any RIO contract namespace).</summary>
    public static BedrijfsdocumentKop Lees(XElement bericht)
    {
        ArgumentNullException.ThrowIfNull(bericht);
        var lezer = new ElementReader(bericht.Name.Namespace);
        return new BedrijfsdocumentKop(
            lezer.Text(bericht, "identificatiecodeBedrijfsdocument"),
            lezer.Text(bericht, "verzendendeInstantie"),
            lezer.Text(bericht, "ontvangendeInstantie"),
            XmlConvert.ToDateTimeOffset(lezer.Text(bericht, "datumTijdBedrijfsdocument").Trim()));
    }
}
