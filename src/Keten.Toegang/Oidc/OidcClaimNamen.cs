using Keten.Toegang.Saml;

namespace Keten.Toegang.Oidc;

/// <summary>
/// Where an OIDC herkenningsmakelaar puts the eTOEGANG facts in its id_token (toegang.md §3). Every claim name is
/// configurable; the defaults are the eTOEGANG URNs and <c>namequalifier</c> as open-forms and DDE use them.
/// <see cref="Niveaus"/> maps the level claim's values (short or URN form) to a level.
/// </summary>
public sealed record OidcClaimNamen
{
    public string IdentificatieType { get; init; } = "namequalifier";
    public string LegalSubjectId { get; init; } = SamlNamen.LegalSubjectId;
    public string ActingSubjectId { get; init; } = SamlNamen.ActingSubjectId;
    public string Vestigingsnr { get; init; } = SamlNamen.Vestigingsnr;
    public string ServiceId { get; init; } = SamlNamen.ServiceId;
    public string ServiceUuid { get; init; } = SamlNamen.ServiceUuid;
    public string Niveau { get; init; } = "acr";
    public string Uitgever { get; init; } = "iss";

    /// <summary>The identifier type when the broker sends none (open-forms assumes KvK); null: the claim is required.</summary>
    public string? StandaardIdentificatieType { get; init; }

    public IReadOnlyDictionary<string, Betrouwbaarheidsniveau> Niveaus { get; init; } = StandaardNiveaus();

    private static Dictionary<string, Betrouwbaarheidsniveau> StandaardNiveaus()
    {
        var niveaus = new Dictionary<string, Betrouwbaarheidsniveau>(StringComparer.Ordinal);
        foreach (var niveau in Enum.GetValues<Betrouwbaarheidsniveau>())
        {
            niveaus[niveau.Urn()] = niveau;
            niveaus[niveau.ToString().ToLowerInvariant()] = niveau;
        }
        return niveaus;
    }
}
