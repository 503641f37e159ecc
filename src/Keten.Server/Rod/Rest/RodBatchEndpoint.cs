using Keten.Application.Rio.Handlers;
using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Application.Rod.Batch;
using Keten.Domain.Rio;
using Keten.Server.Rio.Rest;
using Microsoft.AspNetCore.Http.Features;

namespace Keten.Server.Rod.Rest;

/// <summary>
/// POST /api/rod/batches: a batch file (CSV, docs/rod-batch.md) as the body, its terugkoppeling (CSV, a line per mutation)
/// streamed back as the mutations are answered. Both are streamed, so the body has no size limit. With a
/// Keten-Bedrijfsdocument-Id the batch has an identity: the same upload again gets every mutation's recorded answer
/// (after a broken connection, send it again).
/// </summary>
public static class RodBatchEndpoint
{
    public const string Pad = "/api/rod/batches";

    public static RouteGroupBuilder MapRodBatches(this RouteGroupBuilder rod)
    {
        rod.MapPost("/batches", VerwerkAsync)
            .Accepts<string>("text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Batchbestand (CSV): per mutatie een regel terugkoppeling (CSV), gestreamd terwijl de mutaties verwerkt worden");
        return rod;
    }

    private static async Task<IResult> VerwerkAsync(HttpContext context, InschrijvingHandler handler, ReferentiedataBron referentie, CancellationToken ct)
    {
        if (RestAntwoorden.OngeldigBedrijfsdocumentId(context.Request) is { } ongeldig)
        {
            return ongeldig;
        }

        var afzender = RestAntwoorden.Afzender(context.Request) with { Deur = Deur.Batch };
        if (afzender.Onderwijsbestuurcode is null)
        {
            return RestAntwoorden.Probleem([Foutcodes.AUT401("oin", afzender.Oin)]);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrel)
        {
            kestrel.MaxRequestBodySize = null;
        }

        await using var mutaties = BatchLezer.LeesAsync(context.Request.Body, ct).GetAsyncEnumerator(ct);
        bool eerste;
        try
        {
            eerste = await mutaties.MoveNextAsync();
        }
        catch (OngeldigBatchbestandException e)
        {
            return RestAntwoorden.Ongeldig("kopregel", e.Message, "Het batchbestand voldoet niet aan het formaat");
        }

        var identiteit = RestAntwoorden.BedrijfsdocumentId(context.Request) is { } id ? new BatchIdentiteit(id) : null;
        context.Response.ContentType = "text/csv; charset=utf-8";
        await using var schrijver = await BatchTerugkoppelingSchrijver.OpenAsync(context.Response.Body, metKop: true, leaveOpen: true, ct);
        await foreach (var resultaat in new BatchVerwerking(handler).VerwerkAsync(Verder(mutaties, eerste), afzender, identiteit, BatchVerwerking.StandaardGelijktijdig, ct))
        {
            await schrijver.SchrijfAsync(resultaat, ct);
        }

        return TypedResults.Empty;
    }

    /// <summary>The mutations from the one already read on.</summary>
    private static async IAsyncEnumerable<BatchMutatie> Verder(IAsyncEnumerator<BatchMutatie> mutaties, bool eerste)
    {
        for (var er = eerste; er; er = await mutaties.MoveNextAsync())
        {
            yield return mutaties.Current;
        }
    }
}
