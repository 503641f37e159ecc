using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Keten.Toegang.Xml;

/// <summary>
/// SignedXml that resolves a reference only to the single element carrying that id in one of the given id
/// attributes (toegang.md §5): an id that is no NCName, absent or present twice throws. It remembers the element
/// each reference resolved to, so the caller can demand it is the element it is about to read.
/// </summary>
public class EenduidigeIdSignedXml : SignedXml
{
    private readonly string idPad;
    private readonly XmlNamespaceManager naamruimten;
    private readonly Dictionary<string, XmlElement> opgelost = new(StringComparer.Ordinal);

    /// <param name="idAttributen">The id attributes as XPath attribute steps, e.g. "@ID" or "@wsu:Id".</param>
    /// <param name="prefixen">The prefixes those steps use, with their namespaces.</param>
    public EenduidigeIdSignedXml(XmlDocument document, IReadOnlyList<string> idAttributen,
        IReadOnlyDictionary<string, string>? prefixen = null) : base(document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(idAttributen);
        idPad = string.Join(" or ", idAttributen.Select(a => a + "='{0}'"));
        naamruimten = new XmlNamespaceManager(document.NameTable);
        foreach (var (prefix, naamruimte) in prefixen ?? new Dictionary<string, string>())
        {
            naamruimten.AddNamespace(prefix, naamruimte);
        }
    }

    /// <summary>The element the last resolved reference pointed at.</summary>
    public XmlElement? GetekendElement { get; private set; }

    /// <summary>Every id a reference resolved, with its element.</summary>
    public IReadOnlyDictionary<string, XmlElement> Opgelost => opgelost;

    public override XmlElement? GetIdElement(XmlDocument? document, string idValue)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            XmlConvert.VerifyNCName(idValue);
        }
        catch (XmlException)
        {
            throw new CryptographicException("Reference ID is no NCName.");
        }
        var treffers = document.SelectNodes($"//*[{string.Format(System.Globalization.CultureInfo.InvariantCulture, idPad, idValue)}]", naamruimten)!;
        if (treffers.Count != 1)
        {
            throw new CryptographicException("Reference ID does not name exactly one element.");
        }
        GetekendElement = (XmlElement)treffers[0]!;
        opgelost[idValue] = GetekendElement;
        return GetekendElement;
    }
}
