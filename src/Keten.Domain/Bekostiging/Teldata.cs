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
}
