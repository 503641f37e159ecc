using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

public static partial class RaadplegenXmlReader
{
    /// <summary>
    /// An onderwijsaanbieder element. Onderwijsbestuurcode is taken from the first bijbehorendOnderwijsbestuur; the
    /// erkenner of the juridische relaties is dropped (the domain does not hold it).
    /// </summary>
    public static ReadResult<Onderwijsaanbieder> Onderwijsaanbieder(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return ReadResult<Onderwijsaanbieder>.Success(new Onderwijsaanbieder(
            R.Text(element, "onderwijsaanbiedercode"),
            R.Text(R.Child(element, "bijbehorendOnderwijsbestuur"), "onderwijsbestuurcode"),
            R.Datum(element, "inBedrijfdatum"),
            R.OptionalDatum(element, "uitBedrijfdatum"),
            OnderwijsaanbiederXml.Perioden(R, element),
            OnderwijsaanbiederXml.JuridischeRelaties(R, element),
            KenmerkXml.Lees(R, element)));
    }

    /// <summary>The bijbehorendOnderwijsbestuur elements of an onderwijsaanbieder element.</summary>
    public static IReadOnlyList<BijbehorendOnderwijsbestuur> BijbehorendeOnderwijsbesturen(XElement onderwijsaanbieder)
    {
        ArgumentNullException.ThrowIfNull(onderwijsaanbieder);
        return
        [
            .. R.Children(onderwijsaanbieder, "bijbehorendOnderwijsbestuur").Select(b => new BijbehorendOnderwijsbestuur(
                R.Text(b, "onderwijsbestuurcode"),
                R.Datum(b, "organisatierelatieBegindatum"),
                R.OptionalDatum(b, "organisatierelatieEinddatum"),
                [
                    .. R.Children(b, "onderwijsbestuurPeriode").Select(p => new OnderwijsbestuurPeriode(
                        R.Datum(p, "begindatum"),
                        R.Text(p, "naam"),
                        R.OptionalText(p, "internationaleNaam"),
                        KenmerkXml.Lees(R, p))),
                ])),
        ];
    }

    /// <summary>The erkenner of each juridischeRelatie of an onderwijsaanbieder element, by instellingserkenningscode.</summary>
    public static IReadOnlyDictionary<string, string> Erkenners(XElement onderwijsaanbieder)
    {
        ArgumentNullException.ThrowIfNull(onderwijsaanbieder);
        return R.Children(onderwijsaanbieder, "juridischeRelatie")
            .GroupBy(j => R.Text(j, "instellingserkenningscode"))
            .ToDictionary(g => g.Key, g => R.Text(g.First(), "erkenner"));
    }
}
