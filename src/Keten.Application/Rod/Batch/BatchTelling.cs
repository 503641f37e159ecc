namespace Keten.Application.Rod.Batch;

/// <summary>The summary of a run: mutations approved and refused, and the refusals per foutcode.</summary>
public sealed class BatchTelling
{
    private readonly SortedDictionary<string, long> perFoutcode = new(StringComparer.Ordinal);

    public long Goedgekeurd { get; private set; }

    public long Afgekeurd { get; private set; }

    public long Totaal => Goedgekeurd + Afgekeurd;

    public IReadOnlyDictionary<string, long> PerFoutcode => perFoutcode;

    /// <param name="codes">The codes of a refused mutation's foutmeldingen (each counted once per mutation).</param>
    public void Tel(bool goedgekeurd, IEnumerable<string> codes)
    {
        if (goedgekeurd)
        {
            Goedgekeurd++;
            return;
        }

        Afgekeurd++;
        foreach (var code in codes.Distinct(StringComparer.Ordinal))
        {
            perFoutcode[code] = perFoutcode.GetValueOrDefault(code) + 1;
        }
    }

    public void Tel(BatchResultaat resultaat)
    {
        ArgumentNullException.ThrowIfNull(resultaat);
        Tel(resultaat.Antwoord.LeveringGoedgekeurd, resultaat.Antwoord.Foutmeldingen.Select(f => f.Foutcode));
    }
}
