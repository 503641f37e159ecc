namespace Keten.Toegang.Saml;

/// <summary>The namespaces, algorithm URIs and eTOEGANG names the SAML core reads and writes (toegang.md §2).</summary>
public static class SamlNamen
{
    public const string Protocol = "urn:oasis:names:tc:SAML:2.0:protocol";
    public const string Assertion = "urn:oasis:names:tc:SAML:2.0:assertion";
    public const string Metadata = "urn:oasis:names:tc:SAML:2.0:metadata";
    public const string XmlDsig = "http://www.w3.org/2000/09/xmldsig#";
    public const string XmlEnc = "http://www.w3.org/2001/04/xmlenc#";
    public const string Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";

    public const string ExcC14n = "http://www.w3.org/2001/10/xml-exc-c14n#";
    public const string EnvelopedSignature = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
    public const string RsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    public const string Sha256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    public const string RsaOaepMgf1p = "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p";
    public const string Aes128Cbc = "http://www.w3.org/2001/04/xmlenc#aes128-cbc";
    public const string Aes256Cbc = "http://www.w3.org/2001/04/xmlenc#aes256-cbc";
    public const string Aes128Gcm = "http://www.w3.org/2009/xmlenc11#aes128-gcm";
    public const string Aes256Gcm = "http://www.w3.org/2009/xmlenc11#aes256-gcm";
    public const string EncryptedElementType = "http://www.w3.org/2001/04/xmlenc#Element";

    public const string StatusSuccess = "urn:oasis:names:tc:SAML:2.0:status:Success";
    public const string StatusResponder = "urn:oasis:names:tc:SAML:2.0:status:Responder";
    public const string StatusAuthnFailed = "urn:oasis:names:tc:SAML:2.0:status:AuthnFailed";

    public const string BindingArtifact = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact";
    public const string BindingPost = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
    public const string BindingRedirect = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
    public const string BindingSoap = "urn:oasis:names:tc:SAML:2.0:bindings:SOAP";
    public const string BevestigingBearer = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
    public const string NameIdEntity = "urn:oasis:names:tc:SAML:2.0:nameid-format:entity";
    public const string NameIdPersistent = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";

    public const string ActingSubjectId = "urn:etoegang:core:ActingSubjectID";
    public const string LegalSubjectId = "urn:etoegang:core:LegalSubjectID";
    public const string ServiceId = "urn:etoegang:core:ServiceID";
    public const string ServiceUuid = "urn:etoegang:core:ServiceUUID";
    public const string Vestigingsnr = "urn:etoegang:1.9:ServiceRestriction:Vestigingsnr";
    public const string EntityConcernedKvKnr = "urn:etoegang:1.9:EntityConcernedID:KvKnr";
    public const string EntityConcernedRsin = "urn:etoegang:1.9:EntityConcernedID:RSIN";
}
