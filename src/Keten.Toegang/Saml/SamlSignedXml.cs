using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Keten.Toegang.Saml;

/// <summary>
/// SignedXml that resolves a reference only to the single element carrying that <c>ID</c> (toegang.md §5): an
/// ID that is no NCName, absent or present twice throws. It remembers the element the reference resolved to, so
/// the caller can demand it is the element it is about to read.
/// </summary>
internal sealed class SamlSignedXml(XmlDocument document) : SignedXml(document)
{
    public XmlElement? GetekendElement { get; private set; }

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
        var treffers = document.SelectNodes($"//*[@ID='{idValue}']")!;
        if (treffers.Count != 1)
        {
            throw new CryptographicException("Reference ID does not name exactly one element.");
        }
        GetekendElement = (XmlElement)treffers[0]!;
        return GetekendElement;
    }
}
