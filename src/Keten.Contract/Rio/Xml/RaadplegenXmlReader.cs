using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// XSD-valid Raadplegen V4 elements → domain records, so that an opvragen answer can be compared with what was
/// delivered. Data the domain does not hold (erkenner, board names, herkomst, bagID…) is dropped. Specialisations
/// Keten does not cover give a failed ReadResult; input that is not XSD-valid throws FormatException.
/// </summary>
public static partial class RaadplegenXmlReader
{
    private static readonly ElementReader R = RioContract.Raadplegen.Reader();

    /// <summary>
    /// An aangebodenMboOpleiding / aangebodenVOOpleiding element. Without an erkenningsleutel the offering is of an own
    /// opleidingseenheid: its opleidingseenheidcode becomes OpleidingseenheidSleutel.
    /// </summary>
    public static ReadResult<AangebodenOpleiding> AangebodenOpleiding(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return ReadErrorException.Capture(() => AangebodenOpleidingXmlReader.Lees(RioContract.Raadplegen, element));
    }

    /// <summary>Every aangeboden-opleiding element (any specialisation) in an opvragen_aangebodenOpleiding(enVanOrganisatie)_response.</summary>
    public static IReadOnlyList<ReadResult<AangebodenOpleiding>> AangebodenOpleidingen(XElement response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return
        [
            .. response.Elements()
                .Where(e => e.Name.Namespace == R.Namespace && e.Name.LocalName.StartsWith("aangeboden", StringComparison.Ordinal))
                .Select(AangebodenOpleiding),
        ];
    }

    /// <summary>
    /// A particuliereOpleiding element. The board is the one the periods' "eigenaar" kenmerk names (those kenmerken are
    /// removed: Beheren has none); onderwijsbestuurcode is the fallback for an answer without it.
    /// </summary>
    public static ReadResult<Opleidingseenheid> Opleidingseenheid(XElement element, string? onderwijsbestuurcode = null)
    {
        ArgumentNullException.ThrowIfNull(element);
        return ReadErrorException.Capture(() =>
        {
            var (eigenaar, eenheid) = Eigenaar.Verwijderen(OpleidingseenheidXml.Lees(
                R,
                element,
                R.Text(element, "opleidingseenheidcode"),
                onderwijsbestuurcode ?? ""));
            var bestuur = eigenaar ?? onderwijsbestuurcode
                ?? throw ReadErrorException.Invalid(Eigenaar.Kenmerknaam, "The answer names no eigenaar and no onderwijsbestuurcode was given.");
            return eenheid with { Onderwijsbestuurcode = bestuur };
        });
    }

    /// <summary>
    /// A samenhangOpleidingseenheid element → one Opleidingsrelatie per gerelateerdeOpleidingseenheid, with the
    /// opleidingseenheid asked about as Opleidingseenheidcode1. Pass the board the relations belong to.
    /// </summary>
    public static IReadOnlyList<Opleidingsrelatie> Opleidingsrelaties(XElement samenhangOpleidingseenheid, string onderwijsbestuurcode)
    {
        ArgumentNullException.ThrowIfNull(samenhangOpleidingseenheid);
        var code = R.Text(samenhangOpleidingseenheid, "opleidingseenheidcode");
        return
        [
            .. R.Children(samenhangOpleidingseenheid, "gerelateerdeOpleidingseenheid").Select(g => new Opleidingsrelatie(
                onderwijsbestuurcode,
                R.Datum(g, "opleidingsrelatieBegindatum"),
                R.OptionalDatum(g, "opleidingsrelatieEinddatum"),
                code,
                R.Text(g, "opleidingseenheidcode"))),
        ];
    }

    /// <summary>The paginering of a list or change-feed response, when it has one.</summary>
    public static Paginering? Paginering(XElement response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return R.OptionalChild(response, "paginering") is { } p
            ? new Paginering(
                XmlValues.LeesGeheel(R.Text(p, "pagina")),
                XmlValues.LeesGeheel(R.Text(p, "aantalPaginas")),
                XmlValues.LeesGeheel(R.Text(p, "aantalResultaten")))
            : null;
    }

    /// <summary>requestGoedgekeurd of any Raadplegen response.</summary>
    public static bool RequestGoedgekeurd(XElement response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return XmlValues.LeesBoolean(R.Text(response, "requestGoedgekeurd"));
    }
}
