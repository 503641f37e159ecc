using Keten.Application.Toegang;
using Keten.Server.Toegang;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Keten.Server.Portaal.Pages;

/// <summary>
/// The login page: the eHerkenning doors that are configured (the development broker's on `dotnet run`, with a word on
/// whom to pick) and the DUO token for staff who have not moved yet. After the login: back to <see cref="Terug"/>.
/// </summary>
[OpenbarePortaalpagina]
public sealed class InloggenModel(SamlLogin saml, OidcLogin oidc, IConfiguration configuratie, IWebHostEnvironment omgeving, TokenAanmelding token,
    TimeProvider tijd) : PageModel
{
    public string Terug { get; private set; } = Portaalpaden.Basis;

    public string? SamlAdres { get; private set; }

    public string? OidcAdres { get; private set; }

    public bool Ontwikkelmakelaar { get; private set; }

    public bool Uitgelogd { get; private set; }

    public string? Gebruikersnaam { get; private set; }

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public IActionResult OnGet(string? terug, bool uitgelogd = false)
    {
        Bereid(terug);
        Uitgelogd = uitgelogd;
        return PortaalToegang.Van(HttpContext) is not null && !uitgelogd ? Redirect(Terug) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? terug, string? gebruikersnaam, string? code, CancellationToken ct)
    {
        Bereid(terug);
        Gebruikersnaam = gebruikersnaam;
        var uitkomst = await token.InloggenAsync(gebruikersnaam ?? "", code ?? "", ct);
        if (uitkomst.Waarde is { } medewerker)
        {
            await ToegangSessie.MeldAanAsync(HttpContext, new Aanmelding(null, medewerker.Id), tijd.GetUtcNow());
            return Redirect(Terug);
        }

        Fouten = [Veldfout.Van(uitkomst.Fout!, ["gebruikersnaam", "code"], "code")];
        return Page();
    }

    private void Bereid(string? terug)
    {
        Terug = terug is not null && Terugkeeradressen.IsLokaal(terug) && terug.StartsWith(Portaalpaden.Basis, StringComparison.Ordinal) ? terug : Portaalpaden.Basis;
        var teken = Uri.EscapeDataString(Terug);
        SamlAdres = saml.Instellingen is null ? null : $"/toegang/saml/login?returnUrl={teken}";
        OidcAdres = oidc.Instellingen is null ? null : $"{OidcLogin.LoginAdres}?returnUrl={teken}";
        Ontwikkelmakelaar = omgeving.IsDevelopment() && configuratie.GetValue<bool>("Keten:Ontwikkelmakelaar:Aan");
    }
}
