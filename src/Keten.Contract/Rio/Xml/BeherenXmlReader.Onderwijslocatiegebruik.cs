using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

public static partial class BeherenXmlReader
{
    /// <summary>
    /// aanleveren_onderwijslocatiegebruik_request. Exactly one of Onderwijslocatiecode, AanduidingAdres,
    /// AanduidingGps and AanduidingPlaats is filled: whichever the message names the location by.
    /// </summary>
    public static ReadResult<Onderwijslocatiegebruik> Onderwijslocatiegebruik(XElement request)
    {
        Verwacht(request, "aanleveren_onderwijslocatiegebruik_request");
        var g = R.Child(request, "onderwijslocatiegebruik");
        var adres = R.OptionalChild(g, "aanduidingAdres");
        var gps = R.OptionalChild(g, "aanduidingGPS");
        var plaats = R.OptionalChild(g, "aanduidingPlaats");
        return ReadResult<Onderwijslocatiegebruik>.Success(new Onderwijslocatiegebruik(
            R.Text(g, "onderwijsbestuurcode"),
            R.OptionalText(g, "onderwijslocatieCode"),
            R.Datum(g, "inBedrijfdatum"),
            R.OptionalDatum(g, "uitBedrijfdatum"),
            adres is null
                ? null
                : new AanduidingAdres(R.Text(adres, "postcode"), XmlValues.LeesGeheel(R.Text(adres, "huisnummer")), R.OptionalText(adres, "huisnummertoevoeging")),
            gps is null
                ? null
                : new AanduidingGps(XmlValues.LeesDecimaal(R.Text(gps, "gpsLatitude")), XmlValues.LeesDecimaal(R.Text(gps, "gpsLongitude"))),
            plaats is null ? null : new AanduidingPlaats(R.Text(plaats, "plaatsnaam"), R.OptionalText(plaats, "gemeentenaam")),
            OnderwijslocatiegebruikXml.JuridischeRelaties(R, g),
            KenmerkXml.Lees(R, g)));
    }
}
