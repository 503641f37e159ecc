using System.Runtime.CompilerServices;
using CsvHelper;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;

namespace Keten.Application.Rod.Batch;

/// <summary>
/// Streams the mutations of a batch file (CSV, `;`, UTF-8, a header row; docs/rod-batch.md): one at a time, never the
/// whole file, so memory stays bounded whatever the file's size (a line at most <see cref="MaxRegelBytes"/>, a mutation
/// at most <see cref="BatchGroep.MaxRegels"/> lines). A line that cannot be read is reported in the mutation it stands
/// in, which is then refused; the mutations around it are read as usual.
/// </summary>
public static class BatchLezer
{
    public const int MaxRegelBytes = 64 * 1024;

    /// <exception cref="OngeldigBatchbestandException">The header is missing, names a column Keten does not know, or lacks a required one.</exception>
    public static async IAsyncEnumerable<BatchMutatie> LeesAsync(Stream invoer, [EnumeratorCancellation] CancellationToken ct)
    {
        var onleesbaar = new Queue<CsvMalformedRecord>();
        var opties = CsvReaderOptions.Default with
        {
            Separator = ';',
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = false,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = onleesbaar.Enqueue,
            MaxRecordSize = MaxRegelBytes,
            IncludeValuesInExceptions = false,
            DetectSeparatorHint = false,
        };
        await using var csv = CsvReader.Create(invoer, opties, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        var kolommen = Kolommen(csv.Headers);

        BatchGroep? open = null;
        while (await csv.ReadAsync(ct))
        {
            foreach (var los in Onleesbaar(onleesbaar, open))
            {
                yield return los;
            }

            var regel = Regel(csv, kolommen);
            if (regel is null)
            {
                continue;
            }

            if (regel.Recordsoort == "ISG")
            {
                if (open is not null)
                {
                    yield return open.Bouw();
                }

                open = new BatchGroep(regel);
                MeldVeldental(csv, kolommen, regel, open);
            }
            else if (regel.Recordsoort is not ("ISP" or "BPV" or "DIP"))
            {
                var fout = Foutcodes.KTN400(BatchKolommen.Recordsoort, $"regel {regel.Nummer}: " + (regel.Recordsoort is null
                    ? "is verplicht" : $"'{regel.Recordsoort}' is geen recordsoort (ISG, ISP, BPV of DIP)"));
                if (open is null)
                {
                    yield return BatchMutatie.Onleesbaar(regel.Nummer, fout);
                }
                else
                {
                    open.Onleesbaar(regel.Nummer, fout);
                }
            }
            else if (open is null)
            {
                yield return BatchMutatie.Onleesbaar(regel.Nummer,
                    Foutcodes.KTN400(BatchKolommen.Recordsoort, $"regel {regel.Nummer}: een {regel.Recordsoort}-regel volgt de ISG-regel van zijn inschrijving"));
            }
            else
            {
                open.Voeg(regel);
                MeldVeldental(csv, kolommen, regel, open);
            }
        }

        foreach (var los in Onleesbaar(onleesbaar, open))
        {
            yield return los;
        }

        if (open is not null)
        {
            yield return open.Bouw();
        }
    }

    /// <summary>Lines skipped for their quoting: part of the open mutation, or on their own before the first ISG line.</summary>
    private static IEnumerable<BatchMutatie> Onleesbaar(Queue<CsvMalformedRecord> onleesbaar, BatchGroep? open)
    {
        while (onleesbaar.TryDequeue(out var regel))
        {
            var fout = Foutcodes.KTN400("regel", $"regel {regel.LineNumber}: geen geldige CSV-regel ({regel.Reason})");
            if (open is null)
            {
                yield return BatchMutatie.Onleesbaar(regel.LineNumber, fout);
            }
            else
            {
                open.Onleesbaar(regel.LineNumber, fout);
            }
        }
    }

    /// <summary>
    /// A line with more or fewer fields than the header has columns refuses its mutation: its values cannot be trusted to
    /// stand in their columns (an unquoted <c>;</c> in a value shifts every field after it).
    /// </summary>
    private static void MeldVeldental(CsvReader csv, IReadOnlyList<(int Index, string Kolom)> kolommen, BatchRegel regel, BatchGroep groep)
    {
        if (csv.FieldCount != kolommen.Count)
        {
            groep.Onleesbaar(regel.Nummer, Foutcodes.KTN400("regel",
                $"regel {regel.Nummer}: {csv.FieldCount} velden, de kopregel heeft {kolommen.Count} kolommen (een ; in een waarde hoort tussen aanhalingstekens)"));
        }
    }

    /// <summary>The line's non-empty values by column; null for a line whose fields are all empty (as spreadsheets write them).</summary>
    private static BatchRegel? Regel(CsvReader csv, IReadOnlyList<(int Index, string Kolom)> kolommen)
    {
        var waarden = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (index, kolom) in kolommen)
        {
            if (index < csv.FieldCount && csv.GetString(index) is { Length: > 0 } waarde)
            {
                waarden[kolom] = waarde;
            }
        }

        return waarden.Count == 0 ? null : new BatchRegel(csv.LineNumber, waarden);
    }

    private static List<(int Index, string Kolom)> Kolommen(IReadOnlyList<string> kop)
    {
        var gevonden = new List<(int, string)>();
        for (var i = 0; i < kop.Count; i++)
        {
            var kolom = BatchKolommen.Alle.FirstOrDefault(k => string.Equals(k, kop[i].Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new OngeldigBatchbestandException($"kopregel: kolom '{kop[i]}' is onbekend; de kolommen zijn {string.Join(";", BatchKolommen.Alle)}");
            if (gevonden.Any(g => g.Item2 == kolom))
            {
                throw new OngeldigBatchbestandException($"kopregel: kolom '{kolom}' staat er twee keer in");
            }

            gevonden.Add((i, kolom));
        }

        var ontbreekt = BatchKolommen.Verplicht.Where(v => gevonden.All(g => g.Item2 != v)).ToList();
        return ontbreekt.Count == 0
            ? gevonden
            : throw new OngeldigBatchbestandException($"kopregel: de kolom(men) {string.Join(", ", ontbreekt)} ontbreken (scheidingsteken ';')");
    }
}
