using System.Xml.Linq;

namespace Keten.Contract.Soap;

/// <summary>The two SOAP services of RIO contract V4, as named in DUO's endpoint URLs.</summary>
public static class RioSoapServices
{
    public const string Beheren = "beheren4.0";
    public const string Raadplegen = "raadplegen4.0";

    /// <summary>targetNamespace of DUO_RIO_Beheren_OnderwijsOrganisatie_V4.xsd.</summary>
    public static readonly XNamespace BeherenNamespace = "http://duo.nl/schema/DUO_RIO_Beheren_OnderwijsOrganisatie_V4";

    /// <summary>targetNamespace of DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4.xsd.</summary>
    public static readonly XNamespace RaadplegenNamespace = "http://duo.nl/schema/DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4";

    /// <summary>The path under which every SOAP service is served.</summary>
    public const string Basispad = "/RIO/services";

    /// <summary>The path each service is served on.</summary>
    public static string Path(string service) => Basispad + "/" + service;

    /// <summary>The XSD namespace of a service's messages.</summary>
    public static XNamespace SchemaNamespace(string service) => service switch
    {
        Beheren => BeherenNamespace,
        Raadplegen => RaadplegenNamespace,
        _ => throw new ArgumentException($"Unknown SOAP service '{service}'.", nameof(service)),
    };
}
