using Keten.Domain.Referentie;

namespace Keten.Domain.Verzuim;

/// <summary>Unauthorised absence of one pupil on one day, in hours, as the school delivers it.</summary>
public sealed record Verzuimuren(DateOnly Datum, decimal Uren);

/// <summary>
/// One time the threshold was reached: the first absence day of the count (the report's begindatum), the day the
/// 16 hours were reached (its einddatum), the hours counted and the last day to report (5 working days later).
/// </summary>
public sealed record Drempelmoment(DateOnly Begindatum, DateOnly Einddatum, decimal Uren, DateOnly Uiterlijk);

/// <summary>
/// The 16-hour threshold (domain.md rule 36): 16 hours of unauthorised absence within 4 consecutive school weeks,
/// holidays excluded. Four school weeks are 28 days that are no school holiday: a holiday inside them lengthens the
/// window by its days, and absence on a holiday day does not count. The count starts at an absence day and restarts the
/// day after the threshold was reached; a window of 28 school days that does not reach 16 hours moves on to the next
/// absence day (any 4 consecutive school weeks count).
/// </summary>
public static class ZestienUurDrempel
{
    public const decimal Drempel = 16m;
    public const int Schooldagen = 28;

    public static IReadOnlyList<Drempelmoment> Bepaal(IEnumerable<Verzuimuren> uren, IReadOnlyCollection<Schoolvakantie> vakanties)
    {
        ArgumentNullException.ThrowIfNull(uren);
        ArgumentNullException.ThrowIfNull(vakanties);
        bool Vakantie(DateOnly dag) => vakanties.Any(v => v.Begindatum <= dag && dag <= v.Einddatum);
        var dagen = uren.Where(u => u.Uren > 0 && !Vakantie(u.Datum)).OrderBy(u => u.Datum).ToList();
        if (dagen.Count == 0)
        {
            return [];
        }

        // A school day's number: days from the first absence day that are no holiday, so a window is a difference of numbers.
        var nummers = new Dictionary<DateOnly, int>();
        var nummer = 0;
        for (var dag = dagen[0].Datum; dag <= dagen[^1].Datum; dag = dag.AddDays(1))
        {
            if (!Vakantie(dag))
            {
                nummers[dag] = nummer++;
            }
        }

        var momenten = new List<Drempelmoment>();
        var venster = new Queue<Verzuimuren>();
        var som = 0m;
        foreach (var dag in dagen)
        {
            venster.Enqueue(dag);
            som += dag.Uren;
            while (nummers[dag.Datum] - nummers[venster.Peek().Datum] >= Schooldagen)
            {
                som -= venster.Dequeue().Uren;
            }

            if (som >= Drempel)
            {
                momenten.Add(new Drempelmoment(venster.Peek().Datum, dag.Datum, som, Werkdagen.Uiterlijk(dag.Datum)));
                venster.Clear();
                som = 0;
            }
        }

        return momenten;
    }
}
