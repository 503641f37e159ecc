using System.Text.Encodings.Web;
using Keten.Toegang;
using Keten.Toegang.Saml;

namespace Keten.Server.Toegang;

/// <summary>
/// The Dutch pages of the login: the form that carries the AuthnRequest to the herkenningsmakelaar, and every way a
/// login can end other than signed in. They name the reason and what to do, never an identifier's value.
/// </summary>
public static class ToegangPaginas
{
    public static IResult NietIngesteld(string sectie = SamlOpties.Sectie) => Pagina(StatusCodes.Status503ServiceUnavailable, "Inloggen is niet ingesteld",
        $"Deze Keten-server heeft geen koppeling met eHerkenning (de instelling {sectie} ontbreekt).",
        "Vraag de beheerder van deze Keten-server om inloggen met eHerkenning in te stellen.");

    public static IResult OngeldigTerugkeeradres(string loginAdres = "/toegang/saml/login") => Pagina(StatusCodes.Status400BadRequest, "Ongeldig terugkeeradres",
        "Na het inloggen kan Keten alleen terugkeren naar een pagina van Keten zelf (returnUrl moet met één / beginnen).",
        Link(loginAdres, "Inloggen zonder terugkeeradres"));

    public static IResult OnbekendeDienst() => Pagina(StatusCodes.Status400BadRequest, "Onbekende dienst",
        "Keten kent de gevraagde dienst (de parameter dienst) niet.",
        Link("/toegang/saml/login", "Inloggen voor de standaarddienst"));

    public static IResult GeenBericht() => Pagina(StatusCodes.Status400BadRequest, "Geen inlogantwoord ontvangen",
        "Dit adres verwacht het antwoord van de herkenningsmakelaar (SAMLart of SAMLResponse), maar dat ontbrak.",
        Link("/toegang/saml/login", "Opnieuw inloggen"));

    public static IResult Geannuleerd(int dienst) => Geannuleerd(LoginAdres(dienst));

    public static IResult Geannuleerd(string loginAdres) => Pagina(StatusCodes.Status200OK, "Inloggen geannuleerd",
        "U heeft het inloggen met eHerkenning afgebroken. Er is niets gewijzigd.",
        Link(loginAdres, "Opnieuw inloggen"));

    public static IResult Geweigerd(SamlWeigering weigering) => Geweigerd(
        weigering == SamlWeigering.ArtifactResolutieMislukt ? StatusCodes.Status502BadGateway : StatusCodes.Status400BadRequest,
        weigering.Tekst(), weigering.ToString(), "/toegang/saml/login");

    /// <summary>A refused login of any door: the reason's Dutch text and the code to quote to the beheerder.</summary>
    public static IResult Geweigerd(int status, string tekst, string code, string loginAdres) => Pagina(status,
        "Inloggen mislukt",
        $"Het antwoord van eHerkenning is niet geaccepteerd: {tekst}.",
        $"Probeer opnieuw in te loggen. Gebeurt dit weer, neem dan contact op met de beheerder van Keten en noem de code {code}.",
        Link(loginAdres, "Opnieuw inloggen"));

    public static IResult DienstNietToegestaan(string loginAdres = "/toegang/saml/login") => Pagina(StatusCodes.Status403Forbidden, "Dienst niet bekend",
        "Uw machtiging is voor een dienst die Keten niet aanbiedt.",
        "Vraag de eHerkenning-beheerder van uw organisatie om een machtiging voor de juiste dienst van Keten (DUO Zakelijk).",
        Link(loginAdres, "Opnieuw inloggen"));

    public static IResult NiveauTeLaag(Betrouwbaarheidsniveau gebruikt, SamlLoginDienst dienst) =>
        NiveauTeLaag(gebruikt, dienst.Dienst.Naam, dienst.MinimaalNiveau, LoginAdres(dienst.Dienst.Index));

    public static IResult NiveauTeLaag(Betrouwbaarheidsniveau gebruikt, string dienst, Betrouwbaarheidsniveau minimaal, string loginAdres) =>
        Pagina(StatusCodes.Status403Forbidden,
        "Betrouwbaarheidsniveau te laag",
        $"U heeft ingelogd met eHerkenning op niveau {Weergave(gebruikt)}. Voor {dienst} is minimaal niveau "
            + $"{Weergave(minimaal)} nodig. Daarom kunt u hier niet verder.",
        $"Wat kunt u doen? Vraag de eHerkenning-beheerder van uw organisatie om een eHerkenningsmiddel op niveau "
            + $"{Weergave(minimaal)} of hoger, met een machtiging voor deze dienst. Log daarna opnieuw in en kies "
            + $"daarbij dat middel.",
        Link(loginAdres, $"Opnieuw inloggen met {Weergave(minimaal)}"));

    /// <summary>The HTTP-POST binding: a form that submits itself, and a button for browsers without JavaScript.</summary>
    public static IResult PostFormulier(string bestemming, string samlRequest, string relayState)
    {
        var e = HtmlEncoder.Default;
        var html = $"""
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><title>Doorsturen naar eHerkenning</title></head>
            <body onload="document.forms[0].submit()">
            <form method="post" action="{e.Encode(bestemming)}">
            <input type="hidden" name="SAMLRequest" value="{e.Encode(samlRequest)}">
            <input type="hidden" name="RelayState" value="{e.Encode(relayState)}">
            <p>U wordt doorgestuurd naar eHerkenning om in te loggen.</p>
            <button type="submit">Verder naar eHerkenning</button>
            </form>
            </body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: StatusCodes.Status200OK);
    }

    /// <summary>EH2, EH2+, EH3, EH4 as organisations know them, with the eTOEGANG name beside it.</summary>
    public static string Weergave(Betrouwbaarheidsniveau niveau) => niveau switch
    {
        Betrouwbaarheidsniveau.Loa2 => "EH2 (loa2)",
        Betrouwbaarheidsniveau.Loa2Plus => "EH2+ (loa2plus)",
        Betrouwbaarheidsniveau.Loa3 => "EH3 (loa3)",
        Betrouwbaarheidsniveau.Loa4 => "EH4 (loa4)",
        _ => niveau.ToString(),
    };

    private static string LoginAdres(int dienst) => $"/toegang/saml/login?dienst={dienst}";

    private static Html Link(string adres, string tekst) =>
        new($"<p><a href=\"{HtmlEncoder.Default.Encode(adres)}\">{HtmlEncoder.Default.Encode(tekst)}</a></p>");

    private sealed record Html(string Waarde);

    private static IResult Pagina(int status, string titel, params object[] inhoud)
    {
        var e = HtmlEncoder.Default;
        var alineas = string.Concat(inhoud.Select(deel => deel is Html html ? html.Waarde : $"<p>{e.Encode((string)deel)}</p>"));
        var html = $"""
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><title>{e.Encode(titel)} - Keten</title></head>
            <body><main><h1>{e.Encode(titel)}</h1>{alineas}</main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
