namespace Keten.Domain.Bekostiging;

/// <summary>The teldata of funding (domain.md §4): 1 October counts, 1 February feeds the MBO correctiefactor.</summary>
public static class Teldata
{
    /// <summary>The first 1 October on or after the given day: the teldatum a mutation made today will next count on.</summary>
    public static DateOnly VolgendeEenOktober(DateOnly vanaf)
    {
        var ditJaar = new DateOnly(vanaf.Year, 10, 1);
        return vanaf <= ditJaar ? ditJaar : ditJaar.AddYears(1);
    }

    /// <summary>The first day of the studiejaar (1 August..31 July) a day falls in.</summary>
    public static DateOnly StudiejaarBegin(DateOnly datum) => new(datum.Month >= 8 ? datum.Year : datum.Year - 1, 8, 1);

    /// <summary>Whether the teldatum is a 1 October: the base count; the other MBO teldatum, 1 February, feeds only the correctiefactor.</summary>
    public static bool IsEenOktober(DateOnly teldatum) => teldatum is { Month: 10, Day: 1 };
}
