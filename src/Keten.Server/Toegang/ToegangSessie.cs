using System.Globalization;
using System.Security.Claims;
using Keten.Application.Toegang;
using Keten.Toegang;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Keten.Server.Toegang;

/// <summary>
/// The login session: an ASP.NET Core cookie (ADR 0016) carrying the whole <see cref="Authenticatiecontext"/> as
/// claims, ended after <see cref="ToegangSessieOpties.Inactief"/> without requests (sliding) and at the latest
/// <see cref="ToegangSessieOpties.Maximaal"/> after the login, whatever the activity.
/// </summary>
public static class ToegangSessie
{
    public const string Schema = "KetenSessie";

    /// <summary>"__Host-": only over HTTPS, for this host, path /.</summary>
    public const string CookieNaam = "__Host-KetenSessie";

    public const string IngelogdOpClaim = "urn:keten:toegang:ingelogd-op";

    public static AuthenticationBuilder AddToegangSessie(this AuthenticationBuilder builder, ToegangSessieOpties opties) =>
        builder.AddCookie(Schema, o =>
        {
            o.Cookie.Name = CookieNaam;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = opties.Inactief;
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = context => WeigerNaMaximum(context, opties.Maximaal);
        });

    public static Task MeldAanAsync(HttpContext http, Authenticatiecontext context, DateTimeOffset nu) =>
        MeldAanAsync(http, new Aanmelding(context, null), nu);

    /// <summary>Starts the session of a login: an eHerkenning identity, a DUO-token medewerker, or both.</summary>
    public static Task MeldAanAsync(HttpContext http, Aanmelding aanmelding, DateTimeOffset nu)
    {
        var principal = ToegangClaims.Principal(aanmelding, Schema);
        principal.Identities.First().AddClaim(new Claim(IngelogdOpClaim, nu.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return http.SignInAsync(Schema, principal, new AuthenticationProperties { IsPersistent = false });
    }

    /// <summary>
    /// For endpoints that read the login from the request's principal: when no other scheme authenticated the request,
    /// the session cookie's principal becomes the request's user.
    /// </summary>
    public static async ValueTask<object?> LeesSessieAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true && await http.AuthenticateAsync(Schema) is { Succeeded: true, Principal: { } sessie })
        {
            http.User = sessie;
        }

        return await next(context);
    }

    public static DateTimeOffset? IngelogdOp(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirst(IngelogdOpClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconden)
            ? DateTimeOffset.FromUnixTimeSeconds(seconden)
            : null;

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static async Task WeigerNaMaximum(CookieValidatePrincipalContext context, TimeSpan maximaal)
    {
        var nu = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
        if (context.Principal is null || IngelogdOp(context.Principal) is not { } ingelogdOp || nu >= ingelogdOp + maximaal)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Schema);
        }
    }
}

/// <summary>Keten:Toegang:Sessie: minutes without a request before the session ends, and hours after which it always ends.</summary>
public sealed record ToegangSessieOpties(TimeSpan Inactief, TimeSpan Maximaal)
{
    public static ToegangSessieOpties Lees(IConfiguration configuratie) => new(
        TimeSpan.FromMinutes(configuratie.GetValue("Keten:Toegang:Sessie:InactiefMinuten", 15.0)),
        TimeSpan.FromHours(configuratie.GetValue("Keten:Toegang:Sessie:MaximaalUren", 8.0)));
}
