using System.Globalization;
using CsvHelper;
using Keten.Domain.Toegang;
using Keten.Storage;
using Keten.Storage.Audit;

namespace Keten.Application.Toegang;

/// <summary>
/// The audit trail (ADR 0021) as a board's beheerder reads it: only the own board's rows, by page or as CSV. The DUO
/// operator's CLI exports any board's with <see cref="SchrijfCsvAsync"/>.
/// </summary>
public sealed class AuditInzage(IKetenStore store, HuidigeMedewerkerBepaling bepaling)
{
    public const int Paginagrootte = 100;

    /// <summary>RFC 4180: comma-separated, CRLF line ends, quotes where needed; a cell a spreadsheet would run as a formula escaped.</summary>
    private static readonly CsvWriterOptions CsvOpties = CsvWriterOptions.Default with { Separator = ',', NewLine = "\r\n", Injection = CsvInjection.Escape };

    private static readonly string[] Kolommen =
    [
        "id", "moment", "onderwijsbestuurcode", "deur", "handelendeSoort", "handelendeKenmerk", "operatie", "objectSoort", "objectSleutel", "brin",
        "detail", "aantal", "identificatiecodeBedrijfsdocument", "uitkomst",
    ];

    public async Task<Toegangsuitkomst<Pagina<Auditrij>>> PaginaAsync(Aanmelding? aanmelding, DateTimeOffset? van, DateTimeOffset? tot, int pagina, CancellationToken ct)
    {
        var beheerder = await bepaling.BeheerderAsync(aanmelding, ct);
        return beheerder.Waarde is { } b
            ? await store.AuditAsync(new Auditvraag(b.Onderwijsbestuurcode, van, tot), pagina, Paginagrootte, ct)
            : beheerder.Fout!;
    }

    /// <summary>All the own board's rows of the period, to be streamed (<see cref="SchrijfCsvAsync"/>), or the refusal.</summary>
    public async Task<Toegangsuitkomst<IAsyncEnumerable<Auditrij>>> ExportAsync(Aanmelding? aanmelding, DateTimeOffset? van, DateTimeOffset? tot, CancellationToken ct)
    {
        var beheerder = await bepaling.BeheerderAsync(aanmelding, ct);
        return beheerder.Waarde is { } b
            ? new Toegangsuitkomst<IAsyncEnumerable<Auditrij>>(store.AuditExportAsync(new Auditvraag(b.Onderwijsbestuurcode, van, tot), ct), null)
            : beheerder.Fout!;
    }

    /// <summary>Audit rows as CSV with a header line (the beheerder's export and the operator's CLI).</summary>
    public static async Task SchrijfCsvAsync(IAsyncEnumerable<Auditrij> rijen, Stream uit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rijen);
        await using var csv = CsvWriter.Create(uit, CsvOpties, leaveOpen: true);
        csv.WriteHeader(Kolommen);
        await foreach (var r in rijen.WithCancellation(ct))
        {
            await csv.WriteRecordAsync(
            [
                r.Id.ToString(CultureInfo.InvariantCulture), r.Moment.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
                r.Onderwijsbestuurcode ?? "", r.Deur, r.HandelendeSoort, r.HandelendeKenmerk, r.Operatie, r.ObjectSoort, r.ObjectSleutel ?? "", r.Brin ?? "",
                r.Detail ?? "", r.Aantal.ToString(CultureInfo.InvariantCulture), r.IdentificatiecodeBedrijfsdocument ?? "", r.Uitkomst,
            ], ct);
        }

        await csv.FlushAsync(ct);
    }
}
