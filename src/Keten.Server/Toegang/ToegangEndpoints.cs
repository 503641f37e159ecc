using Keten.Server.Soap;
using Keten.Toegang;
using Keten.Toegang.Saml;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Keten.Server.Toegang;

/// <summary>The login's endpoints under /toegang (docs/toegang.md, "Login in the server").</summary>
public static class ToegangEndpoints
{
    public const string MetadataType = "application/samlmetadata+xml";

    public static IEndpointRouteBuilder MapToegang(this IEndpointRouteBuilder app)
    {
        var browser = app.MapGroup("/toegang/saml").ExcludeFromDescription().AddEndpointFilter(GeenCache);
        browser.MapGet("/login", SamlLoginEndpoint.StartAsync);
        browser.MapMethods("/acs", [HttpMethods.Get, HttpMethods.Post], SamlAcsEndpoint.OntvangAsync);
        app.MapGet(OidcLogin.LoginAdres, OidcLoginEndpoint.Start).ExcludeFromDescription().AddEndpointFilter(GeenCache);
        app.MapGet("/toegang/saml/metadata", Metadata).ExcludeFromDescription();

        var toegang = app.MapGroup("/toegang").WithTags("Toegang");
        toegang.MapGet("/ik", (Func<HttpContext, Task<Results<Ok<ToegangIk>, ProblemHttpResult>>>)IkAsync)
            .WithSummary("The current login's authentication context (eHerkenning), or 401 when not logged in.")
            .MetSessiecontrole("alleen de eigen inlogsessie");
        toegang.MapPost("/uitloggen", (Func<HttpContext, Task<NoContent>>)UitloggenAsync).WithSummary("Ends the login session.")
            .Openbaar("uitloggen beëindigt alleen de sessie van wie het vraagt");
        return app;
    }

    /// <summary>eTOEGANG: every browser response of the login is kept out of caches.</summary>
    private static async ValueTask<object?> GeenCache(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-cache, no-store";
        context.HttpContext.Response.Headers.Pragma = "no-cache";
        return await next(context);
    }

    private static IResult Metadata(SamlLogin login)
    {
        if (login.Instellingen is not { } instellingen)
        {
            return ToegangPaginas.NietIngesteld();
        }
        var document = SamlMetadata.Maak(instellingen.Dienstverlener, [.. instellingen.Diensten.Select(d => d.Dienst)]);
        return Results.Bytes(XmlResponse.Utf8(document), MetadataType);
    }

    private static async Task<Results<Ok<ToegangIk>, ProblemHttpResult>> IkAsync(HttpContext http)
    {
        var sessie = await http.AuthenticateAsync(ToegangSessie.Schema);
        if (AuthenticatiecontextClaims.Lees(sessie.Principal) is not { } context)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Niet ingelogd",
                detail: "Log in met eHerkenning via /toegang/saml/login.");
        }
        return TypedResults.Ok(ToegangIk.Van(context, ToegangSessie.IngelogdOp(sessie.Principal!)));
    }

    private static async Task<NoContent> UitloggenAsync(HttpContext http)
    {
        await http.SignOutAsync(ToegangSessie.Schema);
        return TypedResults.NoContent();
    }
}
