using Keten.Contract.Soap;
using Keten.Server.Http;
using Microsoft.Extensions.Options;

namespace Keten.Server.Soap;

public static class SoapEndpoints
{
    /// <summary>
    /// Maps the RIO SOAP services: POST /RIO/services/beheren4.0 and /RIO/services/raadplegen4.0, and on the same
    /// paths GET ?wsdl and GET ?xsd.
    /// </summary>
    public static IEndpointRouteBuilder MapRioSoap(this IEndpointRouteBuilder app) =>
        app.MapSoap(RioSoapServices.Beheren, RioSoapServices.Raadplegen);

    /// <summary>Maps ROD's SOAP service: POST /ROD/services/inschrijvingen1.0, GET ?wsdl and GET ?xsd.</summary>
    public static IEndpointRouteBuilder MapRodSoap(this IEndpointRouteBuilder app) =>
        app.MapSoap(RodSoapServices.Inschrijvingen);

    private static IEndpointRouteBuilder MapSoap(this IEndpointRouteBuilder app, params string[] services)
    {
        // Fail at startup, not at the first request: compiles the XSDs and checks every registered handler.
        app.ServiceProvider.GetRequiredService<SoapOperaties>();
        var geladen = app.ServiceProvider.GetRequiredService<SoapContracten>();
        foreach (var service in services)
        {
            var path = geladen.Get(service).Pad;
            app.MapPost(path, (HttpContext context, SoapVerwerking verwerking) => verwerking.VerwerkAsync(context, service))
                .ExcludeFromDescription();
            app.MapGet(path, (HttpContext context, SoapContracten contracten, IOptions<KetenHttpOptions> http) =>
                    ContractDocumenten.ServeerAsync(context, contracten.Get(service), http.Value.Basis))
                .ExcludeFromDescription();
        }
        return app;
    }
}
