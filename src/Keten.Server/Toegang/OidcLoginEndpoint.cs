using Microsoft.AspNetCore.Authentication;

namespace Keten.Server.Toegang;

/// <summary>
/// GET /toegang/oidc/login?returnUrl=/…: the OpenIdConnect handler's challenge (a redirect to the broker's authorize
/// endpoint asking the service's level as acr_values). The return address travels in the handler's protected state.
/// </summary>
public static class OidcLoginEndpoint
{
    public static IResult Start(string? returnUrl, OidcLogin login)
    {
        if (login.Instellingen is null)
        {
            return ToegangPaginas.NietIngesteld(OidcOpties.Sectie);
        }
        if (returnUrl is not null && !Terugkeeradressen.IsLokaal(returnUrl))
        {
            return ToegangPaginas.OngeldigTerugkeeradres(OidcLogin.LoginAdres);
        }
        return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl ?? Terugkeeradressen.Standaard }, [OidcLogin.Schema]);
    }
}
