using System.Xml.Linq;
using System.Xml.Schema;
using Keten.Contract.Soap;

namespace Keten.Server.Soap;

/// <summary>
/// Serves DUO's WSDL (GET ?wsdl) with soap:address pointing at this server's configured public address
/// (Keten:PubliekAdres; never the request's Host header, which a client chooses) and its xsd:import pointing at
/// GET ?xsd, which serves the XSD as DUO publishes it.
/// </summary>
internal static class ContractDocumenten
{
    private static readonly XNamespace WsdlSoapNs = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static readonly XNamespace XsdNs = XmlSchema.Namespace;

    /// <param name="publiekAdres">The server's public base address, without trailing slash.</param>
    public static async Task ServeerAsync(HttpContext context, SoapContract contract, string publiekAdres)
    {
        var request = context.Request;
        var ct = context.RequestAborted;
        var serviceUrl = publiekAdres + contract.Pad;
        if (request.Query.ContainsKey("wsdl"))
        {
            await XmlResponse.SchrijfAsync(context.Response, Wsdl(contract, serviceUrl), StatusCodes.Status200OK, ct);
        }
        else if (request.Query.ContainsKey("xsd"))
        {
            await XmlResponse.SchrijfAsync(context.Response, contract.Xsd, StatusCodes.Status200OK, ct);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    public static XDocument Wsdl(SoapContract contract, string serviceUrl)
    {
        var wsdl = contract.WsdlKopie();
        foreach (var address in wsdl.Descendants(WsdlSoapNs + "address"))
        {
            address.SetAttributeValue("location", serviceUrl);
        }
        foreach (var import in wsdl.Descendants(XsdNs + "import"))
        {
            import.SetAttributeValue("schemaLocation", serviceUrl + "?xsd");
        }
        return wsdl;
    }
}
