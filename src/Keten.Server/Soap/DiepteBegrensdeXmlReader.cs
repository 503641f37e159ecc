using System.Xml;

namespace Keten.Server.Soap;

/// <summary>
/// An <see cref="XmlReader"/> around the intake's reader that refuses an element nested deeper than
/// <see cref="SoapRequestLezer.MaxDiepte"/> the moment the reader reaches it, before the DOM grows, and stops when the
/// request is cancelled (the client is gone). Loading into System.Xml.Linq costs time proportional to an element's
/// depth (each added node walks up to the root), so an unbounded depth made a message of N nested elements cost N²:
/// 40,000 took seconds, 100,000 (700 KB) over a minute.
/// </summary>
internal sealed class DiepteBegrensdeXmlReader(XmlReader binnen, int maxDiepte, CancellationToken ct) : XmlReader, IXmlLineInfo
{
    /// <summary>The element directly under the root (soap:Header or soap:Body) the reader is in, for the fault.</summary>
    private string? deel;

    public override bool Read()
    {
        ct.ThrowIfCancellationRequested();
        var gelezen = binnen.Read();
        Controleer();
        return gelezen;
    }

    public override async Task<bool> ReadAsync()
    {
        ct.ThrowIfCancellationRequested();
        var gelezen = await binnen.ReadAsync().ConfigureAwait(false);
        Controleer();
        return gelezen;
    }

    private void Controleer()
    {
        if (binnen.NodeType != XmlNodeType.Element)
        {
            return;
        }
        if (binnen.Depth == 1)
        {
            deel = binnen.NamespaceURI == SoapNamespaces.Envelope.NamespaceName ? "soap:" + binnen.LocalName : null;
        }
        if (binnen.Depth >= maxDiepte)
        {
            var waar = deel is null ? "" : $"in {deel}, ";
            throw new SoapFaultException(SoapFaults.TeDiepGenest(maxDiepte, $"{waar}regel {LineNumber}, positie {LinePosition}"));
        }
    }

    public override Task<string> GetValueAsync() => binnen.GetValueAsync();

    public override int AttributeCount => binnen.AttributeCount;

    public override string BaseURI => binnen.BaseURI;

    public override int Depth => binnen.Depth;

    public override bool EOF => binnen.EOF;

    public override bool IsEmptyElement => binnen.IsEmptyElement;

    public override string LocalName => binnen.LocalName;

    public override string NamespaceURI => binnen.NamespaceURI;

    public override XmlNameTable NameTable => binnen.NameTable;

    public override XmlNodeType NodeType => binnen.NodeType;

    public override string Prefix => binnen.Prefix;

    public override ReadState ReadState => binnen.ReadState;

    public override string Value => binnen.Value;

    public override string GetAttribute(int i) => binnen.GetAttribute(i);

    public override string? GetAttribute(string name) => binnen.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => binnen.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => binnen.LookupNamespace(prefix);

    public override bool MoveToAttribute(string name) => binnen.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => binnen.MoveToAttribute(name, ns);

    public override bool MoveToElement() => binnen.MoveToElement();

    public override bool MoveToFirstAttribute() => binnen.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => binnen.MoveToNextAttribute();

    public override bool ReadAttributeValue() => binnen.ReadAttributeValue();

    public override void ResolveEntity() => binnen.ResolveEntity();

    public bool HasLineInfo() => binnen is IXmlLineInfo { } info && info.HasLineInfo();

    public int LineNumber => (binnen as IXmlLineInfo)?.LineNumber ?? 0;

    public int LinePosition => (binnen as IXmlLineInfo)?.LinePosition ?? 0;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            binnen.Dispose();
        }
        base.Dispose(disposing);
    }
}
