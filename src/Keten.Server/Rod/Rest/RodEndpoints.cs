using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;
using Keten.Domain.Verzuim;
using Keten.Server.Rio.Rest;
using Keten.Storage;
using Keten.Storage.Rod;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Keten.Server.Rod.Rest;

/// <summary>
/// The enrolment mutations T, A, U and V as JSON, served by the same handler every door uses. A person's number is
/// only ever in a body, never in a URL. An accepted mutation answers 200 with its terugkoppeling (signals, preliminary
/// funding status, the pupil's chain signals this school sees, who reports for the pupil); a refused one 422 with every
/// foutmelding, as RIO does. A mutation past the mutation stop carries the header Keten-Accountantsverklaring: true.
/// </summary>
public static class RodEndpoints
{
    public const string AccountantsverklaringHeader = "Keten-Accountantsverklaring";

    public static RouteGroupBuilder MapRodMutaties(this RouteGroupBuilder rod)
    {
        rod.MapPost("/inschrijvingen", (HttpRequest r, InschrijvingHandler h, ReferentiedataBron b, CancellationToken ct) =>
            MuteerAsync<Inschrijving>(r, b, h, Inschrijvingmutatie.Toevoegen, ct))
            .WithSummary("Toevoegen (T): een nieuwe inschrijving, VO of MBO, met haar perioden, BPV's en diploma's");
        rod.MapPut("/inschrijvingen", (HttpRequest r, InschrijvingHandler h, ReferentiedataBron b, CancellationToken ct) =>
            MuteerAsync<Inschrijving>(r, b, h, Inschrijvingmutatie.Aanpassen, ct))
            .WithSummary("Aanpassen (A): de volledige nieuwe stand van een bestaande inschrijving");
        rod.MapPost("/uitschrijvingen", (HttpRequest r, InschrijvingHandler h, ReferentiedataBron b, CancellationToken ct) =>
            MuteerAsync<Uitschrijving>(r, b, h, Inschrijvingmutatie.Uitschrijven, ct))
            .WithSummary("Uitschrijven (U): werkelijke datum uitschrijving, reden uitstroom en behaalde diploma's");
        rod.MapPost("/verwijderingen", (HttpRequest r, InschrijvingHandler h, ReferentiedataBron b, CancellationToken ct) =>
            MuteerAsync<InschrijvingSleutel>(r, b, h, Inschrijvingmutatie.Verwijderen, ct))
            .WithSummary("Verwijderen (V): een ten onrechte geregistreerde inschrijving (de historie blijft)");
        rod.MapPost("/identificatieverzoeken", (HttpRequest r, IdentificatieHandler h, ReferentiedataBron b, CancellationToken ct) =>
            VerwerkAsync<Persoonsgegevens, Identificatieantwoord>(r, b, (g, a, id) => h.IdentificerenAsync(g, a, id, ct), a => a.Goedgekeurd, a => a.Foutmeldingen, ct))
            .WithSummary("Identificatieverzoek: persoonsgegevens in, het bekende BSN of een (nieuw toegekend) onderwijsnummer uit");
        rod.MapPost("/inschrijvingen/zoeken", ZoekenAsync)
            .WithSummary("Zoeken in de eigen inschrijvingen: per instelling (brin), persoon (in de body, nooit in de URL), peildatum (ingeschreven op die dag) "
                + "en bekendOp (zoals bekend op dat moment), per pagina van 500");
        rod.MapGet("/ketensignalen/gewijzigd", SignalenAsync)
            .WithSummary("De ketensignalen over de instellingen van het eigen onderwijsbestuur die na ?sinds (ISO 8601; zonder: vanaf het begin) "
                + "zijn ontstaan, gewijzigd of ingetrokken, in commitvolgorde, per pagina van 500 (?pagina, vanaf 0)");
        rod.MapPost("/verantwoordelijke", VerantwoordelijkeAsync)
            .WithSummary("Welke instelling op een dag verzuim en voortijdig schoolverlaten meldt voor een persoon (in de body, nooit in de URL), en waarom; "
                + "alleen voor een school met een inschrijving van die persoon");
        rod.MapGet("/inschrijvingen/{id}", LeesAsync)
            .WithSummary("Een inschrijving op haar inschrijvingId, zoals bekend op ?bekendOp (ISO 8601; zonder: nu), alleen voor het eigen onderwijsbestuur");
        return rod.MapRegistratieoverzicht();
    }

    private static async Task<Results<Ok<Pagina<OpgeslagenInschrijving>>, ProblemHttpResult>> ZoekenAsync(
        HttpRequest request, InschrijvingQueries queries, ReferentiedataBron referentie, CancellationToken ct)
    {
        var (opdracht, fout) = await RestAntwoorden.LeesAsync<InschrijvingZoekopdracht>(request, ct);
        if (fout is not null)
        {
            return fout;
        }

        var afzender = RestAntwoorden.Afzender(request);
        if (afzender.Onderwijsbestuurcode is not { } bestuur)
        {
            return RestAntwoorden.Probleem([Foutcodes.AUT401("oin", afzender.Oin)]);
        }

        var resultaat = await queries.ZoekenAsync(bestuur, opdracht!, ct);
        return resultaat.Inschrijvingen is { } gevonden ? TypedResults.Ok(gevonden) : RestAntwoorden.Probleem(resultaat.Foutmeldingen);
    }

    private static async Task<Results<Ok<VerantwoordelijkheidAntwoord>, ProblemHttpResult>> VerantwoordelijkeAsync(
        HttpRequest request, VerantwoordelijkheidQuery query, CancellationToken ct)
    {
        var (vraag, fout) = await RestAntwoorden.LeesAsync<VerantwoordelijkheidVraag>(request, ct);
        if (fout is not null)
        {
            return fout;
        }

        var afzender = RestAntwoorden.Afzender(request);
        if (afzender.Onderwijsbestuurcode is not { } bestuur)
        {
            return RestAntwoorden.Probleem([Foutcodes.AUT401("oin", afzender.Oin)]);
        }

        var (antwoord, fouten) = await query.VraagAsync(bestuur, vraag!, ct);
        return antwoord is not null ? TypedResults.Ok(antwoord)
            : fouten.Count > 0 ? RestAntwoorden.Probleem(fouten)
            : RestAntwoorden.NietGevonden("persoon", "(in de body)");
    }

    private static async Task<Results<Ok<Pagina<KetensignaalFeeditem>>, ProblemHttpResult>> SignalenAsync(
        string? sinds, string? pagina, HttpRequest request, KetensignaalQueries queries, ReferentiedataBron referentie, CancellationToken ct)
    {
        var (moment, fout) = RestAntwoorden.Moment("sinds", sinds);
        var (nummer, paginafout) = RestAntwoorden.Pagina(pagina);
        if ((fout ?? paginafout) is { } ongeldig)
        {
            return ongeldig;
        }

        var afzender = RestAntwoorden.Afzender(request);
        return afzender.Onderwijsbestuurcode is { } bestuur
            ? TypedResults.Ok(await queries.GewijzigdAsync(bestuur, moment ?? DateTimeOffset.UnixEpoch, nummer, ct))
            : RestAntwoorden.Probleem([Foutcodes.AUT401("oin", afzender.Oin)]);
    }

    private static async Task<Results<Ok<OpgeslagenInschrijving>, ProblemHttpResult>> LeesAsync(
        string id, string? bekendOp, HttpRequest request, InschrijvingHandler handler, ReferentiedataBron referentie, CancellationToken ct)
    {
        var (moment, fout) = RestAntwoorden.Moment("bekendOp", bekendOp);
        if (fout is not null)
        {
            return fout;
        }

        return await handler.OpvragenAsync(id, moment, RestAntwoorden.Afzender(request), ct) is { } gevonden
            ? TypedResults.Ok(gevonden)
            : RestAntwoorden.NietGevonden("inschrijvingId", id);
    }

    /// <summary>A mutation with the Keten-Accountantsverklaring header read: absent is false, anything but true or false is 400 naming the header.</summary>
    private static async Task<Results<Ok<InschrijvingTerugkoppeling>, ProblemHttpResult>> MuteerAsync<T>(HttpRequest request, ReferentiedataBron referentie,
        InschrijvingHandler handler, Func<T, bool, Inschrijvingmutatie> mutatie, CancellationToken ct)
        where T : class
    {
        var header = request.Headers[AccountantsverklaringHeader];
        var verklaring = false;
        if (header.Count > 0 && !bool.TryParse(header.ToString(), out verklaring))
        {
            return RestAntwoorden.Ongeldig(AccountantsverklaringHeader, "is true of false", "De header voldoet niet aan het contract");
        }

        return await VerwerkAsync<T, InschrijvingTerugkoppeling>(request, referentie, (waarde, afzender, id) => handler.VerwerkAsync(mutatie(waarde, verklaring), afzender, id, ct),
            a => a.LeveringGoedgekeurd, a => a.Foutmeldingen, ct);
    }

    private static async Task<Results<Ok<TAntwoord>, ProblemHttpResult>> VerwerkAsync<T, TAntwoord>(HttpRequest request, ReferentiedataBron referentie,
        Func<T, Afzender, string?, Task<TAntwoord>> handler, Func<TAntwoord, bool> goedgekeurd, Func<TAntwoord, IReadOnlyList<Foutmelding>> fouten, CancellationToken ct)
        where T : class
        where TAntwoord : class
    {
        var (antwoord, weigering) = await RestAntwoorden.LeverAsync(request, handler, ct);
        if (weigering is not null)
        {
            return weigering;
        }

        return goedgekeurd(antwoord!) ? TypedResults.Ok(antwoord) : RestAntwoorden.Probleem(fouten(antwoord!));
    }
}
