using System.Text;
using Keten.Application.Rio;
using Keten.Application.Rod.Registratieoverzicht;
using Keten.Server.Rio.Rest;
using Keten.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Server.Rod.Rest;

/// <summary>
/// GET /api/rod/registratieoverzicht?brin=&amp;van=&amp;tot=[&amp;bekendOp=]: the instelling's RO in DUO's layout, streamed as
/// text/csv under DUO's file name, only for an instelling of the sender's own board (another board's BRIN is 404, as
/// for an enrolment); a wrong parameter is 400 KTN400 naming it.
/// </summary>
public static class RegistratieoverzichtEndpoint
{
    private static readonly UTF8Encoding Utf8ZonderBom = new(encoderShouldEmitUTF8Identifier: false);

    public static RouteGroupBuilder MapRegistratieoverzicht(this RouteGroupBuilder rod)
    {
        rod.MapGet("/registratieoverzicht", Lees)
            .WithSummary("Het registratieoverzicht (RO) van een eigen instelling over een selectieperiode, in DUO's indeling (PvE bijlage 7), zoals bekend op ?bekendOp")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return rod;
    }

    private static Results<PushStreamHttpResult, ProblemHttpResult> Lees(string? brin, string? van, string? tot, string? bekendOp,
        HttpRequest request, IKetenStore store, ReferentiedataBron referentie, TimeProvider tijd)
    {
        var (moment, fout) = RestAntwoorden.Moment("bekendOp", bekendOp);
        if (fout is not null)
        {
            return fout;
        }

        var (verzoek, ongeldig) = RegistratieoverzichtVerzoek.Lees(brin, van, tot, moment);
        if (ongeldig is { } o)
        {
            return RestAntwoorden.Ongeldig(o.Veld, o.Melding, "Het verzoek voldoet niet aan het contract");
        }

        var bestuur = RestAntwoorden.Afzender(request).Onderwijsbestuurcode;
        if (bestuur is null || !referentie.Huidig.HoortBijBestuur(verzoek!.Brin, bestuur))
        {
            return RestAntwoorden.NietGevonden("brin", verzoek!.Brin);
        }

        var aanmaakdatum = tijd.Vandaag();
        return TypedResults.Stream(body => SchrijfAsync(body, verzoek, store, aanmaakdatum, request.HttpContext.RequestAborted),
            "text/csv; charset=utf-8", verzoek.Bestandsnaam);
    }

    /// <summary>The RO of an instelling the caller checked is of the sender's board, streamed in DUO's layout (also the portal's download).</summary>
    public static async Task SchrijfAsync(Stream body, RegistratieoverzichtVerzoek verzoek, IKetenStore store, DateOnly aanmaakdatum, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(verzoek);
        ArgumentNullException.ThrowIfNull(store);
        await using var csv = new StreamWriter(body, Utf8ZonderBom, leaveOpen: true);
        await RegistratieoverzichtSchrijver.SchrijfAsync(csv, verzoek, aanmaakdatum,
            store.RegistratieoverzichtAsync(verzoek.Brin, verzoek.Van, verzoek.Tot, verzoek.BekendOp, ct), ct);
    }
}
