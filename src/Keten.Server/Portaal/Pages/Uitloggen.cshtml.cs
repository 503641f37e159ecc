using Keten.Server.Toegang;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Keten.Server.Portaal.Pages;

/// <summary>POST /portaal/uitloggen ends the session (the same as POST /toegang/uitloggen) and shows the login page.</summary>
[OpenbarePortaalpagina]
public sealed class UitloggenModel : PageModel
{
    public IActionResult OnGet() => Redirect(Portaalpaden.Basis);

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(ToegangSessie.Schema);
        return Redirect(Portaalpaden.Basis + "/inloggen?uitgelogd=true");
    }
}
