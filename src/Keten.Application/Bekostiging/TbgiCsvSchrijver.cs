using CsvHelper;
using Keten.Domain.Bekostiging;

namespace Keten.Application.Bekostiging;

/// <summary>
/// Writes a TBG-i as two CSV files for the command line: one line per enrolment per teldatum, and one per diploma
/// (<see cref="TbgiCsvKolommen"/>). `;`-separated, a header line, `\n`, UTF-8; a value holding `;` or a quote is quoted
/// (RFC 4180) and one starting with `=`, `+`, `-` or `@` escaped against spreadsheet formulas.
/// </summary>
public static class TbgiCsvSchrijver
{
    private static readonly CsvWriterOptions Opties = CsvWriterOptions.Default with { Separator = ';', NewLine = "\n", Injection = CsvInjection.Escape };

    public static async Task SchrijfInschrijvingenAsync(Tbgi tbgi, Stream doel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tbgi);
        await using var csv = CsvWriter.Create(doel, Opties, leaveOpen: true);
        csv.WriteHeader([.. TbgiCsvKolommen.Inschrijvingkop]);
        foreach (var regel in tbgi.Inschrijvingen.SelectMany(TbgiCsvKolommen.Van))
        {
            await csv.WriteRecordAsync(regel, ct);
        }

        await csv.FlushAsync(ct);
    }

    public static async Task SchrijfDiplomasAsync(Tbgi tbgi, Stream doel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tbgi);
        await using var csv = CsvWriter.Create(doel, Opties, leaveOpen: true);
        csv.WriteHeader([.. TbgiCsvKolommen.Diplomakop]);
        foreach (var diploma in tbgi.Diplomas)
        {
            await csv.WriteRecordAsync(TbgiCsvKolommen.Van(diploma), ct);
        }

        await csv.FlushAsync(ct);
    }
}
