using Keten.Toegang;

namespace Keten.Application.Toegang;

/// <summary>
/// Who is logged in for this request: an eHerkenning login (its <see cref="Authenticatiecontext"/>), or a DUO-token
/// login (the medewerker it proved), or both while a token user moves.
/// </summary>
public sealed record Aanmelding(Authenticatiecontext? EHerkenning, string? TokenMedewerkerId = null);

/// <summary>
/// The seam between the login and the accounts: the login wiring (the cookie of the SAML/OIDC login, or of a token
/// login) implements it; REST endpoints, the portal and every other door ask it who is there.
/// </summary>
public interface IHuidigeMedewerker
{
    /// <summary>Null when nobody is logged in.</summary>
    Aanmelding? Aanmelding { get; }
}

public static class IdentiteitsTekst
{
    /// <summary>The identity key (domain.md rule 33) as the one text the account tables keep.</summary>
    public static string Tekst(this IdentiteitsSleutel sleutel)
    {
        ArgumentNullException.ThrowIfNull(sleutel);
        return $"{sleutel.LegalSubject.Type}|{sleutel.LegalSubject.Waarde}|{sleutel.ActingSubjectId}";
    }
}
