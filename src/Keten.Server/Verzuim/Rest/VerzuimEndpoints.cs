using Keten.Application.Rio.Handlers;
using Keten.Application.Verzuim;
using Keten.Domain.Rio;
using Keten.Domain.Verzuim;
using Keten.Server.Rio.Rest;
using Keten.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Keten.Server.Verzuim.Rest;

/// <summary>
/// The verzuimregister as JSON (docs/verzuim.md). A school reports, adds an einddatum, withdraws and reads its own
/// reports; the pupil's municipality, called with its own OIN's certificate, reads its inhabitants' reports and changes
/// their status. A person's number is only ever in a body; a report is addressed by its melding id.
/// </summary>
public static class VerzuimEndpoints
{
    public static RouteGroupBuilder MapVerzuim(this RouteGroupBuilder verzuim)
    {
        verzuim.MapPost("/meldingen", MeldenAsync)
            .WithSummary("Een verzuimmelding van de school: alleen de instelling die op de begindatum verantwoordelijk is (leerling in de body, nooit in de URL)");
        verzuim.MapPost("/meldingen/{id}/einddatum", (string id, HttpRequest r, VerzuimHandler h, CancellationToken ct) =>
            SchrijfAsync<Einddatumaanvulling>(r, (e, a, d) => h.EinddatumAsync(id, e, a, d, ct), ct))
            .WithSummary("De school vult de einddatum van een lopende melding aan (16 uur, LRV en RMC zodra de leerling terug of uitgeschreven is)");
        verzuim.MapPost("/meldingen/{id}/intrekking", (string id, HttpRequest r, VerzuimHandler h, CancellationToken ct) =>
            SchrijfAsync<Intrekking>(r, (i, a, d) => h.StatusAsync(id, new Statuswijziging(Verzuimstatus.Ingetrokken, i.Toelichting), a, d, Verzuimpartij.School, ct), ct))
            .WithSummary("De school trekt haar melding in (zolang de gemeente haar niet heeft afgesloten)");
        verzuim.MapGet("/meldingen/gewijzigd", (string? sinds, string? pagina, HttpRequest r, VerzuimQueries q, CancellationToken ct) =>
            FeedAsync(sinds, pagina, r, q, Verzuimpartij.School, ct))
            .WithSummary("De meldingen van de eigen instellingen die na ?sinds (ISO 8601) zijn gedaan of gewijzigd, met hun status, in commitvolgorde, per pagina van 500");
        verzuim.MapPost("/drempel", DrempelAsync)
            .WithSummary("16 uur in 4 weken: de dagen waarop de drempel is bereikt uit de ongeoorloofde verzuimuren per dag, schoolvakanties van de vakantieregio niet meegeteld");
        verzuim.MapGet("/gemeente/meldingen/gewijzigd", (string? sinds, string? pagina, HttpRequest r, VerzuimQueries q, CancellationToken ct) =>
            FeedAsync(sinds, pagina, r, q, Verzuimpartij.Gemeente, ct))
            .WithSummary("Voor een gemeente (certificaat met haar OIN): de meldingen over haar inwoners die na ?sinds zijn gedaan of gewijzigd, in commitvolgorde");
        verzuim.MapPost("/gemeente/meldingen/{id}/status", (string id, HttpRequest r, VerzuimHandler h, CancellationToken ct) =>
            SchrijfAsync<Statuswijziging>(r, (s, a, d) => h.StatusAsync(id, s, a, d, Verzuimpartij.Gemeente, ct), ct))
            .WithSummary("De gemeente zet een melding over haar inwoner In behandeling, Afgesloten of Ter kennisgeving aangenomen");
        return verzuim;
    }

    private static Task<Results<Ok<Verzuimantwoord>, ProblemHttpResult>> MeldenAsync(HttpRequest request, VerzuimHandler handler, CancellationToken ct) =>
        SchrijfAsync<Verzuimmelding>(request, (m, a, d) => handler.MeldenAsync(m, a, d, ct), ct);

    /// <summary>
    /// Every write: the body read, the handler run with the caller and the Keten-Bedrijfsdocument-Id (a UUID, optional; a
    /// repeat gets the recorded answer, the id reused for another message 409).
    /// </summary>
    private static async Task<Results<Ok<Verzuimantwoord>, ProblemHttpResult>> SchrijfAsync<T>(
        HttpRequest request, Func<T, Afzender, string?, Task<Verzuimantwoord>> handler, CancellationToken ct)
        where T : class
    {
        var (antwoord, weigering) = await RestAntwoorden.LeverAsync(request, handler, ct);
        if (weigering is not null)
        {
            return weigering;
        }

        return antwoord!.Goedgekeurd ? TypedResults.Ok(antwoord)
            : !antwoord.Gevonden ? RestAntwoorden.NietGevonden("meldingId", "(deze)")
            : RestAntwoorden.Probleem(antwoord.Foutmeldingen);
    }

    private static async Task<Results<Ok<Pagina<Verzuimfeeditem>>, ProblemHttpResult>> FeedAsync(
        string? sinds, string? pagina, HttpRequest request, VerzuimQueries queries, Verzuimpartij partij, CancellationToken ct)
    {
        var (moment, fout) = RestAntwoorden.Moment("sinds", sinds);
        var (nummer, paginafout) = RestAntwoorden.Pagina(pagina);
        if ((fout ?? paginafout) is { } ongeldig)
        {
            return ongeldig;
        }

        var afzender = RestAntwoorden.Afzender(request);
        return await queries.GewijzigdAsync(afzender, partij, moment ?? DateTimeOffset.UnixEpoch, nummer, ct) is { } feed
            ? TypedResults.Ok(feed)
            : RestAntwoorden.Probleem([Foutcodes.AUT401("oin", afzender.Oin)]);
    }

    private static async Task<Results<Ok<IReadOnlyList<Drempelmoment>>, ProblemHttpResult>> DrempelAsync(HttpRequest request, VerzuimQueries queries, CancellationToken ct)
    {
        var (vraag, fout) = await RestAntwoorden.LeesAsync<Drempelvraag>(request, ct);
        if (fout is not null)
        {
            return fout;
        }

        var (momenten, fouten) = queries.Drempel(vraag!);
        return momenten is not null ? TypedResults.Ok(momenten) : RestAntwoorden.Probleem(fouten);
    }
}

/// <summary>A school's withdrawal, with an optional reason.</summary>
public sealed record Intrekking(string? Toelichting = null);
