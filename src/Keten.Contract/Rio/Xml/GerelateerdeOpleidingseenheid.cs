using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// XSD type GerelateerdeOpleidingseenheid: the other side of an opleidingsrelatie, seen from the opleidingseenheid
/// asked about in opvragen_opleidingsrelatiesBijOpleidingseenheid. Opleidingseenheidtype (Opleidingseenheidtype-v02)
/// and opleidingsrelatiesoort (Opleidingssamenhangsoort-v01) are DUO value lists the domain does not hold.
/// </summary>
public sealed record GerelateerdeOpleidingseenheid(
    string Opleidingseenheidcode,
    string? EigenOpleidingseenheidSleutel,
    string Opleidingseenheidtype,
    string Opleidingsrelatiesoort,
    DateOnly OpleidingsrelatieBegindatum,
    DateOnly? OpleidingsrelatieEinddatum)
{
    /// <summary>The relation seen from vanuitOpleidingseenheidcode, which must be one of its two ends.</summary>
    public static GerelateerdeOpleidingseenheid Van(
        Opleidingsrelatie relatie,
        string vanuitOpleidingseenheidcode,
        string opleidingseenheidtype,
        string opleidingsrelatiesoort,
        string? eigenOpleidingseenheidSleutel = null)
    {
        ArgumentNullException.ThrowIfNull(relatie);
        var ander = relatie.Opleidingseenheidcode1 == vanuitOpleidingseenheidcode ? relatie.Opleidingseenheidcode2
            : relatie.Opleidingseenheidcode2 == vanuitOpleidingseenheidcode ? relatie.Opleidingseenheidcode1
            : throw new ArgumentException($"Relatie {relatie.Sleutel} does not involve {vanuitOpleidingseenheidcode}.", nameof(vanuitOpleidingseenheidcode));
        return new(ander, eigenOpleidingseenheidSleutel, opleidingseenheidtype, opleidingsrelatiesoort, relatie.Begindatum, relatie.Einddatum);
    }
}
