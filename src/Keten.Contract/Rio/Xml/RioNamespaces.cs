using System.Xml.Linq;

namespace Keten.Contract.Rio.Xml;

/// <summary>The XML namespaces of DUO's RIO V4 contracts (targetNamespace of each XSD).</summary>
public static class RioNamespaces
{
    public static readonly XNamespace Beheren = "http://duo.nl/schema/DUO_RIO_Beheren_OnderwijsOrganisatie_V4";

    public static readonly XNamespace Raadplegen = "http://duo.nl/schema/DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4";
}
