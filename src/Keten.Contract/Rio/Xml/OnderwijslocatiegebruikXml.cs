using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

/// <summary>Parts shared by Beheren and Raadplegen Onderwijslocatiegebruik: the juridische relaties and the address types.</summary>
internal static class OnderwijslocatiegebruikXml
{
    public static IEnumerable<XElement> JuridischeRelaties(ElementWriter w, Onderwijslocatiegebruik g) =>
        g.JuridischeRelaties.Select(j => w.Element(
            "juridischeOnderwijslocatiegebruikRelatie",
            w.Required("instellingserkenningscode", j.Instellingserkenningscode),
            w.Required("begindatum", j.Begindatum),
            w.Optional("einddatum", j.Einddatum)));

    public static IReadOnlyList<JuridischeOnderwijslocatiegebruikRelatie> JuridischeRelaties(ElementReader r, XElement gebruik) =>
    [
        .. r.Children(gebruik, "juridischeOnderwijslocatiegebruikRelatie").Select(j => new JuridischeOnderwijslocatiegebruikRelatie(
            r.Text(j, "instellingserkenningscode"),
            r.Datum(j, "begindatum"),
            r.OptionalDatum(j, "einddatum"))),
    ];
}
