using System.Xml.Linq;

namespace Keten.Server.Soap;

/// <summary>Builds the SOAP 1.1 envelopes Keten answers with.</summary>
internal static class SoapAntwoordEnvelopes
{
    private static readonly XNamespace Soap = SoapNamespaces.Envelope;
    private static readonly XNamespace Wsa = SoapNamespaces.Addressing;

    /// <summary>
    /// An answer to <paramref name="verzoek"/> (PvE §6.4.8, "WSA-headers Response"): RelatesTo the request's
    /// MessageID, a new MessageID, To the request's From, From the request's To.
    /// </summary>
    public static XDocument Antwoord(WsaHeaders verzoek, string action, XElement body) =>
        Envelope(Header(action, verzoek.MessageId, to: verzoek.From, from: verzoek.To), body);

    /// <summary>A fault; RelatesTo and To are included when the request made them known.</summary>
    public static XDocument Fout(SoapFault fault, string? relatesTo, string? to, string from) =>
        Envelope(
            Header(SoapNamespaces.FaultAction, relatesTo, to, from),
            new XElement(Soap + "Fault",
                new XElement("faultcode", "soapenv:" + fault.Code),
                new XElement("faultstring", fault.Tekst)));

    private static XDocument Envelope(XElement header, XElement bodyInhoud) =>
        new(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Soap + "Envelope",
                new XAttribute(XNamespace.Xmlns + "soapenv", Soap.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "wsa", Wsa.NamespaceName),
                header,
                new XElement(Soap + "Body", bodyInhoud)));

    private static XElement Header(string action, string? relatesTo, string? to, string from) =>
        new(Soap + "Header",
            new XElement(Wsa + "Action", action),
            new XElement(Wsa + "MessageID", "urn:uuid:" + Guid.NewGuid()),
            relatesTo is null ? null : new XElement(Wsa + "RelatesTo", relatesTo),
            new XElement(Wsa + "From", new XElement(Wsa + "Address", from)),
            to is null ? null : new XElement(Wsa + "To", to));
}
