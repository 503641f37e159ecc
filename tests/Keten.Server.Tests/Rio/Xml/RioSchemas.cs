using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Keten.Contract.Rio.Xml;

namespace Keten.Server.Tests.Rio.Xml;

/// <summary>DUO's RIO V4 XSDs as embedded in Keten.Server, compiled once, for validating what the writers produce.</summary>
internal static class RioSchemas
{
    private static readonly Lazy<XmlSchemaSet> BeherenSet = new(() => Laad("DUO_RIO_Beheren_OnderwijsOrganisatie_V4.xsd"));
    private static readonly Lazy<XmlSchemaSet> RaadplegenSet = new(() => Laad("DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4.xsd"));

    public static XmlSchemaSet Beheren => BeherenSet.Value;

    public static XmlSchemaSet Raadplegen => RaadplegenSet.Value;

    /// <summary>Validates a whole message (root element) against its contract's XSD; returns every error found.</summary>
    public static IReadOnlyList<string> Fouten(XElement bericht)
    {
        var set = bericht.Name.Namespace == RioNamespaces.Beheren ? Beheren : Raadplegen;
        var fouten = new List<string>();
        new XDocument(new XElement(bericht)).Validate(set, (_, e) => fouten.Add($"{e.Severity}: {e.Message}"));
        return fouten;
    }

    public static void AssertGeldig(XElement bericht)
    {
        var fouten = Fouten(bericht);
        Assert.True(fouten.Count == 0, string.Join(Environment.NewLine, fouten) + Environment.NewLine + bericht);
    }

    private static XmlSchemaSet Laad(string bestand)
    {
        var assembly = typeof(BeherenXmlWriter).Assembly;
        var naam = assembly.GetManifestResourceNames().Single(n => n.EndsWith(bestand, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(naam)
            ?? throw new InvalidOperationException($"Resource {naam} missing.");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var set = new XmlSchemaSet();
        set.Add(XmlSchema.Read(reader, (_, e) => throw e.Exception)!);
        set.Compile();
        return set;
    }
}
