using Keten.Server.Http;
using Microsoft.Extensions.Options;

namespace Keten.Server.Soap;

public static class SoapEndpoints
{
    /// <summary>
    /// Maps the RIO SOAP services: POST /RIO/services/beheren4.0 and /RIO/services/raadplegen4.0, and on the same
    /// paths GET ?wsdl and GET ?xsd.
    /// </summary>
    public static IEndpointRouteBuilder MapRioSoap(this IEndpointRouteBuilder app)
    {
        // Fail at startup, not at the first request: compiles the XSDs and checks every registered handler.
        app.ServiceProvider.GetRequiredService<SoapOperaties>();
        foreach (var service in new[] { RioSoapServices.Beheren, RioSoapServices.Raadplegen })
        {
            var path = RioSoapServices.Path(service);
            app.MapPost(path, (HttpContext context, SoapVerwerking verwerking) => verwerking.VerwerkAsync(context, service))
                .ExcludeFromDescription();
            app.MapGet(path, (HttpContext context, SoapContracten contracten, IOptions<KetenHttpOptions> http) =>
                    ContractDocumenten.ServeerAsync(context, contracten.Get(service), http.Value.Basis))
                .ExcludeFromDescription();
        }
        return app;
    }
}
