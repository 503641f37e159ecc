namespace Keten.Server.Toegang;

/// <summary>Keten:Toegang:Oidc as the operator writes it (docs/toegang.md, "OIDC login in the server").</summary>
public sealed class OidcOpties
{
    public const string Sectie = "Keten:Toegang:Oidc";

    /// <summary>The herkenningsmakelaar's issuer; its /.well-known/openid-configuration is read. Unset: no OIDC login.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked besides openid.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>Where the broker sends the browser back (registered there as redirect URI on this server's address).</summary>
    public string CallbackPath { get; set; } = "/toegang/oidc/callback";

    /// <summary>Only in Development and tests: discovery over plain http.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>When set, the id_token's ServiceID must be one of these (as the SAML side accepts only its configured services).</summary>
    public List<string> ServiceIds { get; set; } = [];

    /// <summary>The service's name on the level-too-low page.</summary>
    public string DienstNaam { get; set; } = "DUO Zakelijk";

    /// <summary>As <see cref="DienstOpties.MinimaalNiveau"/>: loa2, loa2plus, loa3 or loa4 (or the URN); default loa3.</summary>
    public string MinimaalNiveau { get; set; } = "loa3";

    /// <summary>Claim names that differ from <see cref="Keten.Toegang.Oidc.OidcClaimNamen"/>'s defaults.</summary>
    public OidcClaimNamenOpties ClaimNamen { get; set; } = new();
}

/// <summary>Each unset name keeps the default of <see cref="Keten.Toegang.Oidc.OidcClaimNamen"/>.</summary>
public sealed class OidcClaimNamenOpties
{
    public string? IdentificatieType { get; set; }
    public string? LegalSubjectId { get; set; }
    public string? ActingSubjectId { get; set; }
    public string? Vestigingsnr { get; set; }
    public string? ServiceId { get; set; }
    public string? ServiceUuid { get; set; }
    public string? Niveau { get; set; }
    public string? Uitgever { get; set; }
    public string? StandaardIdentificatieType { get; set; }
}
