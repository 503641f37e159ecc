using System.Globalization;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Keten.Contract.Rio.Xml;

namespace Keten.Bench.Last;

/// <summary>
/// A RIO SOAP request as a school's software sends it (SOAP 1.1, WS-Addressing with the board's OIN in wsa:From,
/// SOAPAction equal to wsa:Action), kept as text with placeholders so that every send gets fresh ids cheaply.
/// </summary>
internal sealed class Envelop
{
    /// <summary>Replaced by a fresh UUID in every send: the identificatiecodeBedrijfsdocument and the wsa:MessageID.</summary>
    public const string DocumentId = "d0c0d0c0-0000-4000-8000-000000000001";

    /// <summary>Replaced by a fresh UUID in every send: the aangebodenOpleidingCode of an aanleveren.</summary>
    public const string ObjectId = "0b1ec700-0000-4000-8000-000000000002";

    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Wsa = "http://www.w3.org/2005/08/addressing";
    private static readonly MediaTypeHeaderValue TextXml = MediaTypeHeaderValue.Parse("text/xml;charset=UTF-8");

    private readonly string _tekst;

    public Envelop(string service, string operatie, string oin, params object[] inhoud)
    {
        Service = service;
        Operatie = operatie;
        var ns = service == "beheren4.0" ? RioNamespaces.Beheren : RioNamespaces.Raadplegen;
        Action = $"http://duo.nl/contract/{(service == "beheren4.0" ? "DUO_RIO_Beheren" : "DUO_RIO_Raadplegen")}_OnderwijsOrganisatie_V4/{operatie}";
        var kop = new BedrijfsdocumentKop(DocumentId, "SCHOOL", "DUO", new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));
        var envelope = new XElement(Soap + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soapenv", Soap.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "wsa", Wsa.NamespaceName),
            new XElement(Soap + "Header",
                new XElement(Wsa + "Action", Action),
                new XElement(Wsa + "From", new XElement(Wsa + "Address", "http://www.w3.org/2005/08/addressing/anonymous?oin=" + oin)),
                new XElement(Wsa + "MessageID", "urn:uuid:" + DocumentId),
                new XElement(Wsa + "To", $"https://duo.nl/RIO/services/{service}?oin=00000001800866472000")),
            new XElement(Soap + "Body", new XElement(ns + (operatie + "_request"), kop.Elementen(ns), inhoud)));
        _tekst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + envelope.ToString(SaveOptions.DisableFormatting);
    }

    public string Service { get; }

    public string Operatie { get; }

    public string Action { get; }

    public HttpRequestMessage Verzoek(Uri basis)
    {
        var tekst = _tekst.Replace(DocumentId, Guid.NewGuid().ToString("D"), StringComparison.Ordinal)
            .Replace(ObjectId, Guid.NewGuid().ToString("D"), StringComparison.Ordinal);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(basis, "/RIO/services/" + Service))
        {
            Content = new StringContent(tekst, TextXml),
        };
        request.Headers.TryAddWithoutValidation("SOAPAction", "\"" + Action + "\"");
        return request;
    }

    public static string Tijd(DateTimeOffset tijd) => tijd.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
