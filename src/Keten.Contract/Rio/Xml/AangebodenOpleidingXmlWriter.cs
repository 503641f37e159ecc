using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// Writes an AangebodenOpleiding as aangebodenMboOpleiding or aangebodenVOOpleiding, in the element order of the
/// XSD sequence (base type AangebodenOpleiding, then the MBO extension). Raadplegen adds the mandatory
/// opleidingseenheidcode after onderwijsaanbiedercode and lists erkenningsleutels instead of the Beheren choice.
/// </summary>
internal static class AangebodenOpleidingXmlWriter
{
    public static XElement Schrijf(RioContract contract, AangebodenOpleiding o, string? opleidingseenheidcode)
    {
        ControleerSoort(o);
        var w = contract.Writer();
        return w.Element(
            AangebodenOpleidingSpecialisatie.Element(o.Soort),
            w.Required("aangebodenOpleidingCode", o.AangebodenOpleidingCode.ToString("D")),
            w.Required("onderwijsaanbiedercode", o.Onderwijsaanbiedercode),
            contract == RioContract.Raadplegen ? w.Required("opleidingseenheidcode", opleidingseenheidcode) : null,
            w.Optional("onderwijslocatiecode", o.Onderwijslocatiecode),
            w.Required("begindatum", o.Begindatum),
            w.Optional("eersteInstroomDatum", o.EersteInstroomDatum),
            w.Optional("einddatum", o.Einddatum),
            contract == RioContract.Beheren ? BeherenSleutel(w, o) : RaadplegenSleutel(w, o, opleidingseenheidcode),
            o.Perioden.Select(p => Periode(w, AangebodenOpleidingSpecialisatie.Periode(o.Soort), p)),
            o.Cohorten.Select(c => AangebodenOpleidingCohortXml.Schrijf(contract, AangebodenOpleidingSpecialisatie.Cohort(o.Soort)!, c)),
            o.AfwijkendeOpleidingsduur is { } duur
                ? w.Element(
                    "afwijkendeOpleidingsduur",
                    w.Required("opleidingsduurEenheid", duur.OpleidingsduurEenheid),
                    w.Required("opleidingsduurOmvang", XmlValues.Geheel(duur.OpleidingsduurOmvang)))
                : null,
            KenmerkXml.Schrijf(w, o.Kenmerken),
            o.Soort == AangebodenOpleidingSoort.Mbo ? MboUitbreiding(w, o) : null);
    }

    private static void ControleerSoort(AangebodenOpleiding o)
    {
        if (o.Soort != AangebodenOpleidingSoort.VO)
        {
            return;
        }

        if (o.Cohorten.Count > 0)
        {
            throw new ArgumentException($"Aangeboden opleiding {o.AangebodenOpleidingCode}: RIO V4 has no cohort element for VO.");
        }

        if (o.LeertrajectMbo is not null || o.MboNiveau is not null || o.Toelatingseisen is not null || o.Toegankelijkheid is not null)
        {
            throw new ArgumentException(
                $"Aangeboden opleiding {o.AangebodenOpleidingCode}: leertrajectMBO, mboNiveau, toelatingseisen and toegankelijkheid exist only for MBO.");
        }
    }

    private static XElement?[] MboUitbreiding(ElementWriter w, AangebodenOpleiding o) =>
    [
        w.Required("leertrajectMBO", o.LeertrajectMbo),
        w.Optional("mboNiveau", o.MboNiveau),
        w.Required("toelatingseisen", o.Toelatingseisen),
        w.Required("toegankelijkheid", o.Toegankelijkheid),
    ];

    private static XElement BeherenSleutel(ElementWriter w, AangebodenOpleiding o)
    {
        var aantal = (o.OpleidingserkenningSleutel is null ? 0 : 1) + (o.VoVakerkenningSleutel is null ? 0 : 1) + (o.OpleidingseenheidSleutel is null ? 0 : 1);
        if (aantal != 1)
        {
            throw new ArgumentException(
                $"Aangeboden opleiding {o.AangebodenOpleidingCode}: exactly one of opleidingserkenningSleutel, voVakerkenningSleutel and opleidingseenheidSleutel must be given, not {aantal}.");
        }

        return ErkenningSleutel(w, o) ?? w.Required("opleidingseenheidSleutel", o.OpleidingseenheidSleutel);
    }

    private static XElement? RaadplegenSleutel(ElementWriter w, AangebodenOpleiding o, string? opleidingseenheidcode)
    {
        if (o.OpleidingserkenningSleutel is not null && o.VoVakerkenningSleutel is not null)
        {
            throw new ArgumentException($"Aangeboden opleiding {o.AangebodenOpleidingCode} refers to two erkenningen.");
        }

        if (o.OpleidingseenheidSleutel is { } sleutel && (sleutel != opleidingseenheidcode || ErkenningSleutel(w, o) is not null))
        {
            throw new ArgumentException(
                $"Aangeboden opleiding {o.AangebodenOpleidingCode} refers to opleidingseenheid {sleutel}, yet is answered with opleidingseenheidcode {opleidingseenheidcode}.");
        }

        return ErkenningSleutel(w, o);
    }

    private static XElement? ErkenningSleutel(ElementWriter w, AangebodenOpleiding o)
    {
        if (o.OpleidingserkenningSleutel is { } erkenning)
        {
            return w.Element(
                "opleidingserkenningSleutel",
                w.Required("opleidingsstelsel", erkenning.Opleidingsstelsel),
                w.Required("opleidingscode", erkenning.Opleidingscode));
        }

        if (o.VoVakerkenningSleutel is { } vak)
        {
            return w.Element(
                "voVakerkenningSleutel",
                w.Required("opleidingsstelsel", vak.Opleidingsstelsel),
                w.Required("opleidingscode", vak.Opleidingscode),
                w.Required("opleidingsniveau", vak.Opleidingsniveau));
        }

        return null;
    }

    private static XElement Periode(ElementWriter w, string elementnaam, AangebodenOpleidingPeriode p) =>
        w.Element(
            elementnaam,
            w.Required("begindatum", p.Begindatum),
            w.Optional("eigenNaamAangebodenOpleiding", p.EigenNaamAangebodenOpleiding),
            w.Optional("eigenNaamInternationaal", p.EigenNaamInternationaal),
            w.Optional("eigenOmschrijving", p.EigenOmschrijving),
            KenmerkXml.Schrijf(w, p.Kenmerken));
}
