using Microsoft.AspNetCore.Routing;

namespace Keten.Server.Http;

public static class KetenHttpExtensions
{
    /// <summary>
    /// Binds and validates <see cref="KetenHttpOptions"/> (section "Keten") at start-up, and has a query, route or
    /// header value an endpoint cannot bind answered with 400 KTN400 naming it (<see cref="Parameterfouten"/>), in
    /// every environment: the framework throws only in Development unless told, and answers an empty 400 otherwise.
    /// </summary>
    public static IServiceCollection AddKetenHttp(this IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<Parameterfouten>();
        services.AddOptions<KetenHttpOptions>()
            .BindConfiguration("Keten")
            .Validate(o => o.IsGeldig,
                "Keten:PubliekAdres must be an absolute http(s) address without query, and Keten:Soap:MaxBerichtgrootte and Keten:Rest:MaxBerichtgrootte positive numbers of bytes.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>Limits request bodies; must come before anything that reads a body.</summary>
    public static IApplicationBuilder UseRestBerichtgrootte(this IApplicationBuilder app) => app.UseMiddleware<RestBerichtgrootte>();
}
