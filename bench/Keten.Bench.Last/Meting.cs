using System.Text.Json;

namespace Keten.Bench.Last;

/// <summary>One measured figure set, one line of the results file (JSON lines).</summary>
/// <param name="Doel">What was measured: kaal, sqlite, postgres, postgres-2, … (the row of the report).</param>
/// <param name="Soort">max (closed loop), tempo (open loop at <paramref name="Tempo"/> msg/s), opvragen, wandeling.</param>
/// <param name="CpuBezet">Cores of the whole machine busy on average during the measurement (<see cref="Processorgebruik"/>).</param>
internal sealed record Meting(
    string Doel,
    string Soort,
    string Operatie,
    int Clients,
    double Tempo,
    int Aantal,
    int Fouten,
    double Seconden,
    double MsgPerS,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    string? EersteFout,
    double? CpuBezet = null)
{
    private static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web);

    public static Meting Van(string doel, string soort, string operatie, int clients, double tempo, List<double> latentiesMs, int fouten, double seconden, string? eersteFout)
    {
        latentiesMs.Sort();
        return new Meting(doel, soort, operatie, clients, tempo, latentiesMs.Count, fouten, seconden,
            seconden > 0 ? latentiesMs.Count / seconden : 0, Percentiel(latentiesMs, 0.50), Percentiel(latentiesMs, 0.99),
            latentiesMs.Count > 0 ? latentiesMs[^1] : 0, eersteFout);
    }

    public string Json() => JsonSerializer.Serialize(this, Opties);

    public static Meting Lees(string regel) => JsonSerializer.Deserialize<Meting>(regel, Opties)!;

    public async Task SchrijfAsync(string? bestand)
    {
        await Console.Out.WriteLineAsync($"{Doel,-12} {Soort,-9} {Operatie,-50} n={Aantal,7} fouten={Fouten,4} {MsgPerS,9:0.0} msg/s  p50 {P50Ms,7:0.00} ms  p99 {P99Ms,8:0.00} ms  max {MaxMs,8:0.0} ms"
            + (CpuBezet is { } cpu ? $"  cpu {cpu:0.00}/{Processorgebruik.Kernen}" : "")
            + (EersteFout is null ? "" : $"  eerste fout: {EersteFout}"));
        if (bestand is not null)
        {
            await File.AppendAllTextAsync(bestand, Json() + Environment.NewLine);
        }
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentiel(List<double> gesorteerd, double p) =>
        gesorteerd.Count == 0 ? 0 : gesorteerd[Math.Clamp((int)Math.Ceiling(p * gesorteerd.Count) - 1, 0, gesorteerd.Count - 1)];
}
