using System.Xml.Linq;

namespace Keten.Contract.Soap;

/// <summary>
/// The SOAP service of ROD: Keten's own contract DUO_ROD_Inschrijvingen_V1 (DUO publishes none; docs/rod-soap.md),
/// served the way RIO's are.
/// </summary>
public static class RodSoapServices
{
    public const string Inschrijvingen = "inschrijvingen1.0";

    /// <summary>The contract's name and file name stem.</summary>
    public const string InschrijvingenContract = "DUO_ROD_Inschrijvingen_V1";

    /// <summary>targetNamespace of DUO_ROD_Inschrijvingen_V1.xsd.</summary>
    public static readonly XNamespace InschrijvingenNamespace = "http://duo.nl/schema/DUO_ROD_Inschrijvingen_V1";

    /// <summary>The path under which ROD's SOAP service is served, beside RIO's /RIO/services.</summary>
    public const string Basispad = "/ROD/services";

    public static string Path(string service) => Basispad + "/" + service;
}
