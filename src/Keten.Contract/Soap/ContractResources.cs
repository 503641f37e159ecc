namespace Keten.Contract.Soap;

/// <summary>The WSDL/XSD files under Contracts/, embedded in this assembly.</summary>
internal static class ContractResources
{
    public static byte[] ReadAllBytes(string fileName)
    {
        var assembly = typeof(ContractResources).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .SingleOrDefault(name => name.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded contract '{fileName}' not found.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
