using System.Net;
using System.Xml.Linq;

namespace Keten.Server.Tests.Soap;

/// <summary>A SOAP response as a test sees it: status, Content-Type, envelope, and the parts worth asserting.</summary>
public sealed record SoapAntwoord(HttpStatusCode Status, string? ContentType, XDocument Envelope)
{
    private static readonly XNamespace Soap = SoapEnvelopes.Soap;
    private static readonly XNamespace WsaNs = SoapEnvelopes.Wsa;

    /// <summary>The single child of soap:Body: the *_response element or soap:Fault.</summary>
    public XElement Body => Envelope.Root!.Element(Soap + "Body")!.Elements().Single();

    public bool IsFault => Body.Name == Soap + "Fault";

    /// <summary>The faultcode without its envelope prefix, e.g. "Client.DK0004"; null when this is no fault.</summary>
    public string? FaultCode
    {
        get
        {
            if (!IsFault)
            {
                return null;
            }
            var code = Body.Element("faultcode")!;
            var qname = code.Value.Trim();
            var colon = qname.IndexOf(':', StringComparison.Ordinal);
            var ns = colon < 0 ? code.GetDefaultNamespace() : code.GetNamespaceOfPrefix(qname[..colon]);
            return ns == Soap ? qname[(colon + 1)..] : qname;
        }
    }

    public string? FaultString => IsFault ? Body.Element("faultstring")?.Value : null;

    /// <summary>The value of the wsa header <paramref name="name"/>; wsa:From gives its wsa:Address.</summary>
    public string? Wsa(string name)
    {
        var header = Envelope.Root!.Element(Soap + "Header")?.Element(WsaNs + name);
        return name == "From" ? header?.Element(WsaNs + "Address")?.Value : header?.Value;
    }

    public static async Task<SoapAntwoord> LeesAsync(HttpResponseMessage response)
    {
        var tekst = await response.Content.ReadAsStringAsync();
        return new SoapAntwoord(response.StatusCode, response.Content.Headers.ContentType?.ToString(), XDocument.Parse(tekst));
    }
}
