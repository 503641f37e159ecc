using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Keten.Contract.Soap;

/// <summary>
/// One of the service contracts Keten serves (DUO's RIO V4, Keten's ROD): the WSDL (operations and their
/// soapAction) and the XSD it imports, compiled once into an <see cref="XmlSchemaSet"/>.
/// </summary>
public sealed class SoapContract
{
    private static readonly XNamespace WsdlNs = "http://schemas.xmlsoap.org/wsdl/";
    private static readonly XNamespace WsdlSoapNs = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static readonly XNamespace XsdNs = XmlSchema.Namespace;

    private readonly XDocument wsdl;
    private readonly Dictionary<string, string> operatieVoorAction;

    private SoapContract(string service, string naam, string pad, XNamespace schemaNamespace, XDocument wsdl, byte[] xsd,
        XmlSchemaSet schemas, IReadOnlyDictionary<string, string> soapActions)
    {
        Service = service;
        Naam = naam;
        Pad = pad;
        this.wsdl = wsdl;
        Xsd = xsd;
        Schemas = schemas;
        SoapActions = soapActions;
        SchemaNamespace = schemaNamespace;
        ContractNamespace = (string?)wsdl.Root?.Attribute("targetNamespace") ?? "";
        operatieVoorAction = soapActions.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);
    }

    /// <summary>"beheren4.0", "raadplegen4.0" or "inschrijvingen1.0".</summary>
    public string Service { get; }

    /// <summary>The path the service is served on, e.g. "/RIO/services/beheren4.0".</summary>
    public string Pad { get; }

    /// <summary>The contract's name and file name stem, e.g. "DUO_RIO_Beheren_OnderwijsOrganisatie_V4".</summary>
    public string Naam { get; }

    /// <summary>The XSD's targetNamespace: the namespace of every message element.</summary>
    public XNamespace SchemaNamespace { get; }

    /// <summary>The WSDL's targetNamespace, e.g. "http://duo.nl/contract/DUO_RIO_Beheren_OnderwijsOrganisatie_V4".</summary>
    public string ContractNamespace { get; }

    /// <summary>Operation name → soapAction, as the WSDL binding declares them.</summary>
    public IReadOnlyDictionary<string, string> SoapActions { get; }

    public XmlSchemaSet Schemas { get; }

    /// <summary>The XSD file as DUO publishes it.</summary>
    public byte[] Xsd { get; }

    /// <summary>A copy of the WSDL, for the caller to adapt (addresses) before serving.</summary>
    public XDocument WsdlKopie() => new(wsdl);

    public string? OperatieVoorAction(string soapAction) =>
        operatieVoorAction.TryGetValue(soapAction, out var operatie) ? operatie : null;

    public XName RequestElement(string operatie) => SchemaNamespace + (operatie + "_request");

    public XName ResponseElement(string operatie) => SchemaNamespace + (operatie + "_response");

    /// <summary>Validates a message element (a *_request or *_response) against the XSD.</summary>
    public IReadOnlyList<string> Valideer(XElement bericht) => XsdValidatie.Valideer(Schemas, bericht);

    /// <summary>A RIO V4 contract, served under <see cref="RioSoapServices.Basispad"/>.</summary>
    public static SoapContract Laad(string service, string naam) =>
        Laad(service, naam, RioSoapServices.Path(service), RioSoapServices.SchemaNamespace(service));

    /// <summary>Loads "{naam}.wsdl" and "{naam}.xsd" from the embedded contracts and checks they agree.</summary>
    public static SoapContract Laad(string service, string naam, string pad, XNamespace schemaNamespace)
    {
        ArgumentNullException.ThrowIfNull(schemaNamespace);
        var wsdl = LeesXml(ContractResources.ReadAllBytes(naam + ".wsdl"));
        var xsd = ContractResources.ReadAllBytes(naam + ".xsd");
        var schemas = Compileer(xsd);

        var verwacht = schemaNamespace.NamespaceName;
        if (!schemas.Contains(verwacht))
        {
            throw new InvalidOperationException($"{naam}.xsd does not have targetNamespace {verwacht}.");
        }
        var import = wsdl.Descendants(XsdNs + "import").SingleOrDefault();
        if ((string?)import?.Attribute("namespace") != verwacht)
        {
            throw new InvalidOperationException($"{naam}.wsdl does not import the schema {verwacht}.");
        }

        var soapActions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var operation in wsdl.Descendants(WsdlNs + "binding").Elements(WsdlNs + "operation"))
        {
            var operatie = (string?)operation.Attribute("name")
                ?? throw new InvalidOperationException($"{naam}.wsdl has a binding operation without a name.");
            var soapAction = (string?)operation.Element(WsdlSoapNs + "operation")?.Attribute("soapAction")
                ?? throw new InvalidOperationException($"{naam}.wsdl: operation {operatie} has no soapAction.");
            foreach (var suffix in new[] { "_request", "_response" })
            {
                if (!schemas.GlobalElements.Contains(new XmlQualifiedName(operatie + suffix, verwacht)))
                {
                    throw new InvalidOperationException($"{naam}.xsd does not declare {operatie}{suffix}.");
                }
            }
            soapActions.Add(operatie, soapAction);
        }
        return new SoapContract(service, naam, pad, schemaNamespace, wsdl, xsd, schemas, soapActions);
    }

    private static XmlSchemaSet Compileer(byte[] xsd)
    {
        var schemas = new XmlSchemaSet { XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(xsd), VeiligeInstellingen());
        schemas.Add(XmlSchema.Read(reader, (_, e) => throw e.Exception)!);
        schemas.Compile();
        return schemas;
    }

    private static XDocument LeesXml(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), VeiligeInstellingen());
        return XDocument.Load(reader);
    }

    private static XmlReaderSettings VeiligeInstellingen() =>
        new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
}
