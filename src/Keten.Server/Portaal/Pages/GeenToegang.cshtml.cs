using Keten.Application.Toegang;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Toegang;
using Keten.Server.Toegang;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Keten.Server.Portaal.Pages;

/// <summary>
/// Why a login cannot go on, in words, with the code to quote, and what to do: an eHerkenning login that is no
/// medewerker yet can use a koppelcode or move its DUO token here (the token-to-eHerkenning move, without JavaScript).
/// </summary>
[OpenbarePortaalpagina]
public sealed class GeenToegangModel(TokenAanmelding token, BeheerderAanwijzing aanwijzing) : PageModel
{
    public string Code { get; private set; } = "TGA001";

    public string Kop { get; private set; } = "";

    public string Uitleg { get; private set; } = "";

    public string Wat { get; private set; } = "";

    public bool KanKoppelen { get; private set; }

    public string? Gebruikersnaam { get; private set; }

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public void OnGet(string? code, string? functies) => Bereid(code ?? "TGA001", functies);

    public Task<IActionResult> OnPostKoppelcodeAsync(string? koppelcode, CancellationToken ct) =>
        MetEHerkenningAsync(context => aanwijzing.KoppelAsync(context, koppelcode ?? "", ct), ["koppelcode"]);

    public Task<IActionResult> OnPostVerhuizenAsync(string? gebruikersnaam, string? code, CancellationToken ct)
    {
        Gebruikersnaam = gebruikersnaam;
        return MetEHerkenningAsync(context => token.VerhuizenAsync(context, gebruikersnaam ?? "", code ?? "", ct), ["gebruikersnaam", "code"]);
    }

    private async Task<IActionResult> MetEHerkenningAsync(Func<Keten.Toegang.Authenticatiecontext, Task<Toegangsuitkomst<Medewerker>>> actie, IReadOnlyList<string> velden)
    {
        if (ToegangClaims.Lees(User)?.EHerkenning is not { } context)
        {
            return Redirect(Portaalpaden.Inloggen(null));
        }

        var uitkomst = await actie(context);
        if (uitkomst.Waarde is not null)
        {
            return Redirect(Portaalpaden.Basis);
        }

        Bereid("TGA001", null);
        Fouten = [Veldfout.Van(uitkomst.Fout!, velden, velden[^1])];
        return Page();
    }

    private void Bereid(string code, string? functies)
    {
        Code = code;
        (Kop, Uitleg, Wat) = code switch
        {
            "TGA001" => ("U bent nog geen medewerker in Keten",
                "U bent ingelogd, maar Keten kent u nog niet als medewerker van een onderwijsbestuur.",
                "Gebruik hieronder uw koppelcode of uw DUO-token, of vraag de beheerder van uw onderwijsbestuur om u uit te nodigen."),
            "TGA013" => ("Verkeerd onderwijsbestuur",
                "Uw eHerkenningsmiddel hoort bij een andere organisatie dan het onderwijsbestuur waarvoor u in Keten medewerker bent.",
                "Log opnieuw in en kies bij eHerkenning de organisatie van uw onderwijsbestuur."),
            "TGA018" => ("Betrouwbaarheidsniveau te laag",
                "Voor Keten (DUO Zakelijk) is eHerkenning op niveau EH3 of hoger nodig.",
                "Vraag de eHerkenning-beheerder van uw organisatie om een middel op niveau EH3 of hoger en log daarmee opnieuw in."),
            "TGA012" => ("Het DUO-token werkt niet meer",
                "Inloggen met het DUO-token is niet meer mogelijk.",
                "Log in met eHerkenning."),
            "TGA002" => ("Alleen voor beheerders",
                "Dit kan alleen een beheerder van uw onderwijsbestuur: een medewerker met de functie Beheer voor alle onderwijsaanbieders van het bestuur. Uw autorisatie voor Beheer geldt niet voor alle onderwijsaanbieders van het bestuur.",
                "Vraag een beheerder van uw onderwijsbestuur om dit voor u te doen, of om Beheer voor alle onderwijsaanbieders van het bestuur."),
            "TGA021" => ("Geen autorisatie voor deze pagina",
                $"Voor deze pagina heeft u een van deze functies nodig: {Functienamen(functies)}.",
                "Vraag de beheerder van uw onderwijsbestuur om deze autorisatie."),
            _ => ("Geen toegang", "Keten kan u niet verder laten.", "Neem contact op met de beheerder van uw onderwijsbestuur en noem de code."),
        };
        KanKoppelen = code == "TGA001" && ToegangClaims.Lees(User)?.EHerkenning is not null;
    }

    private static string Functienamen(string? functies) => string.Join(" of ",
        (functies ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => Enum.TryParse<Functie>(f, out var functie) ? Portaalopmaak.Functie(functie) : null).OfType<string>());
}
