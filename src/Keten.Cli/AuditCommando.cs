using System.Globalization;
using Keten.Application.Toegang;
using Keten.Storage;
using Keten.Storage.Audit;

namespace Keten.Cli;

/// <summary>
/// The DUO operator's export of a board's audit trail (ADR 0021):
///   keten audit export --bestuur &lt;onderwijsbestuurcode&gt; [--van &lt;moment&gt;] [--tot &lt;moment&gt;] [--uitvoer &lt;bestand.csv&gt;]
/// CSV as the beheerder's /api/toegang/audit.csv, on standard output or streamed into --uitvoer (for a long trail);
/// van inclusive, tot exclusive (ISO 8601, UTC without offset).
/// </summary>
public static class AuditCommando
{
    public const string Uitleg = """
          keten audit export --bestuur <onderwijsbestuurcode> [--van <moment>] [--tot <moment>] [--uitvoer <bestand.csv>] [--connection <connectionstring>]
        """;

    public static async Task<int> ExporteerAsync(IKetenStore store, IReadOnlyDictionary<string, string> waarden, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(waarden);
        if (waarden.GetValueOrDefault("bestuur") is not { Length: > 0 } bestuur)
        {
            await fout.WriteLineAsync("--bestuur <onderwijsbestuurcode> ontbreekt");
            return 2;
        }

        DateTimeOffset? van = null, tot = null;
        foreach (var (veld, zet) in new (string, Action<DateTimeOffset>)[] { ("van", m => van = m), ("tot", m => tot = m) })
        {
            if (waarden.GetValueOrDefault(veld) is not { } tekst)
            {
                continue;
            }

            if (!DateTimeOffset.TryParse(tekst, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            {
                await fout.WriteLineAsync($"--{veld} is een datum-tijd (ISO 8601), niet '{tekst}'");
                return 2;
            }

            zet(moment);
        }

        var rijen = store.AuditExportAsync(new Auditvraag(bestuur, van, tot), ct);
        if (waarden.GetValueOrDefault("uitvoer") is { } bestand)
        {
            await using var stroom = File.Create(bestand);
            await AuditInzage.SchrijfCsvAsync(rijen, stroom, ct);
            return 0;
        }

        using var buffer = new MemoryStream();
        await AuditInzage.SchrijfCsvAsync(rijen, buffer, ct);
        await uit.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return 0;
    }
}
