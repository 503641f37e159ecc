using Keten.Application.Toegang;
using Keten.Server.Rio.Rest;
using Keten.Storage;
using Keten.Storage.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Keten.Server.Toegang;

/// <summary>
/// The audit trail for a board's beheerder (ADR 0021): GET /api/toegang/audit?van=&amp;tot=&amp;pagina= (JSON, 100 rows a
/// page, oldest first) and GET /api/toegang/audit.csv (the same rows, all of them, as CSV). van and tot are moments
/// (ISO 8601; without offset UTC), van inclusive, tot exclusive. Refusals as the other /api/toegang endpoints: TGA001
/// (401), TGA002 (403, not a beheerder of the own board); a malformed van, tot or pagina KTN400 (400).
/// </summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder toegang)
    {
        toegang.MapGet("/audit", PaginaAsync)
            .WithSummary("Beheerder: het auditspoor van het eigen onderwijsbestuur (wie, wanneer, wat, via welke deur), per pagina");
        toegang.MapGet("/audit.csv", ExporteerAsync)
            .WithSummary("Beheerder: het auditspoor van het eigen onderwijsbestuur als CSV");
        return toegang;
    }

    private static async Task<Results<Ok<Pagina<Auditrij>>, ProblemHttpResult>> PaginaAsync(string? van, string? tot, string? pagina,
        IHuidigeMedewerker huidig, AuditInzage inzage, CancellationToken ct)
    {
        var (vanaf, tot_, fout) = Periode(van, tot);
        var (nummer, paginaFout) = RestAntwoorden.Pagina(pagina);
        if ((fout ?? paginaFout) is { } ongeldig)
        {
            return ongeldig;
        }

        var uitkomst = await inzage.PaginaAsync(huidig.Aanmelding, vanaf, tot_, nummer, ct);
        return uitkomst.Fout is { } weigering ? MedewerkerEndpoints.Probleem(weigering) : TypedResults.Ok(uitkomst.Waarde!);
    }

    private static async Task<IResult> ExporteerAsync(string? van, string? tot, IHuidigeMedewerker huidig, AuditInzage inzage, CancellationToken ct)
    {
        var (vanaf, tot_, fout) = Periode(van, tot);
        if (fout is not null)
        {
            return fout;
        }

        var uitkomst = await inzage.ExportAsync(huidig.Aanmelding, vanaf, tot_, ct);
        return uitkomst.Waarde is { } rijen
            ? TypedResults.Stream(uit => AuditInzage.SchrijfCsvAsync(rijen, uit, ct), "text/csv; charset=utf-8", "audit.csv")
            : MedewerkerEndpoints.Probleem(uitkomst.Fout!);
    }

    private static (DateTimeOffset? Van, DateTimeOffset? Tot, ProblemHttpResult? Fout) Periode(string? van, string? tot)
    {
        var (vanaf, vanFout) = RestAntwoorden.Moment("van", van);
        var (totaan, totFout) = RestAntwoorden.Moment("tot", tot);
        return (vanaf, totaan, vanFout ?? totFout);
    }
}
