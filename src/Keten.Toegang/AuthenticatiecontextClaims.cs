using System.Security.Claims;

namespace Keten.Toegang;

/// <summary>
/// The <see cref="Authenticatiecontext"/> as claims and back, whichever door (SAML or OIDC) made it, so a cookie
/// session carries the whole context. Claim types are the eTOEGANG attribute names where one exists.
/// </summary>
public static class AuthenticatiecontextClaims
{
    /// <summary>The ClaimsIdentity's authentication type.</summary>
    public const string Authenticatietype = "eHerkenning";

    public const string LegalSubject = "urn:etoegang:core:LegalSubjectID";
    public const string LegalSubjectType = "urn:etoegang:core:LegalSubjectID:NameQualifier";
    public const string ActingSubject = "urn:etoegang:core:ActingSubjectID";
    public const string Vestigingsnr = "urn:etoegang:1.9:ServiceRestriction:Vestigingsnr";
    public const string ServiceId = "urn:etoegang:core:ServiceID";
    public const string ServiceUuid = "urn:etoegang:core:ServiceUUID";
    public const string Niveau = "urn:etoegang:core:assurance-class";
    public const string AuthenticatingAuthority = "urn:etoegang:core:AuthenticatingAuthority";
    public const string Herkenningsmakelaar = "urn:etoegang:core:Herkenningsmakelaar";

    public static ClaimsIdentity NaarIdentity(Authenticatiecontext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        List<Claim> claims =
        [
            new(LegalSubject, context.LegalSubject.Waarde),
            new(LegalSubjectType, context.LegalSubject.Type),
            new(ActingSubject, context.ActingSubjectId),
            new(ServiceId, context.ServiceId),
            new(ServiceUuid, context.ServiceUuid),
            new(Niveau, context.Niveau.Urn()),
            new(Herkenningsmakelaar, context.Herkenningsmakelaar),
        ];
        if (context.Vestigingsnr is { } vestigingsnr)
        {
            claims.Add(new(Vestigingsnr, vestigingsnr));
        }
        if (context.AuthenticatingAuthority is { } authority)
        {
            claims.Add(new(AuthenticatingAuthority, authority));
        }
        return new ClaimsIdentity(claims, Authenticatietype, ActingSubject, roleType: null);
    }

    /// <summary>The context the principal carries; null when it has no complete eHerkenning identity.</summary>
    public static Authenticatiecontext? Lees(ClaimsPrincipal? principal)
    {
        var identity = principal?.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == Authenticatietype);
        if (identity is null)
        {
            return null;
        }
        string? Waarde(string type) => identity.FindFirst(type)?.Value;
        if (Waarde(LegalSubject) is not { } legalSubject || Waarde(LegalSubjectType) is not { } type
            || Waarde(ActingSubject) is not { } acting || Waarde(ServiceId) is not { } serviceId
            || Waarde(ServiceUuid) is not { } serviceUuid || BetrouwbaarheidsniveauUrn.Lees(Waarde(Niveau)) is not { } niveau
            || Waarde(Herkenningsmakelaar) is not { } herkenningsmakelaar)
        {
            return null;
        }
        return new Authenticatiecontext(new LegalSubject(type, legalSubject), acting, Waarde(Vestigingsnr), serviceId, serviceUuid,
            niveau, Waarde(AuthenticatingAuthority), herkenningsmakelaar);
    }
}
