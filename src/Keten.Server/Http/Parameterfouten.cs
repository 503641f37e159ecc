using System.Reflection;
using System.Text.RegularExpressions;
using Keten.Server.Rio.Rest;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

namespace Keten.Server.Http;

/// <summary>
/// A query, route or header value a minimal-API endpoint cannot bind (no date, no number, none of an enum's names, a
/// required one missing) is answered as every other malformed request: 400 ProblemDetails KTN400 whose <c>veld</c> is
/// the parameter as the request names it. The framework reports such a value as a <see cref="BadHttpRequestException"/>
/// (RouteHandlerOptions.ThrowOnBadRequest, which <see cref="KetenHttpExtensions.AddKetenHttp"/> sets in every
/// environment); its message names the parameter, the endpoint's handler gives its type and binding name.
/// Any other exception is left to the next handler.
/// </summary>
public sealed partial class Parameterfouten(ILogger<Parameterfouten> logger) : IExceptionHandler
{
    private const string Titel = "Het verzoek voldoet niet aan het contract";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } fout
            || Bindingsfout().Match(fout.Message) is not { Success: true } gelezen
            || httpContext.Response.HasStarted)
        {
            return false;
        }

        var naam = gelezen.Groups["naam"].Value;
        var parameter = Parameter(httpContext, naam);
        var veld = Bindingsnaam(parameter) ?? naam;
        var melding = gelezen.Groups["waarde"].Success
            ? Uitleg(veld, parameter?.ParameterType, gelezen.Groups["waarde"].Value)
            : $"{veld} is verplicht en ontbreekt";
        Geweigerd(logger, httpContext.Request.Method, httpContext.Request.Path, veld);
        await RestAntwoorden.Ongeldig(veld, melding, Titel).ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>What the parameter takes, said as the other KTN400 refusals of a query parameter say it.</summary>
    private static string Uitleg(string veld, Type? type, string waarde)
    {
        var kern = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        var soort = kern switch
        {
            null => null,
            _ when kern == typeof(DateOnly) => "een datum (jjjj-mm-dd)",
            _ when kern == typeof(DateTimeOffset) || kern == typeof(DateTime) =>
                "een datum-tijd (ISO 8601) van 0001-01-01T00:00:00Z tot en met 9999-12-31T23:59:59Z",
            _ when kern == typeof(Guid) => "een UUID",
            _ when kern == typeof(bool) => "true of false",
            _ when kern.IsEnum => "een van " + string.Join(", ", Enum.GetNames(kern)),
            _ when kern == typeof(int) || kern == typeof(long) || kern == typeof(short) => "een geheel getal",
            _ => null,
        };
        return soort is null ? $"'{waarde}' is geen geldige waarde voor {veld}" : $"{veld} is {soort}, niet '{waarde}'";
    }

    /// <summary>The handler's parameter of that name; the endpoint is kept in the feature (the middleware clears it from the context).</summary>
    private static ParameterInfo? Parameter(HttpContext httpContext, string naam) =>
        httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
            .FirstOrDefault(p => p.Name == naam);

    /// <summary>The name the request uses when the handler gives one ([FromQuery(Name = …)] and the like).</summary>
    private static string? Bindingsnaam(ParameterInfo? parameter) =>
        parameter?.GetCustomAttributes().Select(a => a switch
        {
            IFromQueryMetadata q => q.Name,
            IFromRouteMetadata r => r.Name,
            IFromHeaderMetadata h => h.Name,
            _ => null,
        }).FirstOrDefault(n => !string.IsNullOrEmpty(n));

    /// <summary>The two messages of RequestDelegateFactory that name a parameter: a value it cannot read, a required one absent.</summary>
    [GeneratedRegex("""
        ^(?:Failed to bind parameter "(?<type>[^"]*) (?<naam>[^" ]+)" from "(?<waarde>.*)"\.|Required parameter "(?<type>[^"]*) (?<naam>[^" ]+)" was not provided from .+\.)$
        """, RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Bindingsfout();

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path}: parameter {Veld} cannot be bound, refused with 400 KTN400")]
    private static partial void Geweigerd(ILogger logger, string method, PathString path, string veld);
}
