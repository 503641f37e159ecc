using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// Domain records → the content of DUO's Beheren V4 request elements (aanleveren_*_request, verwijderen_*_request),
/// in the element order of the XSD sequences, leaving out optional elements that have no value.
/// Throws ArgumentException for a record the contract cannot express (e.g. a VO offering with cohorten, a cohort
/// with both a fixed and a flexible instroom); cardinalities (at least one period…) are left to XSD validation.
/// </summary>
public static partial class BeherenXmlWriter
{
    private static readonly ElementWriter W = RioContract.Beheren.Writer();

    /// <summary>
    /// A full request body: &lt;{operatie}_request&gt; with the four Bedrijfsdocument fields, then the content.
    /// operatie is the WSDL operation name, e.g. "aanleveren_onderwijsaanbieder".
    /// </summary>
    public static XElement Request(string operatie, BedrijfsdocumentKop kop, params object?[] inhoud)
    {
        ArgumentException.ThrowIfNullOrEmpty(operatie);
        ArgumentNullException.ThrowIfNull(kop);
        return W.Element(operatie + "_request", kop.Elementen(RioNamespaces.Beheren), inhoud);
    }

    /// <summary>
    /// aanleveren_onderwijsaanbieder_request content: onderwijsbestuurcode, then nieuweOnderwijsaanbieder when the
    /// aanbieder has no code yet, otherwise onderwijsaanbieder.
    /// </summary>
    /// <summary>A foutmelding of a Beheren response.</summary>
    public static XElement Foutmelding(Domain.Gemeenschappelijk.Foutmelding foutmelding) => W.Foutmelding(foutmelding);

    public static XElement[] AanleverenOnderwijsaanbieder(Onderwijsaanbieder aanbieder)
    {
        ArgumentNullException.ThrowIfNull(aanbieder);
        var nieuw = aanbieder.Onderwijsaanbiedercode is null;
        return
        [
            W.Required("onderwijsbestuurcode", aanbieder.Onderwijsbestuurcode),
            W.Element(
                nieuw ? "nieuweOnderwijsaanbieder" : "onderwijsaanbieder",
                nieuw ? null : W.Required("onderwijsaanbiedercode", aanbieder.Onderwijsaanbiedercode),
                OnderwijsaanbiederXml.Kern(W, aanbieder),
                aanbieder.JuridischeRelaties.Select(j => W.Element(
                    "juridischeRelatie",
                    W.Required("instellingserkenningscode", j.Instellingserkenningscode),
                    W.Required("begindatum", j.Begindatum),
                    W.Optional("einddatum", j.Einddatum))),
                KenmerkXml.Schrijf(W, aanbieder.Kenmerken)),
        ];
    }

    /// <summary>aanleveren_aangebodenOpleiding_request content: aangebodenMboOpleiding or aangebodenVOOpleiding.</summary>
    public static XElement AanleverenAangebodenOpleiding(AangebodenOpleiding aangebodenOpleiding)
    {
        ArgumentNullException.ThrowIfNull(aangebodenOpleiding);
        return AangebodenOpleidingXmlWriter.Schrijf(RioContract.Beheren, aangebodenOpleiding, null);
    }

    /// <summary>aanleveren_opleidingsrelatie_request content. The onderwijsbestuurcode is not part of the message.</summary>
    public static XElement AanleverenOpleidingsrelatie(Opleidingsrelatie relatie)
    {
        ArgumentNullException.ThrowIfNull(relatie);
        return W.Element(
            "opleidingsrelatie",
            W.Required("begindatum", relatie.Begindatum),
            W.Optional("einddatum", relatie.Einddatum),
            W.Required("opleidingseenheidcode", relatie.Opleidingseenheidcode1),
            W.Required("opleidingseenheidcode", relatie.Opleidingseenheidcode2));
    }

    /// <summary>
    /// aanleveren_opleidingseenheid_request content: particuliereOpleiding (the only specialisation Keten covers).
    /// The onderwijsbestuurcode is not part of the message.
    /// </summary>
    public static XElement AanleverenOpleidingseenheid(Opleidingseenheid opleidingseenheid)
    {
        ArgumentNullException.ThrowIfNull(opleidingseenheid);
        OpleidingseenheidXml.ControleerSoort(opleidingseenheid);
        return W.Element(
            OpleidingseenheidXml.Element,
            W.Optional("opleidingseenheidcode", opleidingseenheid.Opleidingseenheidcode),
            W.Required("begindatum", opleidingseenheid.Begindatum),
            W.Optional("einddatum", opleidingseenheid.Einddatum),
            KenmerkXml.Schrijf(W, opleidingseenheid.Kenmerken),
            OpleidingseenheidXml.Perioden(W, opleidingseenheid),
            OpleidingseenheidXml.Uitbreiding(W, opleidingseenheid));
    }
}
