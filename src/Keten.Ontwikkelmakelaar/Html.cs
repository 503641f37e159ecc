using System.Text;
using Microsoft.AspNetCore.Http;
using static System.Net.WebUtility;

namespace Keten.Ontwikkelmakelaar;

/// <summary>The broker's Dutch pages: plain HTML forms that work without JavaScript, never cached.</summary>
internal static class Html
{
    public static IResult Pagina(string titel, string inhoud, int status = StatusCodes.Status200OK) =>
        new HtmlResultaat($"""
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><title>{HtmlEncode(titel)}</title>
            <style>body{"{"}font-family:sans-serif;max-width:40em;margin:2em auto{"}"} label{"{"}display:block;margin-top:1em{"}"} .fout{"{"}color:#a00{"}"}</style></head>
            <body><h1>{HtmlEncode(titel)}</h1>
            {inhoud}
            </body></html>
            """, status);

    public static IResult Fout(string tekst, int status = StatusCodes.Status400BadRequest) =>
        Pagina("Ontwikkelmakelaar: verzoek geweigerd", $"<p class=\"fout\">{HtmlEncode(tekst)}</p>", status);

    /// <summary>A form that posts itself to <paramref name="actie"/>: a button without JavaScript, at once with it.</summary>
    public static IResult Doorsturen(string actie, IEnumerable<(string Naam, string? Waarde)> velden)
    {
        var inhoud = new StringBuilder($"<form method=\"post\" action=\"{HtmlEncode(actie)}\">");
        foreach (var (naam, waarde) in velden.Where(v => v.Waarde is not null))
        {
            inhoud.Append($"<input type=\"hidden\" name=\"{HtmlEncode(naam)}\" value=\"{HtmlEncode(waarde)}\">");
        }
        inhoud.Append("<button type=\"submit\">Doorgaan</button></form><script>document.forms[0].submit()</script>");
        return Pagina("Ontwikkelmakelaar: doorsturen", inhoud.ToString());
    }

    private sealed class HtmlResultaat(string html, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var antwoord = httpContext.Response;
            antwoord.StatusCode = status;
            antwoord.ContentType = "text/html; charset=utf-8";
            antwoord.Headers.CacheControl = "no-cache, no-store";
            antwoord.Headers.Pragma = "no-cache";
            return antwoord.WriteAsync(html);
        }
    }
}
