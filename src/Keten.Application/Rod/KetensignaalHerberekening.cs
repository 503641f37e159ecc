using Keten.Domain.Rio.Leerroutes;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Ketensignalen;
using Keten.Storage.Rod;

namespace Keten.Application.Rod;

/// <summary>
/// The pupil's chain signals after a mutation against those stored open: new ones and ones whose end moved are written
/// open, stored ones no longer found are withdrawn. Signals count from the start of the current studiejaar (docs/rod.md).
/// </summary>
internal static class KetensignaalHerberekening
{
    public static (IReadOnlyList<Ketensignaal> Nu, IReadOnlyList<Ketensignaalwijziging> Wijzigingen) Bepaal(
        IReadOnlyList<Inschrijving> inschrijvingen, IReadOnlyList<Leerroute> leerroutes, IReadOnlyList<Ketensignaal> opgeslagen, DateOnly vandaag)
    {
        var nu = inschrijvingen.Count == 0 ? [] : KetensignaalBepaling.Bepaal(inschrijvingen, leerroutes, BeginStudiejaar(vandaag));
        if (nu.Count == 0 && opgeslagen.Count == 0)
        {
            return (nu, []);
        }

        var oud = opgeslagen.ToDictionary(s => s.Sleutel, StringComparer.Ordinal);
        var wijzigingen = nu.Where(s => !oud.TryGetValue(s.Sleutel, out var o) || o.Periode != s.Periode)
            .Select(s => new Ketensignaalwijziging(s, Open: true))
            .Concat(opgeslagen.Where(o => nu.All(s => s.Sleutel != o.Sleutel)).Select(o => new Ketensignaalwijziging(o, Open: false)))
            .ToList();
        return (nu, wijzigingen);
    }

    /// <summary>1 August of the studiejaar the day falls in.</summary>
    public static DateOnly BeginStudiejaar(DateOnly dag) => new(dag.Month >= 8 ? dag.Year : dag.Year - 1, 8, 1);
}
