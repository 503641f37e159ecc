using Keten.Toegang;
using Keten.Toegang.Oidc;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Keten.Server.Toegang;

/// <summary>
/// How an OIDC login ends: accepted and at the service's level, the session starts and the browser returns to its
/// local address; refused, cancelled or failed, the same Dutch page as SAML. Logged by code only, never a claim's value.
/// </summary>
internal static class OidcLoginAfronding
{
    public static async Task TokenGevalideerdAsync(TokenValidatedContext c, OidcLoginInstellingen instellingen)
    {
        var logger = Logger(c.HttpContext);
        try
        {
            ValideerTokenantwoord(c);
        }
        catch (OpenIdConnectProtocolException e)
        {
            logger.LogWarning("OIDC login failed: {Fout}", e.GetType().Name);
            await EindigAsync(c, MisluktPagina());
            return;
        }
        Authenticatiecontext context;
        try
        {
            context = OidcClaimLezer.Lees(c.Principal?.Claims ?? [], instellingen.ClaimNamen);
        }
        catch (OidcWeigeringException e)
        {
            logger.LogWarning("OIDC login refused: {Weigering} ({Claim})", e.Weigering, e.Claim);
            await EindigAsync(c, ToegangPaginas.Geweigerd(StatusCodes.Status400BadRequest, e.Weigering.Tekst(), e.Weigering.ToString(), OidcLogin.LoginAdres));
            return;
        }
        if (!instellingen.IsToegestaan(context.ServiceId))
        {
            logger.LogWarning("OIDC login refused: the ServiceID is none of Keten's services");
            await EindigAsync(c, ToegangPaginas.DienstNietToegestaan(OidcLogin.LoginAdres));
            return;
        }
        if (context.Niveau < instellingen.MinimaalNiveau)
        {
            logger.LogInformation("OIDC login refused: level {Niveau} below {Minimaal}", context.Niveau, instellingen.MinimaalNiveau);
            await EindigAsync(c, ToegangPaginas.NiveauTeLaag(context.Niveau, instellingen.DienstNaam, instellingen.MinimaalNiveau, OidcLogin.LoginAdres));
            return;
        }
        var klok = c.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        await ToegangSessie.MeldAanAsync(c.HttpContext, context, klok.GetUtcNow());
        logger.LogInformation("OIDC login accepted at level {Niveau}", context.Niveau);
        var terug = c.Properties?.RedirectUri is { } adres && Terugkeeradressen.IsLokaal(adres) ? adres : Terugkeeradressen.Standaard;
        await EindigAsync(c, Results.Redirect(terug));
    }

    public static Task GeannuleerdAsync(AccessDeniedContext c)
    {
        Logger(c.HttpContext).LogInformation("OIDC login cancelled by the user");
        return EindigAsync(c, ToegangPaginas.Geannuleerd(OidcLogin.LoginAdres));
    }

    /// <summary>Anything else the handler refuses (a wrong state, correlation, nonce or signature; the broker's error or token endpoint failing).</summary>
    public static Task MisluktAsync(RemoteFailureContext c)
    {
        Logger(c.HttpContext).LogWarning("OIDC login failed: {Fout}", c.Failure?.GetType().Name);
        return EindigAsync(c, MisluktPagina());
    }

    /// <summary>
    /// The handler raises TokenValidated before its own protocol checks of the token response (the nonce against the
    /// nonce cookie, at_hash); Keten ends every login inside the event, so it runs those checks itself first.
    /// </summary>
    private static void ValideerTokenantwoord(TokenValidatedContext c) =>
        c.Options.ProtocolValidator.ValidateTokenResponse(new OpenIdConnectProtocolValidationContext
        {
            ClientId = c.Options.ClientId,
            ProtocolMessage = c.TokenEndpointResponse,
            ValidatedIdToken = c.SecurityToken,
            Nonce = c.Nonce,
        });

    private static IResult MisluktPagina() => ToegangPaginas.Geweigerd(StatusCodes.Status400BadRequest,
        "het antwoord van de herkenningsmakelaar kon niet worden gecontroleerd", "OidcMislukt", OidcLogin.LoginAdres);

    private static async Task EindigAsync<TOpties>(HandleRequestContext<TOpties> c, IResult pagina)
        where TOpties : AuthenticationSchemeOptions
    {
        c.HandleResponse();
        GeenCache(c.HttpContext.Response);
        await pagina.ExecuteAsync(c.HttpContext);
    }

    private static void GeenCache(HttpResponse response)
    {
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers.Pragma = "no-cache";
    }

    private static ILogger Logger(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Keten.Toegang.Login");
}
