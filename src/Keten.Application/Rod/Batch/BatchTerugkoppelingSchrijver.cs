using CsvHelper;

namespace Keten.Application.Rod.Batch;

/// <summary>
/// Writes terugkoppeling lines (<see cref="BatchTerugkoppelingKolommen"/>) to a stream, each flushed as it is written,
/// so that what a reader (a file on disk, an HTTP client) has is every answer given so far.
/// </summary>
public sealed class BatchTerugkoppelingSchrijver : IAsyncDisposable
{
    private static readonly CsvWriterOptions Opties = CsvWriterOptions.Default with { Separator = ';', NewLine = "\n", Injection = CsvInjection.Escape };

    private readonly CsvWriter csv;

    private BatchTerugkoppelingSchrijver(CsvWriter csv) => this.csv = csv;

    /// <param name="metKop">Whether the header comes first (not when an existing file is continued).</param>
    public static async Task<BatchTerugkoppelingSchrijver> OpenAsync(Stream doel, bool metKop, bool leaveOpen, CancellationToken ct)
    {
        var csv = CsvWriter.Create(doel, Opties, leaveOpen);
        if (metKop)
        {
            csv.WriteHeader([.. BatchTerugkoppelingKolommen.Kop]);
            await csv.FlushAsync(ct);
        }

        return new BatchTerugkoppelingSchrijver(csv);
    }

    public Task SchrijfAsync(BatchResultaat resultaat, CancellationToken ct) => SchrijfAsync(BatchTerugkoppelingKolommen.Van(resultaat), ct);

    /// <summary>A line answered and kept before (the portal's batch jobs store the columns of each answer).</summary>
    public async Task SchrijfAsync(IReadOnlyList<string> kolommen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kolommen);
        await csv.WriteRecordAsync([.. kolommen], ct);
        await csv.FlushAsync(ct);
    }

    public ValueTask DisposeAsync() => csv.DisposeAsync();
}
