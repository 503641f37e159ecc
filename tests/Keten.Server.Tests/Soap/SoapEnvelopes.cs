using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;

namespace Keten.Server.Tests.Soap;

/// <summary>
/// Builds SOAP requests the way a school's software sends them to RIO (DUO's PvE §6.4): SOAP 1.1, WS-Addressing
/// with OINs, SOAPAction equal to wsa:Action, a bedrijfsdocument in the body. No WS-Security (not checked yet).
/// Written independently of the server's own code, so a round trip tests the server against the contract.
/// </summary>
public static class SoapEnvelopes
{
    public const string Beheren = "beheren4.0";
    public const string Raadplegen = "raadplegen4.0";
    public const string RodInschrijvingen = "inschrijvingen1.0";

    /// <summary>DUO's OIN: the wsa:To of every request.</summary>
    public const string DuoOin = "00000001800866472000";

    /// <summary>An institution's OIN: "00000007000" + BRIN4 + "00000".</summary>
    public const string SchoolOin = "0000000700025BE00000";

    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Wsa = "http://www.w3.org/2005/08/addressing";
    public static readonly XNamespace BeherenNs = "http://duo.nl/schema/DUO_RIO_Beheren_OnderwijsOrganisatie_V4";
    public static readonly XNamespace RaadplegenNs = "http://duo.nl/schema/DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4";
    public static readonly XNamespace RodNs = "http://duo.nl/schema/DUO_ROD_Inschrijvingen_V1";

    /// <summary>The namespace of a service's message elements.</summary>
    public static XNamespace Namespace(string service) => service switch
    {
        Beheren => BeherenNs,
        Raadplegen => RaadplegenNs,
        RodInschrijvingen => RodNs,
        _ => throw new ArgumentException($"Unknown service {service}", nameof(service)),
    };

    /// <summary>The WSDL's soapAction of an operation: contract namespace + "/" + operation.</summary>
    public static string Action(string service, string operatie) => service switch
    {
        Beheren => "http://duo.nl/contract/DUO_RIO_Beheren_OnderwijsOrganisatie_V4/" + operatie,
        Raadplegen => "http://duo.nl/contract/DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4/" + operatie,
        RodInschrijvingen => "http://duo.nl/contract/DUO_ROD_Inschrijvingen_V1/" + operatie,
        _ => throw new ArgumentException($"Unknown service {service}", nameof(service)),
    };

    /// <summary>The path a service is served on: RIO's under /RIO/services, ROD's under /ROD/services.</summary>
    public static string Pad(string service) => (service == RodInschrijvingen ? "/ROD/services/" : "/RIO/services/") + service;

    /// <summary>
    /// The <c>{operatie}_request</c> element: a bedrijfsdocument (new UUID, from <paramref name="verzendendeInstantie"/>
    /// to "DUO", now) followed by <paramref name="inhoud"/> (elements in the service's namespace).
    /// </summary>
    public static XElement Verzoek(string service, string operatie, string verzendendeInstantie, params object[] inhoud)
    {
        var ns = Namespace(service);
        return new XElement(ns + (operatie + "_request"),
            new XElement(ns + "identificatiecodeBedrijfsdocument", Guid.NewGuid().ToString()),
            new XElement(ns + "verzendendeInstantie", verzendendeInstantie),
            new XElement(ns + "ontvangendeInstantie", "DUO"),
            new XElement(ns + "datumTijdBedrijfsdocument",
                DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
            inhoud);
    }

    /// <summary>A valid request envelope carrying <paramref name="body"/> for the operation.</summary>
    public static XDocument Envelope(
        string service, string operatie, XElement body, string fromOin = SchoolOin, string toOin = DuoOin) =>
        new(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Soap + "Envelope",
                new XAttribute(XNamespace.Xmlns + "soapenv", Soap.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "wsa", Wsa.NamespaceName),
                new XElement(Soap + "Header",
                    new XElement(Wsa + "Action", Action(service, operatie)),
                    new XElement(Wsa + "From",
                        new XElement(Wsa + "Address", "http://www.w3.org/2005/08/addressing/anonymous?oin=" + fromOin)),
                    new XElement(Wsa + "MessageID", "urn:uuid:" + Guid.NewGuid()),
                    new XElement(Wsa + "To", $"https://duo.nl{Pad(service)}?oin={toOin}")),
                new XElement(Soap + "Body", body)));

    /// <summary>The wsa header <paramref name="name"/> of a request envelope (to read or change in a test).</summary>
    public static XElement? Header(XDocument envelope, string name) =>
        envelope.Root!.Element(Soap + "Header")?.Element(Wsa + name);

    /// <summary>
    /// The HTTP request: POST to the service, Content-Type text/xml;charset=UTF-8, SOAPAction (quoted, as SOAP 1.1
    /// clients send it) equal to the envelope's wsa:Action unless <paramref name="soapAction"/> says otherwise.
    /// </summary>
    public static HttpRequestMessage HttpVerzoek(string service, XDocument envelope, string? soapAction = null)
    {
        soapAction ??= Header(envelope, "Action")?.Value ?? "";
        var xml = envelope.Declaration + envelope.ToString(SaveOptions.DisableFormatting);
        return HttpVerzoek(service, Encoding.UTF8.GetBytes(xml), "text/xml;charset=UTF-8", soapAction);
    }

    /// <summary>An HTTP request with raw bytes, for tests of the transport checks.</summary>
    public static HttpRequestMessage HttpVerzoek(string service, byte[] inhoud, string contentType, string? soapAction)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Pad(service))
        {
            Content = new ByteArrayContent(inhoud),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (soapAction is not null)
        {
            request.Headers.TryAddWithoutValidation("SOAPAction", "\"" + soapAction + "\"");
        }
        return request;
    }

    /// <summary>Posts the envelope and reads the answer.</summary>
    public static async Task<SoapAntwoord> PostAsync(
        HttpClient client, string service, XDocument envelope, string? soapAction = null)
    {
        using var request = HttpVerzoek(service, envelope, soapAction);
        using var response = await client.SendAsync(request);
        return await SoapAntwoord.LeesAsync(response);
    }
}
