using System.Text;
using System.Xml;

namespace Keten.Toegang.Saml;

/// <summary>The HTTP-POST binding: the form field SAMLResponse (or SAMLRequest) is the base64 of the XML.</summary>
public static class SamlPostBinding
{
    public static XmlDocument Decodeer(string base64, string veld = "SAMLResponse")
    {
        try
        {
            return SamlXml.Laad(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
        }
        catch (FormatException)
        {
            throw new SamlWeigeringException(SamlWeigering.BerichtOnleesbaar, veld);
        }
    }

    public static string Codeer(XmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(document.OuterXml));
    }
}
