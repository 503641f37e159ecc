using System.Globalization;
using CsvHelper;

namespace Keten.Application.Bekostiging;

/// <summary>
/// A diff between two runs as CSV for the CLI: a header line, one line per line that moved, ';'-separated like the
/// TBG-i CSV, \n, RFC 4180 quoting; the deliveries in one cell, oldest first, as "moment bedrijfsdocument brin/volgnummer".
/// </summary>
public static class RunverschilCsv
{
    private static readonly CsvWriterOptions CsvOpties = CsvWriterOptions.Default with { Separator = ';', NewLine = "\n", Injection = CsvInjection.Escape };

    private static readonly string[] Kolommen =
    [
        "Brin", "Persoonsnummersoort", "Persoonsnummer", "Inschrijvingvolgnummer", "Soort", "Teldatum", "Resultaatvolgnummer",
        "BekostigingsstatusVoor", "RedencodeVoor", "BekostigingsstatusNa", "RedencodeNa", "Leveringen",
    ];

    public static async Task SchrijfAsync(Runverschil verschil, Stream uit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(verschil);
        await using var csv = CsvWriter.Create(uit, CsvOpties, leaveOpen: true);
        csv.WriteHeader(Kolommen);
        foreach (var v in verschil.Verschillen)
        {
            await csv.WriteRecordAsync(
            [
                v.Brin, v.Persoon.Soort.ToString(), v.Persoon.Waarde, v.Inschrijvingvolgnummer, v.Soort.ToString(),
                v.Teldatum?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", v.Resultaatvolgnummer ?? "",
                Status(v.Voor), v.Voor?.Redencode ?? "", Status(v.Na), v.Na?.Redencode ?? "",
                string.Join(" | ", v.Leveringen.Select(l => $"{l.GeregistreerdVan.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture)} "
                    + $"{l.BedrijfsdocumentId ?? "-"} {l.Brin}/{l.Inschrijvingvolgnummer}{(l.Verwijderd ? " verwijderd" : "")}")),
            ], ct);
        }

        await csv.FlushAsync(ct);
    }

    private static string Status(Regelstand? stand) => stand is null ? "" : stand.Bekostigingsstatus ? "true" : "false";
}
