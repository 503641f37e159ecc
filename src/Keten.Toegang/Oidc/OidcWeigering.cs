namespace Keten.Toegang.Oidc;

/// <summary>Why an OIDC login's claims are refused (the SAML door has <see cref="Saml.SamlWeigering"/>).</summary>
public enum OidcWeigering
{
    ClaimOntbreekt,
    BetrouwbaarheidsniveauOnbekend,
}

public static class OidcWeigeringTekst
{
    public static string Tekst(this OidcWeigering weigering) => weigering switch
    {
        OidcWeigering.ClaimOntbreekt => "Verplichte claim ontbreekt",
        OidcWeigering.BetrouwbaarheidsniveauOnbekend => "Onbekend betrouwbaarheidsniveau",
        _ => weigering.ToString(),
    };
}

/// <summary>A refused id_token: the code, its Dutch text and the claim it is about, never a claim's value.</summary>
public sealed class OidcWeigeringException(OidcWeigering weigering, string claim)
    : WeigeringException<OidcWeigering>(weigering, weigering.Tekst(), claim)
{
    public string Claim => Veld;
}
