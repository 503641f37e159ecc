using Keten.Domain.Rod.Regels;

namespace Keten.Domain.Gemeenschappelijk;

/// <summary>One date of the chain's year that a school plans its work around, with what it means (in Dutch, for the portal).</summary>
public sealed record Ketentermijn(DateOnly Datum, string Naam, string Toelichting);

/// <summary>
/// The chain's recurring dates (domain.md §4 and rules 11, 42): the teldatum 1 October, the teldatum 1 February for the
/// correctiefactor, the mutation stop on 1 June before the funding year, and the application date 1 April.
/// </summary>
public static class Ketentermijnen
{
    /// <summary>The next occurrence of each, from <paramref name="vandaag"/> (today included), soonest first.</summary>
    public static IReadOnlyList<Ketentermijn> Komende(DateOnly vandaag) =>
    [
        .. new[]
        {
            new Ketentermijn(Volgende(vandaag, 10, 1), "Teldatum 1 oktober",
                "De inschrijvingen op deze dag tellen voor de bekostiging (MBO van jaar t+2, VO van jaar t+1) en voor verzuim en VSV."),
            new Ketentermijn(Volgende(vandaag, 2, 1), "Teldatum 1 februari",
                "De MBO-inschrijvingen op deze dag bepalen de correctiefactor van de bekostiging."),
            new Ketentermijn(Volgende(vandaag, Mutatiestop.IngangMaand, Mutatiestop.IngangDag), "Mutatiestop",
                "Vanaf deze dag is voor een wijziging van bekostigingsgegevens op een afgesloten teldatum een accountantsverklaring nodig."),
            new Ketentermijn(Volgende(vandaag, 4, 1), "Aanmelddatum 1 april",
                "Wie zich uiterlijk op deze dag aanmeldt voor een MBO-opleiding, heeft toelatingsrecht (behalve entree en opleidingen met een vast aantal plaatsen)."),
        }.OrderBy(t => t.Datum),
    ];

    private static DateOnly Volgende(DateOnly vandaag, int maand, int dag)
    {
        var ditJaar = new DateOnly(vandaag.Year, maand, dag);
        return ditJaar >= vandaag ? ditJaar : ditJaar.AddYears(1);
    }
}
