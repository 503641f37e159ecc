using Keten.Application.Rio;
using System.Text.Json;
using Keten.Contract.Rio;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Keten.Server.Rio.Rest;

/// <summary>The REST rendering of a Terugkoppeling: 200 when approved, else ProblemDetails with DUO's codes.</summary>
public static class RestAntwoorden
{
    public const string BedrijfsdocumentHeader = "Keten-Bedrijfsdocument-Id";

    public static Results<Ok<Terugkoppeling>, ProblemHttpResult> Van(Terugkoppeling antwoord) =>
        antwoord.RequestGoedgekeurd ? TypedResults.Ok(antwoord) : Probleem(antwoord.Foutmeldingen);

    public static ProblemHttpResult Probleem(IReadOnlyList<Foutmelding> fouten, int? status = null)
    {
        status ??= fouten.Any(f => f.Foutcode == "AUT401") ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity;
        var details = new ProblemDetails
        {
            Status = status,
            Title = "Het verzoek is afgekeurd",
            Detail = string.Join("; ", fouten.Select(f => $"{f.Foutcode}: {f.Fouttekst}")),
            Type = "https://keten.example/docs/foutcodes#" + fouten[0].Foutcode,
        };
        details.Extensions["code"] = fouten[0].Foutcode;
        details.Extensions["foutmeldingen"] = fouten;
        return TypedResults.Problem(details);
    }

    public static ProblemHttpResult NietGevonden(string sleutelnaam, string sleutelwaarde) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = "Niet gevonden",
            Detail = $"Er is geen object met {sleutelnaam} {sleutelwaarde}",
        });

    /// <summary>The caller the endpoint's <see cref="Toegang.RestAanroeper"/> filter established (ADR 0020).</summary>
    public static Afzender Afzender(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Toegang.RestAanroeper.Van(request.HttpContext);
    }

    /// <summary>
    /// The Keten-Bedrijfsdocument-Id in its one form, lowercase (<see cref="BedrijfsdocumentIds"/>), for every REST write
    /// of RIO, ROD (batches derive their mutations' ids from it) and verzuim; null without the header. A value that is
    /// not a UUID comes back as sent, for <see cref="OngeldigBedrijfsdocumentId"/> to refuse.
    /// </summary>
    public static string? BedrijfsdocumentId(HttpRequest request) =>
        GegevenBedrijfsdocumentId(request) is { } id ? BedrijfsdocumentIds.Normaliseer(id) ?? id : null;

    private static string? GegevenBedrijfsdocumentId(HttpRequest request) =>
        request.Headers[BedrijfsdocumentHeader] is { Count: > 0 } waarde ? waarde.ToString() : null;

    /// <summary>Reads a JSON body; a malformed body is answered with the JSON path of the offending field.</summary>
    public static async Task<(T? Waarde, ProblemHttpResult? Fout)> LeesAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        try
        {
            var waarde = await JsonSerializer.DeserializeAsync<T>(request.Body, RioJson.Options, ct);
            if (waarde is null)
            {
                return (null, Ongeldig("$", "De body is leeg"));
            }

            return NullElementen.Zoek(waarde, RioJson.Options.PropertyNamingPolicy) is { } pad
                ? (null, Ongeldig(pad, "een element van een lijst is null; laat het weg"))
                : (waarde, null);
        }
        catch (JsonException e)
        {
            return (null, Ongeldig(e.Path ?? "$", e.Message));
        }
    }

    /// <summary>DUO's NummerOpgevraagdeResultaatPagina-v01: 0 up to and including 999999.</summary>
    public const int HoogstePagina = 999_999;

    /// <summary>The query parameter pagina: absent is 0; anything but a whole number 0…999999 is KTN400 naming the field.</summary>
    public static (int Waarde, ProblemHttpResult? Fout) Pagina(string? pagina)
    {
        if (string.IsNullOrEmpty(pagina))
        {
            return (0, null);
        }

        return int.TryParse(pagina, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var waarde)
            && waarde <= HoogstePagina
            ? (waarde, null)
            : (0, Ongeldig("pagina", $"Een paginanummer is een geheel getal van 0 tot en met {HoogstePagina}, niet '{pagina}'", "Het verzoek voldoet niet aan het contract"));
    }

    /// <summary>
    /// Runs a write handler: its answer, or the ProblemDetails of a reused bedrijfsdocument id (409) or a busy store
    /// (503 with Retry-After), the two refusals that come as exceptions.
    /// </summary>
    public static async Task<(T? Antwoord, ProblemHttpResult? Fout)> SchrijfAsync<T>(HttpResponse response, Func<Task<T>> handler)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(handler);
        try
        {
            return (await handler(), null);
        }
        catch (BedrijfsdocumentAlGebruiktException e)
        {
            return (null, BedrijfsdocumentAlGebruikt(e.Id));
        }
        catch (OpslagBezetException e)
        {
            return (null, OpslagBezet(response, e));
        }
    }

    /// <summary>
    /// A write with a JSON body: the Keten-Bedrijfsdocument-Id checked (a UUID when given), the body read, the handler run
    /// with the caller and that id through <see cref="SchrijfAsync{T}"/>; its answer, or the ProblemDetails of the first refusal.
    /// </summary>
    public static async Task<(TAntwoord? Antwoord, ProblemHttpResult? Fout)> LeverAsync<T, TAntwoord>(HttpRequest request,
        Func<T, Afzender, string?, Task<TAntwoord>> handler, CancellationToken ct)
        where T : class
        where TAntwoord : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handler);
        if (OngeldigBedrijfsdocumentId(request) is { } ongeldig)
        {
            return (null, ongeldig);
        }

        var (waarde, fout) = await LeesAsync<T>(request, ct);
        return fout is not null
            ? (null, fout)
            : await SchrijfAsync(request.HttpContext.Response, () => handler(waarde!, Afzender(request), BedrijfsdocumentId(request)));
    }

    /// <summary>A query parameter holding a moment (ISO 8601; without offset: UTC): absent is null; anything else KTN400 naming the field.</summary>
    public static (DateTimeOffset? Waarde, ProblemHttpResult? Fout) Moment(string veld, string? waarde) =>
        string.IsNullOrEmpty(waarde) ? (null, null)
        : DateTimeOffset.TryParse(waarde, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var moment)
            ? (moment, null)
            : (null, Ongeldig(veld, $"{veld} is een datum-tijd (ISO 8601), niet '{waarde}'", "Het verzoek voldoet niet aan het contract"));

    /// <summary>
    /// The query parameter dryRun: absent is false; anything but true/false, also an empty value (<c>?dryRun=</c>), is
    /// KTN400 naming the field, so a request that meant a dry run never writes.
    /// </summary>
    public static (bool Waarde, ProblemHttpResult? Fout) Proefdraai(string? dryRun) => dryRun switch
    {
        null => (false, null),
        _ when bool.TryParse(dryRun, out var waarde) => (waarde, null),
        _ => (false, Ongeldig("dryRun", $"dryRun is true of false, niet '{dryRun}'", "Het verzoek voldoet niet aan het contract")),
    };

    /// <summary>400 when the Keten-Bedrijfsdocument-Id header is there but not a UUID (as DUO's identificatiecodeBedrijfsdocument).</summary>
    public static ProblemHttpResult? OngeldigBedrijfsdocumentId(HttpRequest request) =>
        GegevenBedrijfsdocumentId(request) is { } id && BedrijfsdocumentIds.Normaliseer(id) is null
            ? Ongeldig(BedrijfsdocumentHeader, "moet een UUID zijn (8-4-4-4-12 hexadecimale cijfers)", "De header voldoet niet aan het contract")
            : null;

    /// <summary>409: the bedrijfsdocument id was used for another message; nothing was changed or recorded.</summary>
    public static ProblemHttpResult BedrijfsdocumentAlGebruikt(string id)
    {
        var fout = Foutcodes.KTN030(id);
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Ongeldige waarde voor identificatiecodeBedrijfsdocument",
            Detail = $"{fout.Foutcode}: {fout.Fouttekst} (header {BedrijfsdocumentHeader})",
            Type = "https://keten.example/docs/foutcodes#" + fout.Foutcode,
        };
        details.Extensions["code"] = fout.Foutcode;
        details.Extensions["veld"] = BedrijfsdocumentHeader;
        details.Extensions["foutmeldingen"] = new[] { fout };
        return TypedResults.Problem(details);
    }

    /// <summary>503 with Retry-After: the database kept refusing the write for concurrency; nothing was written.</summary>
    public static ProblemHttpResult OpslagBezet(HttpResponse response, OpslagBezetException e)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(e);
        var seconden = e.RetryAfterSeconden;
        response.Headers.RetryAfter = seconden.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Service niet beschikbaar",
            Detail = $"De opslag is tijdelijk bezet; er is niets vastgelegd. Stuur hetzelfde bericht over {seconden} s opnieuw.",
        });
    }

    /// <summary>
    /// 400 KTN400 about several fields at once: <c>veld</c> and the detail name the first, <c>velden</c> lists each field with
    /// its full melding (a foutmelding would cut both to DUO's lengths).
    /// </summary>
    public static ProblemHttpResult Ongeldig(IReadOnlyList<OngeldigVeld> fouten, string titel)
    {
        ArgumentNullException.ThrowIfNull(fouten);
        ArgumentOutOfRangeException.ThrowIfZero(fouten.Count);
        var antwoord = Ongeldig(fouten[0].Veld, fouten[0].Melding, titel);
        antwoord.ProblemDetails.Extensions["velden"] = fouten;
        return antwoord;
    }

    public static ProblemHttpResult Ongeldig(string veld, string melding, string titel = "De JSON voldoet niet aan het contract")
    {
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = titel,
            Detail = Foutcodes.KTN400Tekst(veld, melding),
        };
        details.Extensions["code"] = Foutcodes.KTN400(veld, melding).Foutcode;
        details.Extensions["veld"] = veld;
        return TypedResults.Problem(details);
    }
}
