using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Domain.Toegang;
using Keten.Server.Portaal.Inschrijvingen;
using Keten.Storage;
using Keten.Storage.Rod;
using Microsoft.AspNetCore.Mvc;

namespace Keten.Server.Portaal.Pages.Inschrijvingen;

/// <summary>
/// Searching the board's own enrolments (the ROD search of REST's POST /api/rod/inschrijvingen/zoeken): by instelling,
/// person, peildatum and "as known on". The form posts, so a person's number never reaches a URL; each result links to
/// its detail by the enrolment's stable id.
/// </summary>
[PortaalFuncties(Functie.InschrijvingenVo, Functie.InschrijvingenMbo)]
public sealed class IndexModel(InschrijvingQueries queries, ReferentiedataBron referentie) : PortaalPaginaModel
{
    public static IReadOnlyDictionary<string, string> Veldnamen { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["brin"] = "brin", ["burgerservicenummer"] = "persoonsnummer", ["onderwijsnummer"] = "persoonsnummer",
    };

    public string? Brin { get; private set; }

    public string Persoonsnummersoort { get; private set; } = "bsn";

    public string? Persoonsnummer { get; private set; }

    public string? Peildatum { get; private set; }

    public string? BekendOp { get; private set; }

    public int Paginanummer { get; private set; }

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public Pagina<OpgeslagenInschrijving>? Resultaat { get; private set; }

    public IReadOnlyList<(string Waarde, string Tekst)> Instellingen { get; private set; } = [];

    /// <summary>The enrolment just removed (after the redirect from Verwijderen), in words.</summary>
    public string? Verwijderd { get; private set; }

    public void OnGet()
    {
        Bereid();
        Verwijderd = Verwijderbericht.Haal(TempData);
    }

    public async Task<IActionResult> OnPostAsync(string? brin, string? persoonsnummersoort, string? persoonsnummer, string? peildatum, string? bekendOp, int pagina,
        CancellationToken ct)
    {
        Bereid();
        (Brin, Persoonsnummersoort, Persoonsnummer, Peildatum, BekendOp, Paginanummer) =
            (brin, persoonsnummersoort ?? "bsn", persoonsnummer?.Trim(), peildatum, bekendOp, Math.Max(0, pagina));
        var fouten = new List<Veldfout>();
        var datum = Inschrijvingsopmaak.LeesDatum(peildatum);
        if (datum is null && !string.IsNullOrWhiteSpace(peildatum))
        {
            fouten.Add(Inschrijvingsopmaak.Ongeldig("peildatum", "Vul de peildatum in als datum (jjjj-mm-dd) of laat het veld leeg"));
        }

        var moment = Inschrijvingsopmaak.LeesMoment(bekendOp);
        if (moment is null && !string.IsNullOrWhiteSpace(bekendOp))
        {
            fouten.Add(Inschrijvingsopmaak.Ongeldig("bekendOp", "Vul 'zoals bekend op' in als datum en tijd of laat het veld leeg"));
        }

        if (fouten.Count > 0)
        {
            Fouten = fouten;
            return Page();
        }

        var opdracht = new InschrijvingZoekopdracht(string.IsNullOrWhiteSpace(brin) ? null : brin,
            string.IsNullOrWhiteSpace(Persoonsnummer) ? null : Inschrijvingsopmaak.Persoon(Persoonsnummersoort, Persoonsnummer), datum, moment, Paginanummer);
        var uitkomst = await queries.ZoekenAsync(Gebruiker.Medewerker.Onderwijsbestuurcode, opdracht, ct);
        Fouten = [.. uitkomst.Foutmeldingen.Select(f => Inschrijvingsopmaak.Veldfout(f, Veldnamen, "persoonsnummer"))];
        Resultaat = uitkomst.Inschrijvingen;
        return Page();
    }

    public int Paginas => Resultaat is null ? 0 : (Resultaat.AantalResultaten + InschrijvingQueries.Paginagrootte - 1) / InschrijvingQueries.Paginagrootte;

    private void Bereid() =>
        Instellingen = [("", "Alle instellingen"), .. referentie.Huidig.BrinsVanBestuur(Gebruiker.Medewerker.Onderwijsbestuurcode)
            .Select(b => (b, $"{b} – {referentie.Huidig.Instelling(b)?.Naam}"))];
}
