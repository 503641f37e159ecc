using Keten.Application.Rio.Handlers;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Keten.Server.Portaal;

/// <summary>The base of every portal page that needs a login: the medewerker <see cref="PortaalToegang"/> established.</summary>
public abstract class PortaalPaginaModel : PageModel
{
    public Portaalgebruiker Gebruiker => PortaalToegang.Van(HttpContext)
        ?? throw new InvalidOperationException("No medewerker on this page: it is open, or the PortaalToegang filter did not run.");

    /// <summary>The sender the handlers judge: the medewerker's board, door Portaal, their authorisations.</summary>
    public Afzender Afzender => Gebruiker.Afzender;
}
