using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// The particuliereOpleiding parts Beheren and Raadplegen share: the periods (particuliereOpleidingPeriode) and the
/// extension fields after the base sequence (waardedocumentsoort, niveau, eqf, nlqf). The base sequences differ:
/// Beheren has kenmerken before the periods, Raadplegen after them (and adds herkomstOpleiding).
/// </summary>
internal static class OpleidingseenheidXml
{
    public const string Element = Opleidingseenheid.SoortParticuliereOpleiding;
    public const string PeriodeElement = Element + "Periode";

    public static void ControleerSoort(Opleidingseenheid e)
    {
        if (e.Soort != Opleidingseenheid.SoortParticuliereOpleiding)
        {
            throw new ArgumentException($"Keten writes particuliereOpleiding only, not '{e.Soort}'.", nameof(e));
        }
    }

    public static IEnumerable<XElement> Perioden(ElementWriter w, Opleidingseenheid e) =>
        e.Perioden.Select(p => w.Element(
            PeriodeElement,
            w.Required("begindatum", p.Begindatum),
            w.Required("naamLang", p.NaamLang),
            w.Optional("naamKort", p.NaamKort),
            w.Optional("internationaleNaam", p.InternationaleNaam),
            w.Optional("omschrijving", p.Omschrijving),
            KenmerkXml.Schrijf(w, p.Kenmerken),
            w.Optional("studielast", p.Studielast),
            w.Optional("studielasteenheid", p.Studielasteenheid)));

    public static IEnumerable<XElement?> Uitbreiding(ElementWriter w, Opleidingseenheid e) =>
    [
        w.Optional("waardedocumentsoort", e.Waardedocumentsoort),
        w.Optional("niveau", e.Niveau),
        w.Optional("eqf", e.Eqf),
        w.Optional("nlqf", e.Nlqf),
    ];

    /// <summary>
    /// Reads a particuliereOpleiding element; any other opleidingseenheid specialisation is unsupported. A period
    /// element of another specialisation (XSD-valid through the substitution group opleidingseenheidPeriode) is DUO's P02030.
    /// </summary>
    public static Opleidingseenheid Lees(ElementReader r, XElement element, string? opleidingseenheidcode, string onderwijsbestuurcode)
    {
        if (!r.IsLocal(element, Element))
        {
            throw ReadErrorException.Unsupported(
                element.Name.LocalName,
                $"Keten covers particuliereOpleiding only for MBO and VO, not <{element.Name.LocalName}>.");
        }

        return new Opleidingseenheid(
            opleidingseenheidcode,
            onderwijsbestuurcode,
            Opleidingseenheid.SoortParticuliereOpleiding,
            r.Datum(element, "begindatum"),
            r.OptionalDatum(element, "einddatum"),
            r.OptionalText(element, "waardedocumentsoort"),
            r.OptionalText(element, "niveau"),
            r.OptionalText(element, "eqf"),
            r.OptionalText(element, "nlqf"),
            Perioden(r, element),
            KenmerkXml.Lees(r, element));
    }

    private static IReadOnlyList<OpleidingseenheidPeriode> Perioden(ElementReader r, XElement element) =>
    [
        .. element.Elements()
            .Where(e => e.Name.Namespace == r.Namespace && e.Name.LocalName.EndsWith("Periode", StringComparison.Ordinal))
            .Select(p => r.IsLocal(p, PeriodeElement)
                ? new OpleidingseenheidPeriode(
                    r.Datum(p, "begindatum"),
                    r.Text(p, "naamLang"),
                    r.OptionalText(p, "naamKort"),
                    r.OptionalText(p, "internationaleNaam"),
                    r.OptionalText(p, "omschrijving"),
                    r.OptionalText(p, "studielast"),
                    r.OptionalText(p, "studielasteenheid"),
                    KenmerkXml.Lees(r, p))
                : throw ReadErrorException.DuoRule(
                    p.Name.LocalName,
                    $"<{p.Name.LocalName}> in <{Element}>: expected <{PeriodeElement}>.",
                    Foutcodes.P02030(r.Datum(p, "begindatum")))),
    ];
}
