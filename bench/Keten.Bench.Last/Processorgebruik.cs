using System.Globalization;

namespace Keten.Bench.Last;

/// <summary>
/// The whole machine's CPU use over a measurement window, from /proc/stat: how many cores were busy (user, nice,
/// system, irq, softirq, steal) on average. It counts everything that ran, the server, the database, the load
/// generator and other tenants alike: it says whether the machine, not Keten alone, had room left. Null where there is
/// no /proc/stat.
/// </summary>
internal sealed class Processorgebruik
{
    private const string Bestand = "/proc/stat";

    private (long Bezet, long Totaal)? _begin;

    /// <summary>
    /// The machine's cores, from /proc/stat: a load generator pinned to some of them (bench/run.sh's CPUS_LAST) sees only
    /// those in <see cref="Environment.ProcessorCount"/>, while the busy share above is of all of them.
    /// </summary>
    public static int Kernen { get; } = TelKernen();

    /// <summary>Starts the window after <paramref name="vanaf"/> (the warm-up) on a timer of its own.</summary>
    public static Processorgebruik Na(TimeSpan vanaf)
    {
        var gebruik = new Processorgebruik();
        _ = Task.Delay(vanaf).ContinueWith(_ => gebruik._begin = Stand(), TaskScheduler.Default);
        return gebruik;
    }

    /// <summary>Average busy cores from the window's start until now.</summary>
    public double? BezetteKernen()
    {
        if (_begin is not { } begin || Stand() is not { } eind || eind.Totaal <= begin.Totaal)
        {
            return null;
        }

        return (double)(eind.Bezet - begin.Bezet) / (eind.Totaal - begin.Totaal) * Kernen;
    }

    private static int TelKernen()
    {
        var kernen = File.Exists(Bestand)
            ? File.ReadLines(Bestand).Count(r => r.Length > 3 && r.StartsWith("cpu", StringComparison.Ordinal) && char.IsAsciiDigit(r[3]))
            : 0;
        return kernen > 0 ? kernen : Environment.ProcessorCount;
    }

    private static (long Bezet, long Totaal)? Stand()
    {
        if (!File.Exists(Bestand))
        {
            return null;
        }

        // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user already)
        var velden = File.ReadLines(Bestand).First().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Take(8).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var totaal = velden.Sum();
        return (totaal - velden[3] - velden[4], totaal);
    }
}
