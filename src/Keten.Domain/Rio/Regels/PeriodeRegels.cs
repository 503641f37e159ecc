using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Rio.Regels;

/// <summary>
/// The shared shape of DUO's period checks: periods carry only a begindatum, so each runs until the next;
/// they must lie within the object's life and the first must start when the object starts.
/// </summary>
public static class PeriodeRegels
{
    public static IEnumerable<Foutmelding> Controleer(
        IEnumerable<DateOnly> periodeBegindata,
        Geldigheid levensduur,
        Func<DateOnly, Foutmelding> buitenLevensduur,
        Func<DateOnly, Foutmelding> dubbel,
        Func<Foutmelding> nietGedekt)
    {
        var begindata = periodeBegindata.Order().ToList();
        foreach (var begin in begindata.Where(b => b < levensduur.Begindatum || (levensduur.Einddatum is { } eind && b >= eind)))
        {
            yield return buitenLevensduur(begin);
        }

        foreach (var begin in begindata.GroupBy(b => b).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            yield return dubbel(begin);
        }

        if (begindata.Count > 0 && begindata[0] != levensduur.Begindatum)
        {
            yield return nietGedekt();
        }
    }
}
