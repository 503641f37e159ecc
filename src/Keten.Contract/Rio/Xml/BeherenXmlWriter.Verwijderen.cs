using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

public static partial class BeherenXmlWriter
{
    /// <summary>verwijderen_aangebodenOpleiding_request content.</summary>
    public static XElement VerwijderenAangebodenOpleiding(Guid aangebodenOpleidingCode) =>
        W.Required("aangebodenOpleidingCode", aangebodenOpleidingCode.ToString("D"));

    /// <summary>verwijderen_onderwijsaanbieder_request content.</summary>
    public static XElement VerwijderenOnderwijsaanbieder(string onderwijsaanbiedercode) =>
        W.Required("onderwijsaanbiedercode", onderwijsaanbiedercode);

    /// <summary>verwijderen_onderwijslocatiegebruik_request content: onderwijsbestuurcode, onderwijslocatiecode.</summary>
    public static XElement[] VerwijderenOnderwijslocatiegebruik(string onderwijsbestuurcode, string onderwijslocatiecode) =>
    [
        W.Required("onderwijsbestuurcode", onderwijsbestuurcode),
        W.Required("onderwijslocatiecode", onderwijslocatiecode),
    ];

    /// <summary>verwijderen_opleidingseenheid_request content.</summary>
    public static XElement VerwijderenOpleidingseenheid(string opleidingseenheidcode) =>
        W.Required("opleidingseenheidcode", opleidingseenheidcode);

    /// <summary>verwijderen_opleidingsrelatie_request content: both opleidingseenheidcodes, then the begindatum.</summary>
    public static XElement[] VerwijderenOpleidingsrelatie(Opleidingsrelatie relatie)
    {
        ArgumentNullException.ThrowIfNull(relatie);
        return
        [
            W.Required("opleidingseenheidcode", relatie.Opleidingseenheidcode1),
            W.Required("opleidingseenheidcode", relatie.Opleidingseenheidcode2),
            W.Required("begindatum", relatie.Begindatum),
        ];
    }
}
