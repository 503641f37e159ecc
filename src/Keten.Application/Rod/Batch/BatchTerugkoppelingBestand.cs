using System.Globalization;
using CsvHelper;

namespace Keten.Application.Rod.Batch;

/// <summary>
/// The terugkoppeling file of a run, written answer by answer and flushed after each, so a run that is killed leaves
/// every answer it gave. Opened again, it is resumed: a half-written last line is cut off, the answers in it are counted
/// again, and the run continues after the last line answered (<see cref="HervatNa"/>), so that the finished file equals
/// the file of a run that was never interrupted.
/// </summary>
public sealed class BatchTerugkoppelingBestand : IAsyncDisposable
{
    private readonly BatchTerugkoppelingSchrijver schrijver;

    private BatchTerugkoppelingBestand(BatchTerugkoppelingSchrijver schrijver, long hervatNa, BatchTelling telling)
    {
        this.schrijver = schrijver;
        HervatNa = hervatNa;
        Telling = telling;
    }

    /// <summary>The line number of the last mutation already answered in the file; 0 for a new file.</summary>
    public long HervatNa { get; }

    /// <summary>Every answer in the file, those of an earlier run included.</summary>
    public BatchTelling Telling { get; }

    /// <param name="verwachtId">The bedrijfsdocument id this run gives the mutation on a line: the file's last answer must have it.</param>
    /// <exception cref="OngeldigBatchbestandException">The file is no terugkoppeling, or one of another batch file or sender.</exception>
    public static async Task<BatchTerugkoppelingBestand> OpenAsync(string pad, Func<long, string?> verwachtId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(verwachtId);
        var telling = new BatchTelling();
        long hervatNa = 0;
        var bestaat = File.Exists(pad) && KnipHalveRegelAf(pad) > 0;
        if (bestaat)
        {
            string? laatsteId = null;
            await foreach (var (regel, id) in LeesAsync(pad, telling, ct))
            {
                (hervatNa, laatsteId) = (regel, id);
            }

            if (hervatNa > 0 && laatsteId != (verwachtId(hervatNa) ?? ""))
            {
                throw new OngeldigBatchbestandException($"{pad}: deze terugkoppeling hoort bij een ander invoerbestand of een andere afzender");
            }
        }

        var stroom = new FileStream(pad, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous);
        return new BatchTerugkoppelingBestand(await BatchTerugkoppelingSchrijver.OpenAsync(stroom, metKop: !bestaat, leaveOpen: false, ct), hervatNa, telling);
    }

    public async Task SchrijfAsync(BatchResultaat resultaat, CancellationToken ct)
    {
        await schrijver.SchrijfAsync(resultaat, ct);
        Telling.Tel(resultaat);
    }

    public ValueTask DisposeAsync() => schrijver.DisposeAsync();

    private static async IAsyncEnumerable<(long Regel, string Id)> LeesAsync(string pad, BatchTelling telling,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var csv = CsvReader.Create(File.OpenRead(pad), CsvReaderOptions.Default with { Separator = ';' }, leaveOpen: false);
        await csv.ReadHeaderAsync(ct);
        if (!csv.Headers.SequenceEqual(BatchTerugkoppelingKolommen.Kop))
        {
            throw new OngeldigBatchbestandException($"{pad}: bestaat al en is geen terugkoppeling van keten rod batch");
        }

        while (await csv.ReadAsync(ct))
        {
            if (!long.TryParse(csv.GetString(BatchTerugkoppelingKolommen.Regel), NumberStyles.None, CultureInfo.InvariantCulture, out var regel))
            {
                throw new OngeldigBatchbestandException($"{pad}: bestaat al en is geen terugkoppeling van keten rod batch");
            }

            telling.Tel(csv.GetString(BatchTerugkoppelingKolommen.Goedgekeurd) == "J",
                csv.GetString(BatchTerugkoppelingKolommen.Codes).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            yield return (regel, csv.GetString(BatchTerugkoppelingKolommen.BedrijfsdocumentId));
        }
    }

    /// <summary>A run killed while writing may leave part of a line: everything after the last line end goes.</summary>
    /// <returns>The length that remains.</returns>
    private static long KnipHalveRegelAf(string pad)
    {
        using var bestand = new FileStream(pad, FileMode.Open, FileAccess.ReadWrite);
        var buffer = new byte[1 << 16];
        var einde = bestand.Length;
        while (einde > 0)
        {
            var begin = Math.Max(0, einde - buffer.Length);
            bestand.Position = begin;
            bestand.ReadExactly(buffer, 0, (int)(einde - begin));
            var laatste = buffer.AsSpan(0, (int)(einde - begin)).LastIndexOf((byte)'\n');
            if (laatste >= 0)
            {
                bestand.SetLength(begin + laatste + 1);
                return bestand.Length;
            }

            einde = begin;
        }

        bestand.SetLength(0);
        return 0;
    }
}
