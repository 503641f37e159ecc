using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Toegang;
using Keten.Server.Toegang;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Keten.Server.Portaal;

/// <summary>
/// The portal's door (docs/portaal.md, "Login and authorisation"), before every page: the login session (the same cookie
/// as the JSON API's), the medewerker it is (<see cref="HuidigeMedewerkerBepaling"/>: EH3 or higher, linked, of the board
/// the login represents), and one of the page's functions. Without a login: to the login page, back here after it; a
/// login that is no medewerker or lacks the function: the page that says why and what to do (with the code).
/// </summary>
public sealed class PortaalToegang(HuidigeMedewerkerBepaling bepaling, ReferentiedataBron referentie) : IAsyncPageFilter
{
    private const string ItemSleutel = "Keten.Portaalgebruiker";

    /// <summary>The medewerker this filter established for the page; only pages that are not <see cref="OpenbarePortaalpaginaAttribute"/> have one.</summary>
    public static Portaalgebruiker? Van(HttpContext http) => http?.Items[ItemSleutel] as Portaalgebruiker;

    /// <summary>
    /// Middleware for /portaal: the session's principal becomes the request's user before anything else runs, so the
    /// antiforgery check (which binds a form's token to the user) sees the same user the form was rendered for.
    /// </summary>
    public static async Task SessieAlsGebruikerAsync(HttpContext http, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        if (http.Request.Path.StartsWithSegments(Portaalpaden.Basis, StringComparison.OrdinalIgnoreCase)
            && await http.AuthenticateAsync(ToegangSessie.Schema) is { Succeeded: true, Principal: { } sessie })
        {
            http.User = sessie;
        }

        await next();
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var pagina = context.HandlerInstance.GetType();
        var openbaar = pagina.IsDefined(typeof(OpenbarePortaalpaginaAttribute), inherit: true);
        if (ToegangClaims.Lees(http.User) is not { } aanmelding)
        {
            context.Result = openbaar ? null : new RedirectResult(Portaalpaden.Inloggen(http.Request.Path + http.Request.QueryString));
            if (openbaar)
            {
                await next();
            }

            return;
        }

        var uitkomst = await bepaling.BepaalAsync(aanmelding, http.RequestAborted);
        if (uitkomst.Waarde is { } medewerker)
        {
            var bestuur = referentie.Huidig.Bestuur(medewerker.Onderwijsbestuurcode);
            var gebruiker = new Portaalgebruiker(medewerker, bestuur?.Naam ?? medewerker.Onderwijsbestuurcode,
                MedewerkerAfzender.Van(medewerker, referentie.Huidig, Deur.Portaal));
            http.Items[ItemSleutel] = gebruiker;
            if (!openbaar && pagina.GetCustomAttributes(typeof(PortaalFunctiesAttribute), inherit: true) is [PortaalFunctiesAttribute vereist, ..]
                && !gebruiker.MagEenVan(vereist.Functies))
            {
                context.Result = new RedirectResult(Portaalpaden.GeenToegang("TGA021", string.Join(",", vereist.Functies)));
                return;
            }
        }
        else if (!openbaar)
        {
            context.Result = new RedirectResult(Portaalpaden.GeenToegang(uitkomst.Fout!.Foutcode, null));
            return;
        }

        await next();
    }
}
