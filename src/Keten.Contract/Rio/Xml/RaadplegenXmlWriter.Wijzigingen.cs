using System.Xml.Linq;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// The three change feeds. Their responses put paginering and requestGoedgekeurd in three different places
/// (as the XSD has it), so each has a helper that builds the whole response in the right order.
/// </summary>
public static partial class RaadplegenXmlWriter
{
    public static XElement GewijzigdeAangebodenOpleiding(GewijzigdeAangebodenOpleiding gewijzigd)
    {
        ArgumentNullException.ThrowIfNull(gewijzigd);
        return W.Element(
            "gewijzigde_AangebodenOpleiding",
            W.Required("aangebodenOpleidingCode", gewijzigd.AangebodenOpleidingCode.ToString("D")),
            W.Required("soortWijziging", SoortWijzigingWaarden.Waarde(gewijzigd.SoortWijziging)));
    }

    public static XElement GewijzigdeOnderwijsaanbieder(GewijzigdeOnderwijsaanbieder gewijzigd)
    {
        ArgumentNullException.ThrowIfNull(gewijzigd);
        return W.Element(
            "gewijzigde_Onderwijsaanbieder",
            W.Required("onderwijsaanbiedercode", gewijzigd.Onderwijsaanbiedercode),
            W.Required("soortWijziging", SoortWijzigingWaarden.Waarde(gewijzigd.SoortWijziging)));
    }

    public static XElement GewijzigdOnderwijslocatiegebruik(GewijzigdOnderwijslocatiegebruik gewijzigd)
    {
        ArgumentNullException.ThrowIfNull(gewijzigd);
        return W.Element(
            "gewijzigd_Onderwijslocatiegebruik",
            W.Required("onderwijsbestuurcode", gewijzigd.Onderwijsbestuurcode),
            W.Required("onderwijslocatiecode", gewijzigd.Onderwijslocatiecode),
            W.Required("soortWijziging", SoortWijzigingWaarden.Waarde(gewijzigd.SoortWijziging)));
    }

    /// <summary>opvragen_gewijzigdeAangebodenOpleidingen_response: paginering?, requestGoedgekeurd, entries.</summary>
    public static XElement GewijzigdeAangebodenOpleidingenResponse(
        BedrijfsdocumentKop kop, IEnumerable<GewijzigdeAangebodenOpleiding> gewijzigde, Paginering? paginering)
    {
        ArgumentNullException.ThrowIfNull(gewijzigde);
        return Response(
            "opvragen_gewijzigdeAangebodenOpleidingen",
            kop,
            paginering is null ? null : Paginering(paginering),
            RequestGoedgekeurd(true),
            gewijzigde.Select(GewijzigdeAangebodenOpleiding));
    }

    /// <summary>opvragen_gewijzigdeOnderwijsaanbieders_response: requestGoedgekeurd, entries, paginering?.</summary>
    public static XElement GewijzigdeOnderwijsaanbiedersResponse(
        BedrijfsdocumentKop kop, IEnumerable<GewijzigdeOnderwijsaanbieder> gewijzigde, Paginering? paginering)
    {
        ArgumentNullException.ThrowIfNull(gewijzigde);
        return Response(
            "opvragen_gewijzigdeOnderwijsaanbieders",
            kop,
            RequestGoedgekeurd(true),
            gewijzigde.Select(GewijzigdeOnderwijsaanbieder),
            paginering is null ? null : Paginering(paginering));
    }

    /// <summary>opvragen_gewijzigdOnderwijslocatiegebruik_response: entries, paginering?, requestGoedgekeurd.</summary>
    public static XElement GewijzigdOnderwijslocatiegebruikResponse(
        BedrijfsdocumentKop kop, IEnumerable<GewijzigdOnderwijslocatiegebruik> gewijzigde, Paginering? paginering)
    {
        ArgumentNullException.ThrowIfNull(gewijzigde);
        return Response(
            "opvragen_gewijzigdOnderwijslocatiegebruik",
            kop,
            gewijzigde.Select(GewijzigdOnderwijslocatiegebruik),
            paginering is null ? null : Paginering(paginering),
            RequestGoedgekeurd(true));
    }
}
