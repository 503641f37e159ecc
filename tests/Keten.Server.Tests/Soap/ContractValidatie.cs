using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Keten.Contract.Soap;

namespace Keten.Server.Tests.Soap;

/// <summary>
/// Validates a RIO message element (request or response) against DUO's XSD for its namespace, using the XSD files
/// the contract library embeds and the server serves. Independent of the server's own validation code.
/// </summary>
public static class ContractValidatie
{
    private static readonly Lazy<IReadOnlyDictionary<string, XmlSchemaSet>> SchemaSets = new(Compileer);

    /// <returns>The XSD errors, empty when valid.</returns>
    public static IReadOnlyList<string> Fouten(XElement bericht)
    {
        ArgumentNullException.ThrowIfNull(bericht);
        if (!SchemaSets.Value.TryGetValue(bericht.Name.NamespaceName, out var schemas))
        {
            return [$"No DUO XSD has targetNamespace '{bericht.Name.NamespaceName}'."];
        }
        var fouten = new List<string>();
        new XDocument(new XElement(bericht)).Validate(schemas, (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                fouten.Add(e.Message);
            }
        });
        return fouten;
    }

    public static void AssertValid(XElement bericht)
    {
        var fouten = Fouten(bericht);
        Assert.True(fouten.Count == 0,
            $"{bericht.Name.LocalName} is not valid against DUO's XSD:\n{string.Join('\n', fouten)}\n{bericht}");
    }

    private static IReadOnlyDictionary<string, XmlSchemaSet> Compileer()
    {
        var assembly = typeof(SoapContract).Assembly;
        var sets = new Dictionary<string, XmlSchemaSet>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".xsd", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            var schema = XmlSchema.Read(reader, null)!;
            var set = new XmlSchemaSet();
            set.Add(schema);
            set.Compile();
            sets.Add(schema.TargetNamespace!, set);
        }
        return sets;
    }
}
