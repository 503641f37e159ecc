using Keten.Application.Rio.Handlers;
using Keten.Application.Toegang;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Toegang;
using Keten.Server.Rio.Rest;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Keten.Server.Toegang;

/// <summary>Who asks to change a medewerker's authorisations: what to add and what to take away.</summary>
public sealed record AutorisatieWijzigingVerzoek(IReadOnlyList<Autorisatie>? Toekennen = null, IReadOnlyList<Autorisatie>? Intrekken = null);

/// <summary>A DUO token proven once: its user name and the code it shows now.</summary>
public sealed record TokenBewijs(string? Gebruikersnaam = null, string? Code = null);

public sealed record KoppelcodeVerzoek(string? Koppelcode = null);

/// <summary>A new colleague: their name and authorisations (per function, with or without aanbieder).</summary>
public sealed record UitnodigingVerzoek(string? Naam = null, IReadOnlyList<Autorisatie>? Autorisaties = null);

/// <summary>
/// Minimal REST endpoints of the accounts under /api/toegang (the portal comes later). The login comes from
/// <see cref="IHuidigeMedewerker"/>. Refusals are ProblemDetails with the TGA code: 401 when nobody (or nobody known)
/// is logged in, 403 when the login may not do it, 422 otherwise.
/// </summary>
public static class MedewerkerEndpoints
{
    public static RouteGroupBuilder MapMedewerkers(this RouteGroupBuilder toegang)
    {
        toegang.AddEndpointFilter(ToegangSessie.LeesSessieAsync);
        toegang.MapGet("/ik", async (IHuidigeMedewerker huidig, HuidigeMedewerkerBepaling bepaling, CancellationToken ct) =>
            Antwoord(await bepaling.BepaalAsync(huidig.Aanmelding, ct)))
            .WithSummary("De ingelogde medewerker met zijn autorisaties");
        toegang.MapGet("/medewerkers", async (IHuidigeMedewerker huidig, MedewerkerBeheer beheer, CancellationToken ct) =>
            Antwoord(await beheer.MedewerkersAsync(huidig.Aanmelding, ct)))
            .WithSummary("Beheerder: de medewerkers van het eigen onderwijsbestuur, hun autorisaties en inlogmiddel (token of eHerkenning)");
        toegang.MapGet("/medewerkers/export", ExporteerAsync)
            .WithSummary("Beheerder: wie is overgestapt van het DUO-token op eHerkenning en wie niet, als CSV");
        toegang.MapPost("/medewerkers", async (HttpRequest r, IHuidigeMedewerker huidig, MedewerkerBeheer beheer, CancellationToken ct) =>
            await MetBodyAsync<UitnodigingVerzoek, Aanwijzing>(r, v => beheer.UitnodigenAsync(huidig.Aanmelding, v.Naam, v.Autorisaties ?? [], Deur.Rest, ct), ct))
            .WithSummary("Beheerder: een nieuwe collega met autorisaties; het antwoord geeft eenmalig de koppelcode die de collega bij de eerste eHerkenning-login invoert");
        toegang.MapPost("/medewerkers/{id}/autorisaties", WijzigAsync)
            .WithSummary("Beheerder: autorisaties per functie en onderwijsaanbieder (zonder aanbieder: alle aanbieders van het bestuur) toekennen en intrekken");
        toegang.MapPost("/token/inloggen", async (HttpRequest r, TokenAanmelding token, TimeProvider klok, CancellationToken ct) =>
            await MetBodyAsync<TokenBewijs, Medewerker>(r, async b =>
            {
                var uitkomst = await token.InloggenAsync(b.Gebruikersnaam ?? "", b.Code ?? "", ct);
                if (uitkomst.Waarde is { } medewerker)
                {
                    await ToegangSessie.MeldAanAsync(r.HttpContext, new Aanmelding(null, medewerker.Id), klok.GetUtcNow());
                }

                return uitkomst;
            }, ct))
            .WithSummary("Inloggen met het DUO-token: gebruikersnaam en de huidige code (tot Keten:Toegang:TokenEinddatum); start de sessie")
            .Openbaar("inloggen: het token zelf is het bewijs");
        toegang.MapPost("/token/verhuizen", async (HttpRequest r, IHuidigeMedewerker huidig, TokenAanmelding token, CancellationToken ct) =>
            huidig.Aanmelding?.EHerkenning is { } context
                ? await MetBodyAsync<TokenBewijs, Medewerker>(r, b => token.VerhuizenAsync(context, b.Gebruikersnaam ?? "", b.Code ?? "", ct), ct)
                : Probleem(ToegangFoutcodes.TGA001()))
            .WithSummary("Ingelogd met eHerkenning: het DUO-token eenmaal bewijzen; de autorisaties gaan over, het token vervalt");
        toegang.MapPost("/koppelcode", async (HttpRequest r, IHuidigeMedewerker huidig, BeheerderAanwijzing aanwijzing, CancellationToken ct) =>
            huidig.Aanmelding?.EHerkenning is { } context
                ? await MetBodyAsync<KoppelcodeVerzoek, Medewerker>(r, b => aanwijzing.KoppelAsync(context, b.Koppelcode ?? "", ct), ct)
                : Probleem(ToegangFoutcodes.TGA001()))
            .WithSummary("Ingelogd met eHerkenning: de koppelcode van DUO eenmaal invoeren om beheerder van het bestuur te worden");
        return toegang.MapAudit();
    }

    private static async Task<Results<Ok<Medewerker>, ProblemHttpResult>> WijzigAsync(string id, HttpRequest request,
        IHuidigeMedewerker huidig, MedewerkerBeheer beheer, CancellationToken ct) =>
        await MetBodyAsync<AutorisatieWijzigingVerzoek, Medewerker>(request,
            v => beheer.WijzigAutorisatiesAsync(huidig.Aanmelding, id, v.Toekennen ?? [], v.Intrekken ?? [], Deur.Rest, ct), ct);

    private static async Task<IResult> ExporteerAsync(HttpResponse response, IHuidigeMedewerker huidig, MedewerkerBeheer beheer, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        if (await beheer.ExporteerAsync(huidig.Aanmelding, buffer, ct) is { } fout)
        {
            return Probleem(fout);
        }

        return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", "medewerkers.csv");
    }

    private static async Task<Results<Ok<TUit>, ProblemHttpResult>> MetBodyAsync<TIn, TUit>(HttpRequest request,
        Func<TIn, Task<Toegangsuitkomst<TUit>>> actie, CancellationToken ct)
        where TIn : class
    {
        var (body, fout) = await RestAntwoorden.LeesAsync<TIn>(request, ct);
        return fout ?? Antwoord(await actie(body!));
    }

    private static Results<Ok<T>, ProblemHttpResult> Antwoord<T>(Toegangsuitkomst<T> uitkomst) =>
        uitkomst.Fout is { } fout ? Probleem(fout) : TypedResults.Ok(uitkomst.Waarde!);

    internal static ProblemHttpResult Probleem(Foutmelding fout) => RestAntwoorden.Probleem([fout], fout.Foutcode switch
    {
        "TGA001" or "TGA010" or "TGA011" or "TGA012" => StatusCodes.Status401Unauthorized,
        "TGA002" or "TGA004" or "TGA013" or "TGA018" => StatusCodes.Status403Forbidden,
        "TGA022" => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    });
}
