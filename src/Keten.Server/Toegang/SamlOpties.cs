namespace Keten.Server.Toegang;

/// <summary>Keten:Toegang:Saml as the operator writes it (docs/toegang.md, "Login in the server").</summary>
public sealed class SamlOpties
{
    public const string Sectie = "Keten:Toegang:Saml";

    /// <summary>Keten's entity ID as dienstverlener, e.g. urn:etoegang:DV:&lt;OIN&gt;:entities:0001.</summary>
    public string? EntityId { get; set; }

    /// <summary>The ACS URLs as the herkenningsmakelaar knows them (index = position), each ending on /toegang/saml/acs.</summary>
    public List<string> AssertionConsumerServiceUrls { get; set; } = [];

    /// <summary>Which of them the AuthnRequest asks the answer to go to.</summary>
    public int AssertionConsumerServiceIndex { get; set; }

    public string ProviderName { get; set; } = "Keten";

    /// <summary>How the AuthnRequest goes to the herkenningsmakelaar: Post (an auto-submitting form) or Redirect.</summary>
    public string Binding { get; set; } = "Post";

    public CertificaatOpties? Ondertekening { get; set; }

    /// <summary>Decryption keys (several during a rollover); none: the signing certificate decrypts too.</summary>
    public List<CertificaatOpties> Ontsleuteling { get; set; } = [];

    public HerkenningsmakelaarOpties? Herkenningsmakelaar { get; set; }

    public double KlokafwijkingSeconden { get; set; } = 120;

    public double ReplayBewaartermijnDagen { get; set; } = 366;

    public List<DienstOpties> Diensten { get; set; } = [];
}

/// <summary>A certificate from a PFX (with its password) or from a PEM/DER file with, for Keten's own keys, a PEM key file.</summary>
public sealed class CertificaatOpties
{
    /// <summary>The KeyName in metadata and KeyInfo; default the certificate's SHA-1 thumbprint.</summary>
    public string? KeyName { get; set; }

    public string? Pfx { get; set; }

    public string? Wachtwoord { get; set; }

    public string? Certificaat { get; set; }

    public string? Sleutel { get; set; }
}

public sealed class HerkenningsmakelaarOpties
{
    public string? EntityId { get; set; }

    public string? SingleSignOnServiceUrl { get; set; }

    public string? ArtifactResolutionServiceUrl { get; set; }

    /// <summary>The certificates from the herkenningsmakelaar's metadata.</summary>
    public List<CertificaatOpties> Certificaten { get; set; } = [];

    /// <summary>Certificates of authenticatiediensten and machtigingenregisters trusted for signed assertions in Advice.</summary>
    public List<CertificaatOpties> AdviesCertificaten { get; set; } = [];
}

/// <summary>One service: its AttributeConsumingServiceIndex, ServiceID, names and the level it needs (rule 32).</summary>
public sealed class DienstOpties
{
    public int Index { get; set; }

    public string? ServiceId { get; set; }

    public string? Naam { get; set; }

    public string? Omschrijving { get; set; }

    public bool IsStandaard { get; set; }

    /// <summary>loa2, loa2plus, loa3 or loa4 (or the full urn:etoegang:core:assurance-class: URN); default loa3.</summary>
    public string MinimaalNiveau { get; set; } = "loa3";

    public List<string> GevraagdeAttributen { get; set; } = [];
}
