using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// The parts of XSD types Onderwijsaanbieder / NieuweOnderwijsaanbieder that Beheren and Raadplegen share:
/// inBedrijfdatum, uitBedrijfdatum, onderwijsaanbiederPeriode (1..999). juridischeRelatie differs (Raadplegen adds
/// the mandatory erkenner) and is written by the callers.
/// </summary>
internal static class OnderwijsaanbiederXml
{
    public static IEnumerable<XElement?> Kern(ElementWriter w, Onderwijsaanbieder a) =>
    [
        w.Required("inBedrijfdatum", a.InBedrijfdatum),
        w.Optional("uitBedrijfdatum", a.UitBedrijfdatum),
        .. a.Perioden.Select(p => w.Element(
            "onderwijsaanbiederPeriode",
            w.Required("begindatum", p.Begindatum),
            w.Required("naam", p.Naam),
            w.Optional("internationaleNaam", p.InternationaleNaam),
            KenmerkXml.Schrijf(w, p.Kenmerken))),
    ];

    public static IReadOnlyList<OnderwijsaanbiederPeriode> Perioden(ElementReader r, XElement aanbieder) =>
    [
        .. r.Children(aanbieder, "onderwijsaanbiederPeriode").Select(p => new OnderwijsaanbiederPeriode(
            r.Datum(p, "begindatum"),
            r.Text(p, "naam"),
            r.OptionalText(p, "internationaleNaam"),
            KenmerkXml.Lees(r, p))),
    ];

    public static IReadOnlyList<JuridischeRelatie> JuridischeRelaties(ElementReader r, XElement aanbieder) =>
    [
        .. r.Children(aanbieder, "juridischeRelatie").Select(j => new JuridischeRelatie(
            r.Text(j, "instellingserkenningscode"),
            r.Datum(j, "begindatum"),
            r.OptionalDatum(j, "einddatum"))),
    ];
}
