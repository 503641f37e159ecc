using System.Diagnostics;
using System.Globalization;

namespace Keten.Cli;

/// <summary>`keten rod batch`'s progress on standard error, at most once a second: lines done of the file's lines, mutations and mutations per second.</summary>
internal sealed class BatchVoortgang(TextWriter fout, long regels)
{
    private readonly Stopwatch klok = Stopwatch.StartNew();
    private TimeSpan vorige = TimeSpan.Zero;

    public long Mutaties { get; private set; }

    public double PerSeconde => Mutaties / Math.Max(klok.Elapsed.TotalSeconds, 0.001);

    public TimeSpan Duur => klok.Elapsed;

    public async Task MeldAsync(long regel, bool altijd = false)
    {
        Mutaties++;
        if (!altijd && klok.Elapsed - vorige < TimeSpan.FromSeconds(1))
        {
            return;
        }

        vorige = klok.Elapsed;
        var procent = regels == 0 ? 100 : Math.Min(100, regel * 100 / regels);
        await fout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"regel {regel}/{regels} ({procent} %), {Mutaties} mutaties, {PerSeconde:F0} mutaties/s"));
    }
}
