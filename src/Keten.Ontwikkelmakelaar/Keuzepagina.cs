using System.Text;
using System.Text.RegularExpressions;
using Keten.Ontwikkelmakelaar.Oidc;
using Keten.Ontwikkelmakelaar.Saml;
using Keten.Toegang;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static System.Net.WebUtility;

namespace Keten.Ontwikkelmakelaar;

/// <summary>
/// The page where the developer picks a test employee, a board, an optional vestigingsnummer and the level, and
/// (SAML) the binding of the answer; or cancels. Any level may be picked, also one below the level asked, so the
/// service provider's refusal can be tried.
/// </summary>
internal static partial class Keuzepagina
{
    public const string Pad = "/inloggen";

    public static void MapKeuzepagina(this RouteGroupBuilder groep) =>
        groep.MapPost(Pad, Kies).DisableAntiforgery();

    public static IResult Toon(Makelaar makelaar, HttpContext context, string verzoekId, Inlogverzoek verzoek, string? fout = null)
    {
        var actie = context.Request.PathBase + makelaar.Opties.Pad + Pad;
        var html = new StringBuilder();
        if (fout is not null)
        {
            html.Append($"<p class=\"fout\">{HtmlEncode(fout)}</p>");
        }
        html.Append("<p>Dit is de <strong>ontwikkelmakelaar</strong> van Keten: een nagebootste herkenningsmakelaar voor ontwikkeling en tests. ")
            .Append("Kies wie inlogt, voor welk bestuur en op welk betrouwbaarheidsniveau.</p>");
        if (verzoek.GevraagdNiveau is { } gevraagd)
        {
            html.Append($"<p>De dienstverlener vraagt minimaal niveau <strong>{HtmlEncode(gevraagd.ToString().ToLowerInvariant())}</strong>.</p>");
        }
        html.Append($"<form method=\"post\" action=\"{HtmlEncode(actie)}\"><input type=\"hidden\" name=\"verzoek\" value=\"{HtmlEncode(verzoekId)}\">");
        html.Append("<label>Testmedewerker <select name=\"medewerker\">");
        foreach (var medewerker in makelaar.Identiteiten.Medewerkers())
        {
            var bestuur = medewerker.Onderwijsbestuurcode is null ? "" : $" ({medewerker.Onderwijsbestuurcode})";
            html.Append($"<option value=\"{HtmlEncode(medewerker.Sleutel)}\">{HtmlEncode(medewerker.Naam + bestuur)}</option>");
        }
        html.Append("</select></label><label>Bestuur (KvK-nummer) <select name=\"bestuur\">");
        foreach (var bestuur in makelaar.Identiteiten.Besturen())
        {
            var afgeleid = bestuur.KvkAfgeleid ? ", synthetisch" : "";
            html.Append($"<option value=\"{HtmlEncode(bestuur.Code)}\">{HtmlEncode($"{bestuur.Naam} ({bestuur.Code}, KvK {bestuur.KvkNummer}{afgeleid})")}</option>");
        }
        html.Append("</select></label><label>Vestigingsnummer (optioneel, 12 cijfers) <input name=\"vestigingsnr\" pattern=\"[0-9]{12}\"></label>");
        html.Append("<fieldset><legend>Betrouwbaarheidsniveau</legend>");
        var voorkeur = verzoek.GevraagdNiveau ?? Betrouwbaarheidsniveau.Loa3;
        foreach (var niveau in Enum.GetValues<Betrouwbaarheidsniveau>())
        {
            var naam = niveau.ToString().ToLowerInvariant();
            var gekozen = niveau == voorkeur ? " checked" : "";
            html.Append($"<label><input type=\"radio\" name=\"niveau\" value=\"{naam}\"{gekozen}> {naam}</label>");
        }
        html.Append("</fieldset>");
        if (verzoek.Saml is not null)
        {
            html.Append("<fieldset><legend>Antwoord via</legend>")
                .Append("<label><input type=\"radio\" name=\"binding\" value=\"artifact\" checked> Artifact (zoals eTOEGANG voorschrijft)</label>")
                .Append("<label><input type=\"radio\" name=\"binding\" value=\"post\"> HTTP-POST</label></fieldset>");
        }
        html.Append("<p><button type=\"submit\" name=\"actie\" value=\"inloggen\">Inloggen</button> ")
            .Append("<button type=\"submit\" name=\"actie\" value=\"annuleren\">Annuleren</button></p></form>");
        return Html.Pagina("Inloggen met eHerkenning (ontwikkelmakelaar)", html.ToString());
    }

    private static async Task<IResult> Kies(HttpContext context, Makelaar makelaar)
    {
        var formulier = await context.Request.ReadFormAsync(context.RequestAborted);
        var verzoekId = formulier["verzoek"].ToString();
        if (!makelaar.Verzoeken.Kijk(verzoekId, out var verzoek))
        {
            return Html.Fout("Dit inlogverzoek is onbekend, verlopen of al beantwoord. Begin opnieuw bij de dienstverlener.");
        }
        var annuleren = formulier["actie"] == "annuleren";
        Inlogkeuze? keuze = null;
        if (!annuleren)
        {
            var fout = Lees(formulier, makelaar.Identiteiten, out keuze);
            if (fout is not null)
            {
                return Toon(makelaar, context, verzoekId, verzoek, fout);
            }
        }
        if (!makelaar.Verzoeken.Neem(verzoekId, out verzoek))
        {
            return Html.Fout("Dit inlogverzoek is al beantwoord.");
        }
        var dienstverlener = await makelaar.DienstverlenerAsync(context.RequestAborted);
        var verklaring = keuze is null ? null : Makelaarverklaring.Van(keuze, verzoek.DienstIndex, makelaar, dienstverlener);
        return verzoek.Saml is { } saml
            ? SamlMakelaar.Beantwoord(makelaar, dienstverlener, context, saml, verklaring, viaPost: formulier["binding"] == "post")
            : OidcMakelaar.Beantwoord(makelaar, verzoek.Oidc!, verklaring);
    }

    private static string? Lees(IFormCollection formulier, Testidentiteiten identiteiten, out Inlogkeuze? keuze)
    {
        keuze = null;
        var medewerker = identiteiten.Medewerkers().FirstOrDefault(m => m.Sleutel == formulier["medewerker"]);
        var bestuur = identiteiten.Besturen().FirstOrDefault(b => b.Code == formulier["bestuur"]);
        var vestigingsnr = formulier["vestigingsnr"].ToString().Trim();
        var niveau = BetrouwbaarheidsniveauUrn.Lees("urn:etoegang:core:assurance-class:" + formulier["niveau"]);
        if (medewerker is null)
        {
            return "Kies een testmedewerker (veld medewerker).";
        }
        if (bestuur is null)
        {
            return "Kies een bestuur (veld bestuur).";
        }
        if (vestigingsnr.Length > 0 && !Vestigingsnummer().IsMatch(vestigingsnr))
        {
            return "Een vestigingsnummer heeft 12 cijfers (veld vestigingsnr).";
        }
        if (niveau is null)
        {
            return "Kies een betrouwbaarheidsniveau: loa2, loa2plus, loa3 of loa4 (veld niveau).";
        }
        keuze = new Inlogkeuze(medewerker, bestuur, vestigingsnr.Length > 0 ? vestigingsnr : null, niveau.Value);
        return null;
    }

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex Vestigingsnummer();
}
