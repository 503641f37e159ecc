using Keten.Domain.Rio;
using System.Xml.Linq;

namespace Keten.Contract.Rio.Xml;

public static partial class RaadplegenXmlReader
{
    /// <summary>The entries of an opvragen_gewijzigdeAangebodenOpleidingen_response.</summary>
    public static IReadOnlyList<GewijzigdeAangebodenOpleiding> GewijzigdeAangebodenOpleidingen(XElement response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return
        [
            .. R.Children(response, "gewijzigde_AangebodenOpleiding").Select(g => new GewijzigdeAangebodenOpleiding(
                Guid.Parse(R.Text(g, "aangebodenOpleidingCode")),
                Soort(g))),
        ];
    }

    /// <summary>The entries of an opvragen_gewijzigdeOnderwijsaanbieders_response.</summary>
    public static IReadOnlyList<GewijzigdeOnderwijsaanbieder> GewijzigdeOnderwijsaanbieders(XElement response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return
        [
            .. R.Children(response, "gewijzigde_Onderwijsaanbieder").Select(g => new GewijzigdeOnderwijsaanbieder(
                R.Text(g, "onderwijsaanbiedercode"),
                Soort(g))),
        ];
    }

    /// <summary>The entries of an opvragen_gewijzigdOnderwijslocatiegebruik_response.</summary>
    public static IReadOnlyList<GewijzigdOnderwijslocatiegebruik> GewijzigdOnderwijslocatiegebruik(XElement response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return
        [
            .. R.Children(response, "gewijzigd_Onderwijslocatiegebruik").Select(g => new GewijzigdOnderwijslocatiegebruik(
                R.Text(g, "onderwijsbestuurcode"),
                R.Text(g, "onderwijslocatiecode"),
                Soort(g))),
        ];
    }

    private static SoortWijziging Soort(XElement gewijzigd)
    {
        var waarde = R.Text(gewijzigd, "soortWijziging");
        return SoortWijzigingWaarden.Soort(waarde)
            ?? throw new FormatException($"soortWijziging '{waarde}' is not one Keten knows.");
    }
}
