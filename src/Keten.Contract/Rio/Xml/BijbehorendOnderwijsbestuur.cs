using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

/// <summary>XSD type OnderwijsbestuurPeriode (Raadplegen): a board's name for a period.</summary>
public sealed record OnderwijsbestuurPeriode(DateOnly Begindatum, string Naam, string? InternationaleNaam, IReadOnlyList<Kenmerk> Kenmerken);

/// <summary>
/// XSD type BijbehorendOnderwijsbestuur: the board an onderwijsaanbieder belongs to, as Raadplegen shows it inside
/// every Onderwijsaanbieder (1..99). The domain record only knows the board's code; the rest comes from here.
/// </summary>
public sealed record BijbehorendOnderwijsbestuur(
    string Onderwijsbestuurcode,
    DateOnly OrganisatierelatieBegindatum,
    DateOnly? OrganisatierelatieEinddatum,
    IReadOnlyList<OnderwijsbestuurPeriode> Perioden)
{
    /// <summary>
    /// Keten's rule: the relation between board and aanbieder runs as long as the aanbieder is in bedrijf, and the
    /// board's name (from the reference data, which has no history) holds from that same date.
    /// </summary>
    public static BijbehorendOnderwijsbestuur Van(Keten.Domain.Referentie.Onderwijsbestuur bestuur, Onderwijsaanbieder aanbieder)
    {
        ArgumentNullException.ThrowIfNull(bestuur);
        ArgumentNullException.ThrowIfNull(aanbieder);
        return new(bestuur.Code, aanbieder.InBedrijfdatum, aanbieder.UitBedrijfdatum, [new OnderwijsbestuurPeriode(aanbieder.InBedrijfdatum, bestuur.Naam, null, [])]);
    }
}
