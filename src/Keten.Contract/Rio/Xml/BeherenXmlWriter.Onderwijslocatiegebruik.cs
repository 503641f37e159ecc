using System.Globalization;
using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

public static partial class BeherenXmlWriter
{
    /// <summary>
    /// aanleveren_onderwijslocatiegebruik_request content. The location is named by its onderwijslocatieCode when the
    /// record has one (RIO's own key), otherwise by the one aanduiding (adres, GPS or plaats) the record carries.
    /// </summary>
    public static XElement AanleverenOnderwijslocatiegebruik(Onderwijslocatiegebruik gebruik)
    {
        ArgumentNullException.ThrowIfNull(gebruik);
        return W.Element(
            "onderwijslocatiegebruik",
            W.Required("onderwijsbestuurcode", gebruik.Onderwijsbestuurcode),
            W.Required("inBedrijfdatum", gebruik.InBedrijfdatum),
            W.Optional("uitBedrijfdatum", gebruik.UitBedrijfdatum),
            OnderwijslocatiegebruikXml.JuridischeRelaties(W, gebruik),
            KenmerkXml.Schrijf(W, gebruik.Kenmerken),
            Locatie(gebruik));
    }

    private static XElement Locatie(Onderwijslocatiegebruik g)
    {
        if (g.Onderwijslocatiecode is { } code)
        {
            return W.Required("onderwijslocatieCode", code);
        }

        var aanduidingen = new XElement?[]
        {
            g.AanduidingAdres is { } adres
                ? W.Element(
                    "aanduidingAdres",
                    W.Required("postcode", adres.Postcode),
                    W.Required("huisnummer", XmlValues.Geheel(adres.Huisnummer)),
                    W.Optional("huisnummertoevoeging", adres.Huisnummertoevoeging))
                : null,
            g.AanduidingGps is { } gps
                ? W.Element(
                    "aanduidingGPS",
                    W.Required("gpsLatitude", XmlValues.Decimaal(gps.GpsLatitude)),
                    W.Required("gpsLongitude", XmlValues.Decimaal(gps.GpsLongitude)))
                : null,
            g.AanduidingPlaats is { } plaats
                ? W.Element(
                    "aanduidingPlaats",
                    W.Required("plaatsnaam", plaats.Plaatsnaam),
                    W.Optional("gemeentenaam", plaats.Gemeentenaam))
                : null,
        }.OfType<XElement>().ToList();

        return aanduidingen.Count == 1
            ? aanduidingen[0]
            : throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"Onderwijslocatiegebruik without onderwijslocatiecode needs exactly one aanduiding (adres, GPS or plaats), not {aanduidingen.Count}."));
    }
}
