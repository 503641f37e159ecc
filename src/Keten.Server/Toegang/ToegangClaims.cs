using System.Security.Claims;
using Keten.Application.Toegang;
using Keten.Toegang;

namespace Keten.Server.Toegang;

/// <summary>
/// The login in the request's principal as an <see cref="Aanmelding"/>: the eHerkenning identity the login's session
/// carries (<see cref="AuthenticatiecontextClaims"/>, authentication type "eHerkenning"), and/or an identity with the
/// medewerker of a DUO-token login (<see cref="TokenMedewerker"/>). <see cref="Principal"/> writes both.
/// </summary>
public static class ToegangClaims
{
    public const string TokenMedewerker = "urn:keten:toegang:token-medewerker";

    public static ClaimsPrincipal Principal(Aanmelding aanmelding, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(aanmelding);
        var principal = new ClaimsPrincipal();
        if (aanmelding.EHerkenning is { } context)
        {
            principal.AddIdentity(AuthenticatiecontextClaims.NaarIdentity(context));
        }

        if (aanmelding.TokenMedewerkerId is { } id)
        {
            principal.AddIdentity(new ClaimsIdentity([new Claim(TokenMedewerker, id)], authenticationType));
        }

        return principal;
    }

    /// <summary>The login in the principal; null when it holds none (or an incomplete eHerkenning identity and no token login).</summary>
    public static Aanmelding? Lees(ClaimsPrincipal? principal)
    {
        var context = AuthenticatiecontextClaims.Lees(principal);
        var token = principal?.Identities.Where(i => i.IsAuthenticated).Select(i => i.FindFirst(TokenMedewerker)?.Value).FirstOrDefault(v => v is not null);
        return context is null && token is null ? null : new Aanmelding(context, token);
    }
}

/// <summary>The default <see cref="IHuidigeMedewerker"/>: the login in the request's authenticated principal.</summary>
public sealed class ClaimsHuidigeMedewerker(IHttpContextAccessor http) : IHuidigeMedewerker
{
    public Aanmelding? Aanmelding => ToegangClaims.Lees(http.HttpContext?.User);
}
