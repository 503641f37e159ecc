using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// Reads an aangebodenMboOpleiding or aangebodenVOOpleiding element. Any other specialisation, and a cohort element
/// of another specialisation than its opleiding (XSD-valid through the substitution groups), is an unsupported
/// specialisation. A period element of another specialisation (also XSD-valid) is DUO's N10030.
/// </summary>
internal static class AangebodenOpleidingXmlReader
{
    public static AangebodenOpleiding Lees(RioContract contract, XElement element)
    {
        var naam = element.Name.LocalName;
        var soort = AangebodenOpleidingSpecialisatie.Soort(naam)
            ?? throw ReadErrorException.Unsupported(naam, $"Keten covers aangeboden opleidingen for MBO and VO only, not <{naam}>.");
        var r = contract.Reader();
        var (erkenning, vak, eenheid) = contract == RioContract.Beheren ? BeherenSleutel(r, element) : RaadplegenSleutel(r, element);
        var mbo = soort == AangebodenOpleidingSoort.Mbo;
        return new AangebodenOpleiding(
            Guid.Parse(r.Text(element, "aangebodenOpleidingCode")),
            soort,
            r.Text(element, "onderwijsaanbiedercode"),
            r.OptionalText(element, "onderwijslocatiecode"),
            r.Datum(element, "begindatum"),
            r.OptionalDatum(element, "eersteInstroomDatum"),
            r.OptionalDatum(element, "einddatum"),
            erkenning,
            vak,
            eenheid,
            Perioden(r, element, soort),
            Cohorten(contract, element, soort),
            r.OptionalChild(element, "afwijkendeOpleidingsduur") is { } duur
                ? new AfwijkendeOpleidingsduur(
                    r.Text(duur, "opleidingsduurEenheid"),
                    XmlValues.LeesGeheel(r.Text(duur, "opleidingsduurOmvang")))
                : null,
            KenmerkXml.Lees(r, element),
            mbo ? r.Text(element, "leertrajectMBO") : null,
            mbo ? r.OptionalText(element, "mboNiveau") : null,
            mbo ? r.Text(element, "toelatingseisen") : null,
            mbo ? r.Text(element, "toegankelijkheid") : null);
    }

    private static (OpleidingserkenningSleutel?, VoVakerkenningSleutel?, string?) BeherenSleutel(ElementReader r, XElement element) =>
        (ErkenningSleutel(r, r.OptionalChild(element, "opleidingserkenningSleutel")),
         VakSleutel(r, r.OptionalChild(element, "voVakerkenningSleutel")),
         r.OptionalText(element, "opleidingseenheidSleutel"));

    /// <summary>
    /// Raadplegen names the opleidingseenheid always and lists 0..20 erkenningsleutels. Keten's offering refers
    /// to one erkenning or, without one, to the opleidingseenheid itself.
    /// </summary>
    private static (OpleidingserkenningSleutel?, VoVakerkenningSleutel?, string?) RaadplegenSleutel(ElementReader r, XElement element)
    {
        var erkenningen = r.Children(element, "opleidingserkenningSleutel").ToList();
        var vakken = r.Children(element, "voVakerkenningSleutel").ToList();
        if (erkenningen.Count + vakken.Count > 1)
        {
            throw ReadErrorException.Invalid(
                erkenningen.Count > 0 ? "opleidingserkenningSleutel" : "voVakerkenningSleutel",
                "Keten's aangeboden opleiding refers to at most one erkenning.");
        }

        var erkenning = ErkenningSleutel(r, erkenningen.FirstOrDefault());
        var vak = VakSleutel(r, vakken.FirstOrDefault());
        var eenheid = erkenning is null && vak is null ? r.Text(element, "opleidingseenheidcode") : null;
        return (erkenning, vak, eenheid);
    }

    private static OpleidingserkenningSleutel? ErkenningSleutel(ElementReader r, XElement? sleutel) =>
        sleutel is null ? null : new OpleidingserkenningSleutel(r.Text(sleutel, "opleidingsstelsel"), r.Text(sleutel, "opleidingscode"));

    private static VoVakerkenningSleutel? VakSleutel(ElementReader r, XElement? sleutel) =>
        sleutel is null
            ? null
            : new VoVakerkenningSleutel(r.Text(sleutel, "opleidingsstelsel"), r.Text(sleutel, "opleidingscode"), r.Text(sleutel, "opleidingsniveau"));

    private static IReadOnlyList<AangebodenOpleidingPeriode> Perioden(ElementReader r, XElement element, AangebodenOpleidingSoort soort)
    {
        var verwacht = AangebodenOpleidingSpecialisatie.Periode(soort);
        return
        [
            .. element.Elements()
                .Where(e => e.Name.Namespace == r.Namespace && AangebodenOpleidingSpecialisatie.IsPeriode(e.Name.LocalName))
                .Select(p => r.IsLocal(p, verwacht)
                    ? new AangebodenOpleidingPeriode(
                        r.Datum(p, "begindatum"),
                        r.OptionalText(p, "eigenNaamAangebodenOpleiding"),
                        r.OptionalText(p, "eigenNaamInternationaal"),
                        r.OptionalText(p, "eigenOmschrijving"),
                        KenmerkXml.Lees(r, p))
                    : throw ReadErrorException.DuoRule(
                        p.Name.LocalName,
                        $"<{p.Name.LocalName}> in <{element.Name.LocalName}>: expected <{verwacht}>.",
                        Foutcodes.N10030(r.Datum(p, "begindatum")))),
        ];
    }

    private static IReadOnlyList<AangebodenOpleidingCohort> Cohorten(RioContract contract, XElement element, AangebodenOpleidingSoort soort)
    {
        var r = contract.Reader();
        var verwacht = AangebodenOpleidingSpecialisatie.Cohort(soort);
        return
        [
            .. element.Elements()
                .Where(e => e.Name.Namespace == r.Namespace && AangebodenOpleidingSpecialisatie.IsCohort(e.Name.LocalName))
                .Select(c => verwacht is not null && r.IsLocal(c, verwacht)
                    ? AangebodenOpleidingCohortXml.Lees(contract, c)
                    : throw ReadErrorException.Unsupported(
                        c.Name.LocalName,
                        verwacht is null
                            ? $"<{c.Name.LocalName}> in <{element.Name.LocalName}>: RIO V4 has no cohorten for VO."
                            : $"<{c.Name.LocalName}> in <{element.Name.LocalName}>: expected <{verwacht}>.")),
        ];
    }
}
