using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

public static partial class RaadplegenXmlWriter
{
    /// <summary>
    /// onderwijslocatiegebruik with the onderwijslocatie it uses nested inside (Raadplegen's shape; Beheren names the
    /// location instead). The gebruik's own aanduidingen are not part of it: the location's are.
    /// </summary>
    public static XElement Onderwijslocatiegebruik(Onderwijslocatiegebruik gebruik, Onderwijslocatie onderwijslocatie)
    {
        ArgumentNullException.ThrowIfNull(gebruik);
        ArgumentNullException.ThrowIfNull(onderwijslocatie);
        if (gebruik.Onderwijslocatiecode is { } code && code != onderwijslocatie.Onderwijslocatiecode)
        {
            throw new ArgumentException(
                $"Onderwijslocatiegebruik of {code} answered with onderwijslocatie {onderwijslocatie.Onderwijslocatiecode}.",
                nameof(onderwijslocatie));
        }

        return W.Element(
            "onderwijslocatiegebruik",
            W.Required("onderwijsbestuurcode", gebruik.Onderwijsbestuurcode),
            W.Required("inBedrijfdatum", gebruik.InBedrijfdatum),
            Onderwijslocatie(onderwijslocatie),
            W.Optional("uitBedrijfdatum", gebruik.UitBedrijfdatum),
            OnderwijslocatiegebruikXml.JuridischeRelaties(W, gebruik),
            KenmerkXml.Schrijf(W, gebruik.Kenmerken));
    }

    /// <summary>
    /// onderwijslocatie: code plus whatever Keten knows of where it is. bagID is left out (Keten has no BAG link) and
    /// so is the gemeentenaam of an AanduidingPlaats (Raadplegen's Onderwijslocatie has no such field).
    /// </summary>
    public static XElement Onderwijslocatie(Onderwijslocatie onderwijslocatie)
    {
        ArgumentNullException.ThrowIfNull(onderwijslocatie);
        var adres = onderwijslocatie.AanduidingAdres;
        var gps = onderwijslocatie.AanduidingGps;
        return W.Element(
            "onderwijslocatie",
            W.Required("onderwijslocatiecode", onderwijslocatie.Onderwijslocatiecode),
            W.Optional("postcode", adres?.Postcode),
            W.Optional("huisnummer", adres is null ? null : XmlValues.Geheel(adres.Huisnummer)),
            W.Optional("huisnummertoevoeging", adres?.Huisnummertoevoeging),
            W.Optional("gpsLatitude", gps is null ? null : XmlValues.Decimaal(gps.GpsLatitude)),
            W.Optional("gpsLongitude", gps is null ? null : XmlValues.Decimaal(gps.GpsLongitude)),
            W.Optional("plaatsnaam", onderwijslocatie.AanduidingPlaats?.Plaatsnaam));
    }
}
