namespace Keten.Ontwikkelmakelaar;

/// <summary>
/// Configuration section <c>Keten:Ontwikkelmakelaar</c>. Off unless <see cref="Aan"/>; only Development and Test
/// may switch it on (<see cref="OntwikkelmakelaarBewaking"/>).
/// </summary>
public sealed class OntwikkelmakelaarOpties
{
    public const string Sectie = "Keten:Ontwikkelmakelaar";

    public bool Aan { get; set; }

    /// <summary>Where the broker's pages and endpoints live.</summary>
    public string Pad { get; set; } = "/ontwikkelmakelaar";

    /// <summary>The broker's HM entity ID (a synthetic OIN).</summary>
    public string EntityId { get; set; } = "urn:etoegang:HM:00000099999999999000:entities:1";

    public string AuthenticatingAuthority { get; set; } = "urn:etoegang:EB:00000099999999999001:entities:1";

    /// <summary>A PKCS#12 file with the signing key: read when it exists, made and written when not; unset: a fresh key per start.</summary>
    public string? OndertekeningBestand { get; set; }

    public DienstverlenerOpties Dienstverlener { get; set; } = new();

    public List<OidcClientOpties> OidcClients { get; set; } = [];
}

/// <summary>The service provider (Keten) the broker answers.</summary>
public sealed class DienstverlenerOpties
{
    /// <summary><c>urn:etoegang:DV:&lt;OIN&gt;:entities:&lt;n&gt;</c>; the OIN goes into the ServiceID.</summary>
    public string EntityId { get; set; } = "urn:etoegang:DV:00000001000000000000:entities:1";

    /// <summary>The ACS URLs by index, as in the DV metadata.</summary>
    public List<string> AcsUrls { get; set; } = [];

    /// <summary>Certificate files (PEM or DER) of the DV: they verify its requests; the first one encrypts for it.</summary>
    public List<string> Certificaten { get; set; } = [];

    /// <summary>The DV's SP metadata URL; when set, its entity ID, ACS URLs and certificates come from there instead.</summary>
    public string? MetadataUrl { get; set; }

    /// <summary><c>EncryptedID</c> (identifiers encrypted, as eTOEGANG does) or <c>EncryptedAssertion</c> (the whole assertion too).</summary>
    public string Versleuteling { get; set; } = "EncryptedID";

    /// <summary>ServiceUUID per AttributeConsumingService index; a missing one is derived from the ServiceID.</summary>
    public Dictionary<string, string> ServiceUuids { get; set; } = [];
}

/// <summary>A relying party of the broker's OpenID provider side.</summary>
public sealed class OidcClientOpties
{
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public List<string> RedirectUris { get; set; } = [];

    /// <summary>The service index the ServiceID claim names for this client.</summary>
    public int DienstIndex { get; set; } = 1;
}
