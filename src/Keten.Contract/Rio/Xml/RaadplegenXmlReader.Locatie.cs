using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

public static partial class RaadplegenXmlReader
{
    /// <summary>
    /// An onderwijslocatiegebruik element → the gebruik (with its onderwijslocatiecode, no aanduidingen) and the
    /// onderwijslocatie nested in it.
    /// </summary>
    public static ReadResult<OnderwijslocatiegebruikMetLocatie> Onderwijslocatiegebruik(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var locatie = Onderwijslocatie(R.Child(element, "onderwijslocatie"));
        return ReadResult<OnderwijslocatiegebruikMetLocatie>.Success(new OnderwijslocatiegebruikMetLocatie(
            new Onderwijslocatiegebruik(
                R.Text(element, "onderwijsbestuurcode"),
                locatie.Onderwijslocatiecode,
                R.Datum(element, "inBedrijfdatum"),
                R.OptionalDatum(element, "uitBedrijfdatum"),
                null,
                null,
                null,
                OnderwijslocatiegebruikXml.JuridischeRelaties(R, element),
                KenmerkXml.Lees(R, element)),
            locatie));
    }

    /// <summary>
    /// An onderwijslocatie element. Postcode + huisnummer make an AanduidingAdres, both GPS coordinates an
    /// AanduidingGps, a plaatsnaam an AanduidingPlaats (without gemeentenaam, which Raadplegen does not carry);
    /// bagID is dropped.
    /// </summary>
    public static Onderwijslocatie Onderwijslocatie(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var postcode = R.OptionalText(element, "postcode");
        var huisnummer = R.OptionalText(element, "huisnummer");
        var latitude = R.OptionalText(element, "gpsLatitude");
        var longitude = R.OptionalText(element, "gpsLongitude");
        var plaatsnaam = R.OptionalText(element, "plaatsnaam");
        return new Onderwijslocatie(
            R.Text(element, "onderwijslocatiecode"),
            postcode is not null && huisnummer is not null
                ? new AanduidingAdres(postcode, XmlValues.LeesGeheel(huisnummer), R.OptionalText(element, "huisnummertoevoeging"))
                : null,
            latitude is not null && longitude is not null
                ? new AanduidingGps(XmlValues.LeesDecimaal(latitude), XmlValues.LeesDecimaal(longitude))
                : null,
            plaatsnaam is null ? null : new AanduidingPlaats(plaatsnaam, null));
    }
}
