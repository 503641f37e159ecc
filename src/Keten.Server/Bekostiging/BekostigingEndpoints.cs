using Keten.Application.Bekostiging;
using Keten.Domain.Bekostiging;
using Keten.Domain.Referentie;
using Keten.Server.Rio.Rest;
using Keten.Storage.Bekostiging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Keten.Server.Bekostiging;

/// <summary>
/// /api/bekostiging (docs/bekostiging-runs.md): funding runs for the caller's board. A school starts preliminary runs of
/// its own instellingen and reads its runs and the definitive ones, only for its own instellingen; a run it may not see
/// is 404 as one that does not exist. A definitive run is a DUO operator's (CLI), so here it is 403 BKR001. Persons'
/// numbers are only ever in bodies, never in a URL.
/// </summary>
public static class BekostigingEndpoints
{
    public static RouteGroupBuilder MapBekostiging(this RouteGroupBuilder bekostiging)
    {
        bekostiging.MapPost("/runs", StartAsync)
            .WithSummary("Start een voorlopige bekostigingsrun van de eigen instellingen (of één ervan) voor een sector en bekostigingsjaar, zoals bekend op bekendOp (zonder: nu)");
        bekostiging.MapGet("/runs", LijstAsync)
            .WithSummary("De afgeronde runs van het eigen onderwijsbestuur en de definitieve runs, nieuwste eerst, op ?sector en ?bekostigingsjaar");
        bekostiging.MapGet("/runs/{runId}/tbgi/{brin}", TbgiAsync)
            .WithSummary("De TBG-i van een eigen instelling uit een run, als JSON (de inhoud van DUO's Bekostigingsgrondslagen)");
        bekostiging.MapGet("/runs/{runId}/tbgi/{brin}/xml", TbgiXmlAsync)
            .WithSummary("De TBG-i van een eigen instelling uit een run in DUO's XML-indeling (PvE bijlage 8), onder DUO's bestandsnaam")
            .Produces(StatusCodes.Status200OK, contentType: "application/xml");
        bekostiging.MapGet("/runs/{runId}/totalen", TotalenAsync)
            .WithSummary("De totalen van een run over de eigen instellingen per instelling, teldatum, sector, leertraject en niveau");
        bekostiging.MapGet("/verschil", VerschilAsync)
            .WithSummary("Wat tussen twee runs (?voor, ?na) van één sector en bekostigingsjaar van bekostiging veranderde, per regel met de regel (redencode) aan beide kanten en de leveringen ertussen");
        return bekostiging;
    }

    private static async Task<Results<Ok<Bekostigingsrun>, ProblemHttpResult>> StartAsync(HttpRequest request, Bekostigingsruns runs, CancellationToken ct)
    {
        var (verzoek, fout) = await RestAntwoorden.LeesAsync<BekostigingsrunVerzoek>(request, ct);
        if (fout is not null)
        {
            return fout;
        }

        var (run, fouten) = await runs.StartAsync(verzoek!, RestAntwoorden.Afzender(request), ct);
        return run is not null ? TypedResults.Ok(run)
            : RestAntwoorden.Probleem(fouten, fouten[0].Foutcode == "BKR001" ? StatusCodes.Status403Forbidden : null);
    }

    private static async Task<Results<Ok<IReadOnlyList<Bekostigingsrun>>, ProblemHttpResult>> LijstAsync(string? sector, string? bekostigingsjaar,
        HttpRequest request, Bekostigingsruns runs, CancellationToken ct)
    {
        Sector? gekozen = null;
        if (!string.IsNullOrEmpty(sector))
        {
            if (!Enum.TryParse<Sector>(sector, out var s) || !Enum.IsDefined(s))
            {
                return RestAntwoorden.Ongeldig("sector", $"sector is MBO of VO, niet '{sector}'", "Het verzoek voldoet niet aan het contract");
            }

            gekozen = s;
        }

        int? jaar = null;
        if (!string.IsNullOrEmpty(bekostigingsjaar))
        {
            if (!int.TryParse(bekostigingsjaar, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var j))
            {
                return RestAntwoorden.Ongeldig("bekostigingsjaar", $"bekostigingsjaar is een jaartal, niet '{bekostigingsjaar}'", "Het verzoek voldoet niet aan het contract");
            }

            jaar = j;
        }

        return TypedResults.Ok(await runs.RunsAsync(gekozen, jaar, RestAntwoorden.Afzender(request), ct));
    }

    private static async Task<Results<Ok<Tbgi>, ProblemHttpResult>> TbgiAsync(long runId, string brin, HttpRequest request, Bekostigingsruns runs, CancellationToken ct) =>
        await runs.TbgiAsync(runId, brin, RestAntwoorden.Afzender(request), ct) is { } tbgi ? TypedResults.Ok(tbgi) : NietGevonden(runId);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> TbgiXmlAsync(long runId, string brin, HttpRequest request, Bekostigingsruns runs,
        CancellationToken ct) =>
        await runs.TbgiAsync(runId, brin, RestAntwoorden.Afzender(request), ct) is { } tbgi
            ? TypedResults.Stream(body => TbgiXmlSchrijver.SchrijfAsync(tbgi, body, request.HttpContext.RequestAborted), "application/xml; charset=utf-8", tbgi.Bestandsnaam)
            : NietGevonden(runId);

    private static async Task<Results<Ok<IReadOnlyList<Runtotaal>>, ProblemHttpResult>> TotalenAsync(long runId, HttpRequest request, Bekostigingsruns runs, CancellationToken ct) =>
        await runs.TotalenAsync(runId, RestAntwoorden.Afzender(request), ct) is { } totalen ? TypedResults.Ok(totalen) : NietGevonden(runId);

    private static async Task<Results<Ok<Runverschil>, ProblemHttpResult>> VerschilAsync(long voor, long na, HttpRequest request, Bekostigingsruns runs, CancellationToken ct)
    {
        var (verschil, fouten) = await runs.VerschilAsync(voor, na, RestAntwoorden.Afzender(request), ct);
        return verschil is not null ? TypedResults.Ok(verschil)
            : fouten.Count > 0 ? RestAntwoorden.Probleem(fouten)
            : RestAntwoorden.NietGevonden("runId", $"{voor} of {na}");
    }

    private static ProblemHttpResult NietGevonden(long runId) => RestAntwoorden.NietGevonden("runId", runId.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
