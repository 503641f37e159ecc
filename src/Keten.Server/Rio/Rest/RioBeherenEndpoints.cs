using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rio.Proefdraai;
using Keten.Contract.Soap;
using Keten.Domain.Rio;
using Keten.Domain.Toegang;
using Keten.Server.Soap;
using Keten.Server.Toegang;
using Keten.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Keten.Server.Rio.Rest;

/// <summary>
/// The aanleveren_/verwijderen_ operations of RIO Beheren V4 as JSON, served by the same handlers as SOAP.
/// Every operation takes <c>?dryRun=true</c>: all rules and the full answer plus a field-by-field diff, no effect.
/// </summary>
public static class RioBeherenEndpoints
{
    private const string ProefdraaiUitleg = " Met ?dryRun=true: alle controles en het volledige antwoord met de verschillen per veld, zonder effect.";

    public static RouteGroupBuilder MapRioBeheren(this RouteGroupBuilder api)
    {
        var rio = api.MapGroup("").VoorAanroeper(Functie.RioBeheren);
        rio.MapPost("/onderwijsaanbieders", (string? dryRun, HttpRequest r, OnderwijsaanbiederHandler h, CancellationToken ct) =>
            Aanleveren<Onderwijsaanbieder>(r, dryRun, (o, a, id, p) => h.AanleverenAsync(o, a, id, ct, p), ct))
            .WithSummary("aanleveren_onderwijsaanbieder: een nieuwe (zonder code) of bestaande onderwijsaanbieder, als volledige stand").WithDescription(ProefdraaiUitleg);
        rio.MapDelete("/onderwijsaanbieders/{code}", (string code, string? dryRun, HttpRequest r, OnderwijsaanbiederHandler h) =>
            Verwijderen(r, dryRun, (a, id, p, ct) => h.VerwijderenAsync(code, a, id, ct, p)))
            .WithSummary("verwijderen_onderwijsaanbieder").WithDescription(ProefdraaiUitleg);

        rio.MapPost("/onderwijslocatiegebruiken", (string? dryRun, HttpRequest r, OnderwijslocatiegebruikHandler h, CancellationToken ct) =>
            Aanleveren<Onderwijslocatiegebruik>(r, dryRun, (o, a, id, p) => h.AanleverenAsync(o, a, id, ct, p), ct))
            .WithSummary("aanleveren_onderwijslocatiegebruik").WithDescription(ProefdraaiUitleg);
        rio.MapDelete("/onderwijsbesturen/{bestuur}/onderwijslocatiegebruiken/{locatie}", (string bestuur, string locatie, string? dryRun, HttpRequest r, OnderwijslocatiegebruikHandler h) =>
            Verwijderen(r, dryRun, (a, id, p, ct) => h.VerwijderenAsync(bestuur, locatie, a, id, ct, p)))
            .WithSummary("verwijderen_onderwijslocatiegebruik").WithDescription(ProefdraaiUitleg);

        rio.MapPost("/opleidingseenheden", (string? dryRun, HttpRequest r, OpleidingseenheidHandler h, CancellationToken ct) =>
            Aanleveren<Opleidingseenheid>(r, dryRun, (o, a, id, p) => h.AanleverenAsync(o, a, id, ct, p), ct))
            .WithSummary("aanleveren_opleidingseenheid (particuliere opleiding)").WithDescription(ProefdraaiUitleg);
        rio.MapDelete("/opleidingseenheden/{code}", (string code, string? dryRun, HttpRequest r, OpleidingseenheidHandler h) =>
            Verwijderen(r, dryRun, (a, id, p, ct) => h.VerwijderenAsync(code, a, id, ct, p)))
            .WithSummary("verwijderen_opleidingseenheid").WithDescription(ProefdraaiUitleg);

        rio.MapPost("/opleidingsrelaties", (string? dryRun, HttpRequest r, OpleidingseenheidHandler h, CancellationToken ct) =>
            Aanleveren<Opleidingsrelatie>(r, dryRun, (o, a, id, p) => h.AanleverenRelatieAsync(o, a, id, ct, p), ct))
            .WithSummary("aanleveren_opleidingsrelatie").WithDescription(ProefdraaiUitleg);
        rio.MapDelete("/opleidingsrelaties/{code1}/{code2}/{begindatum}", (string code1, string code2, DateOnly begindatum, string? dryRun, HttpRequest r, OpleidingseenheidHandler h) =>
            Verwijderen(r, dryRun, (a, id, p, ct) => h.VerwijderenRelatieAsync(code1, code2, begindatum, a, id, ct, p)))
            .WithSummary("verwijderen_opleidingsrelatie").WithDescription(ProefdraaiUitleg);

        rio.MapPost("/aangeboden-opleidingen", (string? dryRun, HttpRequest r, AangebodenOpleidingHandler h, CancellationToken ct) =>
            Aanleveren<AangebodenOpleiding>(r, dryRun, (o, a, id, p) => h.AanleverenAsync(o, a, id, ct, p), ct))
            .WithSummary("aanleveren_aangebodenOpleiding (MBO of VO), als volledige stand: weggelaten cohorten worden verwijderd").WithDescription(ProefdraaiUitleg);
        rio.MapDelete("/aangeboden-opleidingen/{code:guid}", (Guid code, string? dryRun, HttpRequest r, AangebodenOpleidingHandler h) =>
            Verwijderen(r, dryRun, (a, id, p, ct) => h.VerwijderenAsync(code, a, id, ct, p)))
            .WithSummary("verwijderen_aangebodenOpleiding").WithDescription(ProefdraaiUitleg);
        return api;
    }

    private static async Task<Results<Ok<Terugkoppeling>, Ok<Proefdraaiantwoord>, ProblemHttpResult>> Aanleveren<T>(
        HttpRequest request, string? dryRun, Func<T, Afzender, string?, bool, Task<VerwerkResultaat>> handler, CancellationToken ct)
        where T : class
    {
        if (Ongeldig(request, dryRun, out var proefdraai) is { } ongeldig)
        {
            return ongeldig;
        }

        var (waarde, fout) = await RestAntwoorden.LeesAsync<T>(request, ct);
        fout ??= RestXsdControle.Controleer(request.HttpContext.RequestServices.GetRequiredService<SoapContracten>(), waarde!);
        return fout is not null ? fout : await VerwerkAsync(request, proefdraai, (a, id) => handler(waarde!, a, id, proefdraai));
    }

    private static async Task<Results<Ok<Terugkoppeling>, Ok<Proefdraaiantwoord>, ProblemHttpResult>> Verwijderen(
        HttpRequest request, string? dryRun, Func<Afzender, string?, bool, CancellationToken, Task<VerwerkResultaat>> handler) =>
        Ongeldig(request, dryRun, out var proefdraai) is { } ongeldig
            ? ongeldig
            : await VerwerkAsync(request, proefdraai, (a, id) => handler(a, id, proefdraai, request.HttpContext.RequestAborted));

    private static ProblemHttpResult? Ongeldig(HttpRequest request, string? dryRun, out bool proefdraai)
    {
        var (waarde, fout) = RestAntwoorden.Proefdraai(dryRun);
        proefdraai = waarde;
        return fout ?? RestAntwoorden.OngeldigBedrijfsdocumentId(request);
    }

    /// <summary>The handler's answer (with its diff in a dry run), or the refusal of a reused bedrijfsdocument id (409) or a busy store (503).</summary>
    private static async Task<Results<Ok<Terugkoppeling>, Ok<Proefdraaiantwoord>, ProblemHttpResult>> VerwerkAsync(
        HttpRequest request, bool proefdraai, Func<Afzender, string?, Task<VerwerkResultaat>> handler)
    {
        var (resultaat, fout) = await RestAntwoorden.SchrijfAsync(request.HttpContext.Response,
            () => handler(RestAntwoorden.Afzender(request), RestAntwoorden.BedrijfsdocumentId(request)));
        if (fout is not null)
        {
            return fout;
        }

        if (!resultaat!.Antwoord.RequestGoedgekeurd)
        {
            return RestAntwoorden.Probleem(resultaat.Antwoord.Foutmeldingen);
        }

        return proefdraai ? TypedResults.Ok(Proefdraaiantwoord.Van(resultaat)) : TypedResults.Ok(resultaat.Antwoord);
    }
}
