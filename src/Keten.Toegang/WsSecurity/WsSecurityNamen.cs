namespace Keten.Toegang.WsSecurity;

/// <summary>Namespaces and algorithm URIs of the Edukoppeling WS-Security profile (toegang.md §4).</summary>
public static class WsSecurityNamen
{
    public const string Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";
    public const string Wsa = "http://www.w3.org/2005/08/addressing";
    public const string Wsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    public const string Wsu = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    public const string Wsse11 = "http://docs.oasis-open.org/wss/oasis-wss-wssecurity-secext-1.1.xsd";
    public const string XmlDsig = "http://www.w3.org/2000/09/xmldsig#";
    public const string X509v3 = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3";
    public const string Base64Binary = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";
    public const string ExcC14n = "http://www.w3.org/2001/10/xml-exc-c14n#";
    public const string RsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    public const string Sha256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    public const string Sha384 = "http://www.w3.org/2001/04/xmldsig-more#sha384";
    public const string Sha512 = "http://www.w3.org/2001/04/xmlenc#sha512";
}
