using System.Globalization;
using System.Text;

namespace Keten.Bench.Last;

/// <summary>The results file as markdown tables; every throughput figure beside the bare endpoint's of the same run.</summary>
internal static class Rapport
{
    public static string Markdown(IReadOnlyList<Meting> metingen, string kop)
    {
        var kalen = metingen.Where(m => m is { Doel: "kaal", Soort: "max" }).ToList();
        // A maximum beside the bare endpoint's at the same client count; anything else beside its first (the run's 64).
        double Kaal(Meting m) => (kalen.FirstOrDefault(k => m.Soort == "max" && k.Clients == m.Clients) ?? kalen.FirstOrDefault())?.MsgPerS ?? 0;
        var md = new StringBuilder();
        md.AppendLine(kop).AppendLine();
        md.AppendLine("| doel | meting | clients | msg/s | × kaal | p50 ms | p99 ms | max ms | n | fouten | cpu bezet |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in metingen.Where(m => m.Soort is "max" or "tempo"))
        {
            var meting = m.Soort == "max" ? "max (gesloten lus)" : F($"tempo {m.Tempo:0} msg/s (open lus)");
            md.AppendLine(F($"| {m.Doel} | {meting} | {m.Clients} | {m.MsgPerS:0} | 1/{(m.MsgPerS > 0 ? Kaal(m) / m.MsgPerS : 0):0.0} | {m.P50Ms:0.00} | {m.P99Ms:0.00} | {m.MaxMs:0.0} | {m.Aantal} | {m.Fouten} | {Cpu(m)} |"));
        }

        var lezen = metingen.Where(m => m.Soort is "opvragen" or "wandeling").ToList();
        if (lezen.Count > 0)
        {
            md.AppendLine().AppendLine("| doel | opvragen | clients | p50 ms | p99 ms | max ms | n | fouten | opmerking |");
            md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---|");
            foreach (var m in lezen)
            {
                var opmerking = m.Soort == "wandeling" ? F($"walk: {m.Seconden:0.0} s, {m.MsgPerS:0} objecten/s, {m.Aantal} pagina's") : m.EersteFout ?? "";
                md.AppendLine(F($"| {m.Doel} | {m.Operatie} | {m.Clients} | {m.P50Ms:0.00} | {m.P99Ms:0.00} | {m.MaxMs:0.0} | {m.Aantal} | {m.Fouten} | {opmerking} |"));
            }
        }

        return md.ToString();
    }

    public const string Begin = "<!-- bench/run.sh: begin -->";
    public const string Einde = "<!-- bench/run.sh: einde -->";

    /// <summary>docs/benchmarks.md with the text between the markers replaced by the latest results.</summary>
    public static string InDocs(string docs, string resultaten)
    {
        var begin = docs.IndexOf(Begin, StringComparison.Ordinal);
        var einde = docs.IndexOf(Einde, StringComparison.Ordinal);
        return begin < 0 || einde < begin
            ? throw new InvalidOperationException($"docs/benchmarks.md has no {Begin} … {Einde} section")
            : docs[..(begin + Begin.Length)] + Environment.NewLine + resultaten.TrimEnd() + Environment.NewLine + docs[einde..];
    }

    private static string Cpu(Meting m) => m.CpuBezet is { } cpu ? F($"{cpu:0.00}/{Processorgebruik.Kernen}") : "";

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
