using System.Xml.Linq;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// Domain records → the elements of DUO's Raadplegen V4 opvragen_*_response messages, in the element order of the
/// XSD sequences, leaving out optional elements that have no value. Where Raadplegen carries data the domain does not
/// hold (opleidingseenheidcode of an offering, erkenner, bijbehorend onderwijsbestuur, herkomst…) it is a parameter.
/// See docs/rio-raadplegen-mapping.md for every field.
/// </summary>
public static partial class RaadplegenXmlWriter
{
    private static readonly ElementWriter W = RioContract.Raadplegen.Writer();

    /// <summary>
    /// A full response: &lt;{operatie}_response&gt; with the four Bedrijfsdocument fields, then the content as given.
    /// The position of requestGoedgekeurd differs per operation; for the change feeds use the *Response helpers.
    /// </summary>
    public static XElement Response(string operatie, BedrijfsdocumentKop kop, params object?[] inhoud)
    {
        ArgumentException.ThrowIfNullOrEmpty(operatie);
        ArgumentNullException.ThrowIfNull(kop);
        return W.Element(operatie + "_response", kop.Elementen(RioNamespaces.Raadplegen), inhoud);
    }

    public static XElement RequestGoedgekeurd(bool goedgekeurd) => W.Element("requestGoedgekeurd", goedgekeurd ? "true" : "false");

    public static XElement Foutmelding(Foutmelding foutmelding) => W.Foutmelding(foutmelding);

    public static XElement Paginering(Paginering paginering) => W.Paginering(paginering);

    /// <summary>
    /// aangebodenMboOpleiding / aangebodenVOOpleiding. Raadplegen always names the opleidingseenheid: for an offering
    /// of an erkenning pass ErkendeOpleidingseenheid.CodeVoor(sleutel), for one of an own opleidingseenheid its code.
    /// </summary>
    public static XElement AangebodenOpleiding(AangebodenOpleiding aangebodenOpleiding, string opleidingseenheidcode)
    {
        ArgumentNullException.ThrowIfNull(aangebodenOpleiding);
        ArgumentException.ThrowIfNullOrEmpty(opleidingseenheidcode);
        return AangebodenOpleidingXmlWriter.Schrijf(RioContract.Raadplegen, aangebodenOpleiding, opleidingseenheidcode);
    }

    /// <summary>
    /// particuliereOpleiding. herkomstOpleiding (Opleidingsherkomst-v01: who has a say over the opleidingseenheid) is
    /// not held by the domain. Raadplegen's opleidingserkenningSleutel list stays empty for a particuliere opleiding.
    /// Every period gets the kenmerk "eigenaar" with the board's code, as Raadplegen's kenmerkwaardenbereik requires.
    /// </summary>
    public static XElement Opleidingseenheid(Opleidingseenheid opleidingseenheid, string herkomstOpleiding)
    {
        ArgumentNullException.ThrowIfNull(opleidingseenheid);
        OpleidingseenheidXml.ControleerSoort(opleidingseenheid);
        opleidingseenheid = Eigenaar.Toevoegen(opleidingseenheid);
        return W.Element(
            OpleidingseenheidXml.Element,
            W.Required("opleidingseenheidcode", opleidingseenheid.Opleidingseenheidcode),
            W.Required("herkomstOpleiding", herkomstOpleiding),
            W.Required("begindatum", opleidingseenheid.Begindatum),
            W.Optional("einddatum", opleidingseenheid.Einddatum),
            OpleidingseenheidXml.Perioden(W, opleidingseenheid),
            KenmerkXml.Schrijf(W, opleidingseenheid.Kenmerken),
            OpleidingseenheidXml.Uitbreiding(W, opleidingseenheid));
    }

    /// <summary>
    /// samenhangOpleidingseenheid, the answer to opvragen_opleidingsrelatiesBijOpleidingseenheid: the opleidingseenheid
    /// asked about and every opleidingseenheid related to it.
    /// </summary>
    public static XElement SamenhangOpleidingseenheid(
        string opleidingseenheidcode,
        string opleidingseenheidtype,
        string? eigenOpleidingseenheidSleutel,
        IEnumerable<GerelateerdeOpleidingseenheid> gerelateerde)
    {
        ArgumentNullException.ThrowIfNull(gerelateerde);
        return W.Element(
            "samenhangOpleidingseenheid",
            W.Required("opleidingseenheidcode", opleidingseenheidcode),
            W.Required("opleidingseenheidtype", opleidingseenheidtype),
            W.Optional("eigenOpleidingseenheidSleutel", eigenOpleidingseenheidSleutel),
            gerelateerde.Select(g => W.Element(
                "gerelateerdeOpleidingseenheid",
                W.Required("opleidingseenheidcode", g.Opleidingseenheidcode),
                W.Optional("eigenOpleidingseenheidSleutel", g.EigenOpleidingseenheidSleutel),
                W.Required("opleidingseenheidtype", g.Opleidingseenheidtype),
                W.Required("opleidingsrelatiesoort", g.Opleidingsrelatiesoort),
                W.Required("opleidingsrelatieBegindatum", g.OpleidingsrelatieBegindatum),
                W.Optional("opleidingsrelatieEinddatum", g.OpleidingsrelatieEinddatum))));
    }
}
