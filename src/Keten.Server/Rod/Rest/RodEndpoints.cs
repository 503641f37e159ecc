using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Domain.Rod;
using Keten.Server.Rio.Rest;
using Keten.Storage;
using Keten.Storage.Rod;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Keten.Server.Rod.Rest;

/// <summary>
/// The enrolment mutations T, A, U and V as JSON, served by the same handler every door uses. A person's number is
/// only ever in a body, never in a URL. An accepted mutation answers 200 with its terugkoppeling (signals, preliminary
/// funding status, the pupil's chain signals this school sees); a refused one 422 with every foutmelding, as RIO does.
/// </summary>
public static class RodEndpoints
{
    public static RouteGroupBuilder MapRodMutaties(this RouteGroupBuilder rod)
    {
        rod.MapPost("/inschrijvingen", (HttpRequest r, InschrijvingHandler h, ReferentiedataBron b, CancellationToken ct) =>
            VerwerkAsync<Inschrijving>(r, b, (i, a, id) => h.ToevoegenAsync(i, a, id, ct), ct))
            .WithSummary("Toevoegen (T): een nieuwe inschrijving, VO of MBO, met haar perioden, BPV's en diploma's");
        rod.MapPut("/inschrijvingen", (HttpRequest r, InschrijvingHandler h, ReferentiedataBron b, CancellationToken ct) =>
            VerwerkAsync<Inschrijving>(r, b, (i, a, id) => h.AanpassenAsync(i, a, id, ct), ct))
            .WithSummary("Aanpassen (A): de volledige nieuwe stand van een bestaande inschrijving");
        rod.MapPost("/uitschrijvingen", (HttpRequest r, InschrijvingHandler h, ReferentiedataBron b, CancellationToken ct) =>
            VerwerkAsync<Uitschrijving>(r, b, (u, a, id) => h.UitschrijvenAsync(u, a, id, ct), ct))
            .WithSummary("Uitschrijven (U): werkelijke datum uitschrijving, reden uitstroom en behaalde diploma's");
        rod.MapPost("/verwijderingen", (HttpRequest r, InschrijvingHandler h, ReferentiedataBron b, CancellationToken ct) =>
            VerwerkAsync<InschrijvingSleutel>(r, b, (s, a, id) => h.VerwijderenAsync(s, a, id, ct), ct))
            .WithSummary("Verwijderen (V): een ten onrechte geregistreerde inschrijving (de historie blijft)");
        rod.MapGet("/inschrijvingen/{id}", LeesAsync)
            .WithSummary("Een inschrijving op haar inschrijvingId, zoals bekend op ?bekendOp (ISO 8601; zonder: nu), alleen voor het eigen onderwijsbestuur");
        return rod.MapRegistratieoverzicht();
    }

    private static async Task<Results<Ok<OpgeslagenInschrijving>, ProblemHttpResult>> LeesAsync(
        string id, string? bekendOp, HttpRequest request, IKetenStore store, ReferentiedataBron referentie, CancellationToken ct)
    {
        var (moment, fout) = RestAntwoorden.Moment("bekendOp", bekendOp);
        if (fout is not null)
        {
            return fout;
        }

        var gevonden = await store.InschrijvingAsync(id, moment, ct);
        var bestuur = RestAntwoorden.Afzender(request, referentie).Onderwijsbestuurcode;
        return gevonden is not null && bestuur is not null && referentie.Huidig.Instelling(gevonden.Inschrijving.Brin)?.Onderwijsbestuurcode == bestuur
            ? TypedResults.Ok(gevonden)
            : RestAntwoorden.NietGevonden("inschrijvingId", id);
    }

    private static async Task<Results<Ok<InschrijvingTerugkoppeling>, ProblemHttpResult>> VerwerkAsync<T>(
        HttpRequest request, ReferentiedataBron referentie, Func<T, Afzender, string?, Task<InschrijvingTerugkoppeling>> handler, CancellationToken ct)
        where T : class
    {
        if (RestAntwoorden.OngeldigBedrijfsdocumentId(request) is { } ongeldig)
        {
            return ongeldig;
        }

        var (waarde, fout) = await RestAntwoorden.LeesAsync<T>(request, ct);
        if (fout is not null)
        {
            return fout;
        }

        var (antwoord, weigering) = await RestAntwoorden.SchrijfAsync(request.HttpContext.Response,
            () => handler(waarde!, RestAntwoorden.Afzender(request, referentie), RestAntwoorden.BedrijfsdocumentId(request)));
        if (weigering is not null)
        {
            return weigering;
        }

        return antwoord!.LeveringGoedgekeurd ? TypedResults.Ok(antwoord) : RestAntwoorden.Probleem(antwoord.Foutmeldingen);
    }
}
