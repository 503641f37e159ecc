using Keten.Application.Rio;
using Keten.Domain.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Keten.Server.Rio.Rest;

/// <summary>The aanleveren_/verwijderen_ operations of RIO Beheren V4 as JSON, served by the same handlers as SOAP.</summary>
public static class RioBeherenEndpoints
{
    public static RouteGroupBuilder MapRioBeheren(this RouteGroupBuilder rio)
    {
        rio.MapPost("/onderwijsaanbieders", (HttpRequest r, OnderwijsaanbiederHandler h, ReferentiedataBron b, CancellationToken ct) =>
            Aanleveren<Onderwijsaanbieder>(r, b, (o, a, id) => h.AanleverenAsync(o, a, id, ct), ct))
            .WithSummary("aanleveren_onderwijsaanbieder: een nieuwe (zonder code) of bestaande onderwijsaanbieder, als volledige stand");
        rio.MapDelete("/onderwijsaanbieders/{code}", (string code, HttpRequest r, OnderwijsaanbiederHandler h, ReferentiedataBron b, CancellationToken ct) =>
            Verwijderen(r, b, (a, id) => h.VerwijderenAsync(code, a, id, ct)))
            .WithSummary("verwijderen_onderwijsaanbieder");

        rio.MapPost("/onderwijslocatiegebruiken", (HttpRequest r, OnderwijslocatiegebruikHandler h, ReferentiedataBron b, CancellationToken ct) =>
            Aanleveren<Onderwijslocatiegebruik>(r, b, (o, a, id) => h.AanleverenAsync(o, a, id, ct), ct))
            .WithSummary("aanleveren_onderwijslocatiegebruik");
        rio.MapDelete("/onderwijsbesturen/{bestuur}/onderwijslocatiegebruiken/{locatie}", (string bestuur, string locatie, HttpRequest r, OnderwijslocatiegebruikHandler h, ReferentiedataBron b, CancellationToken ct) =>
            Verwijderen(r, b, (a, id) => h.VerwijderenAsync(bestuur, locatie, a, id, ct)))
            .WithSummary("verwijderen_onderwijslocatiegebruik");

        rio.MapPost("/opleidingseenheden", (HttpRequest r, OpleidingseenheidHandler h, ReferentiedataBron b, CancellationToken ct) =>
            Aanleveren<Opleidingseenheid>(r, b, (o, a, id) => h.AanleverenAsync(o, a, id, ct), ct))
            .WithSummary("aanleveren_opleidingseenheid (particuliere opleiding)");
        rio.MapDelete("/opleidingseenheden/{code}", (string code, HttpRequest r, OpleidingseenheidHandler h, ReferentiedataBron b, CancellationToken ct) =>
            Verwijderen(r, b, (a, id) => h.VerwijderenAsync(code, a, id, ct)))
            .WithSummary("verwijderen_opleidingseenheid");

        rio.MapPost("/opleidingsrelaties", (HttpRequest r, OpleidingseenheidHandler h, ReferentiedataBron b, CancellationToken ct) =>
            Aanleveren<Opleidingsrelatie>(r, b, (o, a, id) => h.AanleverenRelatieAsync(o, a, id, ct), ct))
            .WithSummary("aanleveren_opleidingsrelatie");
        rio.MapDelete("/opleidingsrelaties/{code1}/{code2}/{begindatum}", (string code1, string code2, DateOnly begindatum, HttpRequest r, OpleidingseenheidHandler h, ReferentiedataBron b, CancellationToken ct) =>
            Verwijderen(r, b, (a, id) => h.VerwijderenRelatieAsync(code1, code2, begindatum, a, id, ct)))
            .WithSummary("verwijderen_opleidingsrelatie");

        rio.MapPost("/aangeboden-opleidingen", (HttpRequest r, AangebodenOpleidingHandler h, ReferentiedataBron b, CancellationToken ct) =>
            Aanleveren<AangebodenOpleiding>(r, b, (o, a, id) => h.AanleverenAsync(o, a, id, ct), ct))
            .WithSummary("aanleveren_aangebodenOpleiding (MBO of VO), als volledige stand: weggelaten cohorten worden verwijderd");
        rio.MapDelete("/aangeboden-opleidingen/{code:guid}", (Guid code, HttpRequest r, AangebodenOpleidingHandler h, ReferentiedataBron b, CancellationToken ct) =>
            Verwijderen(r, b, (a, id) => h.VerwijderenAsync(code, a, id, ct)))
            .WithSummary("verwijderen_aangebodenOpleiding");
        return rio;
    }

    private static async Task<Results<Ok<Terugkoppeling>, ProblemHttpResult>> Aanleveren<T>(
        HttpRequest request, ReferentiedataBron referentie, Func<T, Afzender, string?, Task<VerwerkResultaat>> handler, CancellationToken ct)
        where T : class
    {
        if (RestAntwoorden.OngeldigBedrijfsdocumentId(request) is { } ongeldig)
        {
            return ongeldig;
        }

        var (waarde, fout) = await RestAntwoorden.LeesAsync<T>(request, ct);
        return fout ?? await VerwerkAsync(request, referentie, (a, id) => handler(waarde!, a, id));
    }

    private static async Task<Results<Ok<Terugkoppeling>, ProblemHttpResult>> Verwijderen(
        HttpRequest request, ReferentiedataBron referentie, Func<Afzender, string?, Task<VerwerkResultaat>> handler) =>
        RestAntwoorden.OngeldigBedrijfsdocumentId(request) is { } ongeldig ? ongeldig : await VerwerkAsync(request, referentie, handler);

    /// <summary>The handler's answer, or the refusal of a reused bedrijfsdocument id (409) or a busy store (503).</summary>
    private static async Task<Results<Ok<Terugkoppeling>, ProblemHttpResult>> VerwerkAsync(
        HttpRequest request, ReferentiedataBron referentie, Func<Afzender, string?, Task<VerwerkResultaat>> handler)
    {
        try
        {
            return RestAntwoorden.Van((await handler(RestAntwoorden.Afzender(request, referentie), RestAntwoorden.BedrijfsdocumentId(request))).Antwoord);
        }
        catch (BedrijfsdocumentAlGebruiktException e)
        {
            return RestAntwoorden.BedrijfsdocumentAlGebruikt(e.Id);
        }
        catch (OpslagBezetException e)
        {
            return RestAntwoorden.OpslagBezet(request.HttpContext.Response, e);
        }
    }
}
