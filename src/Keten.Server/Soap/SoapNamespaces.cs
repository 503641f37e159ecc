using System.Xml.Linq;

namespace Keten.Server.Soap;

/// <summary>Namespaces of the SOAP 1.1 envelope and WS-Addressing 1.0 as Edukoppeling uses them.</summary>
public static class SoapNamespaces
{
    public static readonly XNamespace Envelope = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Addressing = "http://www.w3.org/2005/08/addressing";

    /// <summary>wsa:Action of a SOAP fault (WS-Addressing 1.0 SOAP binding §6).</summary>
    public const string FaultAction = "http://www.w3.org/2005/08/addressing/soap/fault";
}
