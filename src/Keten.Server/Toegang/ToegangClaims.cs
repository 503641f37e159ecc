using System.Security.Claims;
using Keten.Application.Toegang;
using Keten.Toegang;

namespace Keten.Server.Toegang;

/// <summary>
/// The claims a login puts in the request's principal, and the <see cref="Aanmelding"/> they stand for. The login
/// wiring (the cookie after SAML/OIDC, or after a token login) writes them with <see cref="Principal"/>; the accounts
/// read them back through <see cref="ClaimsHuidigeMedewerker"/>. The eHerkenning claims carry the eTOEGANG names.
/// </summary>
public static class ToegangClaims
{
    public const string LegalSubjectType = "keten:toegang:legalSubjectType";
    public const string LegalSubjectId = "urn:etoegang:core:LegalSubjectID";
    public const string ActingSubjectId = "urn:etoegang:core:ActingSubjectID";
    public const string Vestigingsnr = "urn:etoegang:1.9:ServiceRestriction:Vestigingsnr";
    public const string ServiceId = "urn:etoegang:core:ServiceID";
    public const string ServiceUuid = "urn:etoegang:core:ServiceUUID";
    public const string Niveau = "acr";
    public const string AuthenticatingAuthority = "keten:toegang:authenticatingAuthority";
    public const string Herkenningsmakelaar = "keten:toegang:herkenningsmakelaar";
    public const string TokenMedewerker = "keten:toegang:tokenMedewerker";

    public static ClaimsPrincipal Principal(Aanmelding aanmelding, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(aanmelding);
        var claims = new List<Claim>();
        if (aanmelding.EHerkenning is { } c)
        {
            claims.AddRange([
                new(LegalSubjectType, c.LegalSubject.Type), new(LegalSubjectId, c.LegalSubject.Waarde), new(ActingSubjectId, c.ActingSubjectId),
                new(ServiceId, c.ServiceId), new(ServiceUuid, c.ServiceUuid), new(Niveau, c.Niveau.Urn()), new(Herkenningsmakelaar, c.Herkenningsmakelaar)]);
            if (c.Vestigingsnr is { } v)
            {
                claims.Add(new(Vestigingsnr, v));
            }

            if (c.AuthenticatingAuthority is { } a)
            {
                claims.Add(new(AuthenticatingAuthority, a));
            }
        }

        if (aanmelding.TokenMedewerkerId is { } id)
        {
            claims.Add(new(TokenMedewerker, id));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }

    /// <summary>The login in the principal; null when it holds none (or an eHerkenning claim set that is incomplete).</summary>
    public static Aanmelding? Lees(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        string? Waarde(string type) => principal.FindFirst(type)?.Value;
        Authenticatiecontext? context = null;
        if (Waarde(LegalSubjectType) is { } type && Waarde(LegalSubjectId) is { } legal && Waarde(ActingSubjectId) is { } acting
            && Waarde(ServiceId) is { } service && Waarde(ServiceUuid) is { } uuid && BetrouwbaarheidsniveauUrn.Lees(Waarde(Niveau)) is { } niveau)
        {
            context = new Authenticatiecontext(new LegalSubject(type, legal), acting, Waarde(Vestigingsnr), service, uuid, niveau,
                Waarde(AuthenticatingAuthority), Waarde(Herkenningsmakelaar) ?? "");
        }

        var token = Waarde(TokenMedewerker);
        return context is null && token is null ? null : new Aanmelding(context, token);
    }

}

/// <summary>The default <see cref="IHuidigeMedewerker"/>: the login in the request's authenticated principal.</summary>
public sealed class ClaimsHuidigeMedewerker(IHttpContextAccessor http) : IHuidigeMedewerker
{
    public Aanmelding? Aanmelding => ToegangClaims.Lees(http.HttpContext?.User);
}
