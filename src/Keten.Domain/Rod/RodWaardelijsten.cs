using Keten.Domain.Rio;

namespace Keten.Domain.Rod;

/// <summary>The value lists of ROD's enrolment fields, from DUO's PvE MBO-instelling (domain.md §1.2) and the 2009 field list.</summary>
public static class RodWaardelijsten
{
    private static readonly DateOnly Stelseldatum = new(1997, 8, 1);

    /// <summary>PvE MBO-instelling Leertraject (rule 49): BOL_DT only until 31-07-2023, ODT from 01-01-2019.</summary>
    public static Waardelijst Leertraject { get; } = new("Leertraject",
    [
        new("BOL", Stelseldatum), new("BBL", Stelseldatum), new("OVO", Stelseldatum), new("EX", Stelseldatum),
        new("BOL_DT", Stelseldatum, new DateOnly(2023, 7, 31)), new("ODT", new DateOnly(2019, 1, 1)),
    ]);

    /// <summary>MBO niveau (PvE: MBO-1 Entree/Assistent … MBO-4).</summary>
    public static IReadOnlySet<string> MboNiveau { get; } = new HashSet<string>(["MBO-1", "MBO-2", "MBO-3", "MBO-4"], StringComparer.Ordinal);

    /// <summary>Hoogste vooropleiding: codes 01–16 (2009 list).</summary>
    public static IReadOnlySet<string> HoogsteVooropleiding { get; } = Codes(16);

    /// <summary>Reden uitstroom: codes 01–08 (2009 list; still in use, domain.md §1.2).</summary>
    public static IReadOnlySet<string> RedenUitstroom { get; } = Codes(8);

    /// <summary>Leerroute and leerroutefase exist from this date (PvE: "vanaf 1-8-2020").</summary>
    public static DateOnly LeerrouteVanaf { get; } = new(2020, 8, 1);

    private static HashSet<string> Codes(int tot) =>
        new(Enumerable.Range(1, tot).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)), StringComparer.Ordinal);
}
