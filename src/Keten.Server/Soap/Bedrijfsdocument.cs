using System.Globalization;
using System.Xml.Linq;
using Keten.Contract.Soap;

namespace Keten.Server.Soap;

/// <summary>The bedrijfsdocument every RIO (and Keten's ROD) message starts with (PvE §6.4.5, §7.1.3).</summary>
public static class Bedrijfsdocument
{
    /// <summary>
    /// Builds the <c>{operatie}_response</c> element: identificatiecodeBedrijfsdocument echoed from the request as sent,
    /// verzendendeInstantie and ontvangendeInstantie swapped (§7.1.3), datumTijdBedrijfsdocument now in UTC from
    /// the request's clock; then <paramref name="inhoud"/>.
    /// </summary>
    public static XElement Antwoord(SoapVerzoek verzoek, params object[] inhoud)
    {
        ArgumentNullException.ThrowIfNull(verzoek);
        var ns = SoapContracten.Standaard.Get(verzoek.Service).SchemaNamespace;
        return new XElement(ns + (verzoek.Operatie + "_response"),
            new XElement(ns + "identificatiecodeBedrijfsdocument", verzoek.IdentificatiecodeZoalsVerzonden ?? verzoek.IdentificatiecodeBedrijfsdocument),
            new XElement(ns + "verzendendeInstantie", verzoek.OntvangendeInstantie),
            new XElement(ns + "ontvangendeInstantie", verzoek.VerzendendeInstantie),
            new XElement(ns + "datumTijdBedrijfsdocument", DatumTijd(verzoek.Clock.GetUtcNow())),
            inhoud);
    }

    /// <summary>xsd:dateTime in UTC with milliseconds, e.g. "2024-03-01T09:30:00.000Z" (AN24).</summary>
    public static string DatumTijd(DateTimeOffset tijdstip) =>
        tijdstip.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
