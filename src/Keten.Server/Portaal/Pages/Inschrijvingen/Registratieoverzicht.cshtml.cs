using Keten.Application.Rio;
using Keten.Application.Rod.Registratieoverzicht;
using Keten.Domain.Toegang;
using Keten.Server.Portaal.Inschrijvingen;
using Keten.Server.Rod.Rest;
using Keten.Storage;
using Microsoft.AspNetCore.Mvc;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Server.Portaal.Pages.Inschrijvingen;

/// <summary>
/// The registratieoverzicht (RO) of one of the board's instellingen over a selection period, as known now or on a moment,
/// downloaded in DUO's layout under DUO's file name: the same request reading and writer as GET /api/rod/registratieoverzicht.
/// </summary>
[PortaalFuncties(Functie.InschrijvingenVo, Functie.InschrijvingenMbo)]
public sealed class RegistratieoverzichtModel(IKetenStore store, ReferentiedataBron referentie, TimeProvider tijd) : PortaalPaginaModel
{
    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public string? Brin { get; private set; }

    public string? Van { get; private set; }

    public string? Tot { get; private set; }

    public string? BekendOp { get; private set; }

    public IReadOnlyList<(string Waarde, string Tekst)> Instellingen =>
        [.. referentie.Huidig.BrinsVanBestuur(Gebruiker.Medewerker.Onderwijsbestuurcode).Select(b => (b, $"{b} – {referentie.Huidig.Instelling(b)?.Naam}"))];

    public void OnGet()
    {
        var vandaag = tijd.Vandaag();
        var schooljaar = vandaag.Month >= 8 ? vandaag.Year : vandaag.Year - 1;
        (Van, Tot) = (Inschrijvingsopmaak.Veld(new DateOnly(schooljaar, 8, 1)), Inschrijvingsopmaak.Veld(new DateOnly(schooljaar + 1, 7, 31)));
    }

    public IActionResult OnPost(string? brin, string? van, string? tot, string? bekendOp)
    {
        (Brin, Van, Tot, BekendOp) = (brin, van, tot, bekendOp);
        var moment = Inschrijvingsopmaak.LeesMoment(bekendOp);
        if (moment is null && !string.IsNullOrWhiteSpace(bekendOp))
        {
            Fouten = [Inschrijvingsopmaak.Ongeldig("bekendOp", "Vul 'zoals bekend op' in als datum en tijd of laat het veld leeg")];
            return Page();
        }

        var (verzoek, ongeldig) = RegistratieoverzichtVerzoek.Lees(brin, van, tot, moment);
        if (ongeldig is { } o)
        {
            Fouten = [Inschrijvingsopmaak.Ongeldig(o.Veld, o.Melding)];
            return Page();
        }

        if (!referentie.Huidig.HoortBijBestuur(verzoek!.Brin, Gebruiker.Medewerker.Onderwijsbestuurcode))
        {
            Fouten = [Inschrijvingsopmaak.Ongeldig("brin", "De instelling hoort niet bij uw onderwijsbestuur")];
            return Page();
        }

        var aanmaakdatum = tijd.Vandaag();
        return new Bestandsstroom(verzoek.Bestandsnaam, "text/csv; charset=utf-8",
            (body, ct) => RegistratieoverzichtEndpoint.SchrijfAsync(body, verzoek, store, aanmaakdatum, ct));
    }

    /// <summary>A download written straight to the response as it is produced (the RO is streamed in bounded memory).</summary>
    private sealed class Bestandsstroom(string bestandsnaam, string inhoudssoort, Func<Stream, CancellationToken, Task> schrijf) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var response = context.HttpContext.Response;
            response.ContentType = inhoudssoort;
            response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = bestandsnaam }.ToString();
            await schrijf(response.Body, context.HttpContext.RequestAborted);
        }
    }
}
