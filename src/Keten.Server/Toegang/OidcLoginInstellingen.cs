using Keten.Toegang;
using Keten.Toegang.Oidc;

namespace Keten.Server.Toegang;

/// <summary>Keten:Toegang:Oidc read and checked: where the broker is, who Keten is to it, its claim names and the level the service needs.</summary>
public sealed record OidcLoginInstellingen(
    string Authority,
    string ClientId,
    string ClientSecret,
    IReadOnlyList<string> Scopes,
    string CallbackPath,
    bool RequireHttpsMetadata,
    IReadOnlyList<string> ServiceIds,
    string DienstNaam,
    Betrouwbaarheidsniveau MinimaalNiveau,
    OidcClaimNamen ClaimNamen)
{
    /// <summary>No ServiceIds configured: any; otherwise one of them.</summary>
    public bool IsToegestaan(string serviceId) => ServiceIds.Count == 0 || ServiceIds.Contains(serviceId, StringComparer.Ordinal);

    /// <summary>Null when the section has no Authority (OIDC login not configured); an incomplete section stops the start naming the key.</summary>
    public static OidcLoginInstellingen? Lees(IConfiguration configuratie)
    {
        ArgumentNullException.ThrowIfNull(configuratie);
        var opties = configuratie.GetSection(OidcOpties.Sectie).Get<OidcOpties>();
        if (string.IsNullOrWhiteSpace(opties?.Authority))
        {
            return null;
        }
        var n = opties.ClaimNamen;
        var standaard = new OidcClaimNamen();
        var namen = standaard with
        {
            IdentificatieType = n.IdentificatieType ?? standaard.IdentificatieType,
            LegalSubjectId = n.LegalSubjectId ?? standaard.LegalSubjectId,
            ActingSubjectId = n.ActingSubjectId ?? standaard.ActingSubjectId,
            Vestigingsnr = n.Vestigingsnr ?? standaard.Vestigingsnr,
            ServiceId = n.ServiceId ?? standaard.ServiceId,
            ServiceUuid = n.ServiceUuid ?? standaard.ServiceUuid,
            Niveau = n.Niveau ?? standaard.Niveau,
            Uitgever = n.Uitgever ?? standaard.Uitgever,
            StandaardIdentificatieType = n.StandaardIdentificatieType,
        };
        return new OidcLoginInstellingen(
            opties.Authority,
            Verplicht(opties.ClientId, nameof(OidcOpties.ClientId)),
            Verplicht(opties.ClientSecret, nameof(OidcOpties.ClientSecret)),
            opties.Scopes,
            opties.CallbackPath,
            opties.RequireHttpsMetadata,
            opties.ServiceIds,
            opties.DienstNaam,
            SamlInstellingenLezer.Niveau(opties.MinimaalNiveau)
                ?? throw new InvalidOperationException($"{OidcOpties.Sectie}:MinimaalNiveau must be loa2, loa2plus, loa3 or loa4."),
            namen);
    }

    private static string Verplicht(string? waarde, string sleutel) => string.IsNullOrWhiteSpace(waarde)
        ? throw new InvalidOperationException($"{OidcOpties.Sectie}:{sleutel} is missing.")
        : waarde;
}
