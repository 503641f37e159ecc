using System.Security.Claims;

namespace Keten.Toegang.Oidc;

/// <summary>
/// Turns the claims of a validated id_token (as ASP.NET Core's OpenIdConnect handler leaves them, with
/// <c>MapInboundClaims</c> off and <c>acr</c> kept) into the same <see cref="Authenticatiecontext"/> the SAML door
/// gives. The herkenningsmakelaar is the <c>iss</c> claim, or the issuer the handler stamped on the claims.
/// </summary>
public static class OidcClaimLezer
{
    public static Authenticatiecontext Lees(IEnumerable<Claim> claims, OidcClaimNamen namen)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(namen);
        var lijst = claims.ToList();
        string? Optioneel(string naam) => lijst.FirstOrDefault(c => c.Type == naam && c.Value.Length > 0)?.Value;
        string Verplicht(string naam) => Optioneel(naam) ?? throw new OidcWeigeringException(OidcWeigering.ClaimOntbreekt, naam);

        var type = Optioneel(namen.IdentificatieType) ?? namen.StandaardIdentificatieType
            ?? throw new OidcWeigeringException(OidcWeigering.ClaimOntbreekt, namen.IdentificatieType);
        var legalSubject = new LegalSubject(type, Verplicht(namen.LegalSubjectId));
        var actingSubject = Verplicht(namen.ActingSubjectId);
        var serviceId = Verplicht(namen.ServiceId);
        var serviceUuid = Verplicht(namen.ServiceUuid);
        var niveau = namen.Niveaus.TryGetValue(Verplicht(namen.Niveau), out var gevonden)
            ? gevonden
            : throw new OidcWeigeringException(OidcWeigering.BetrouwbaarheidsniveauOnbekend, namen.Niveau);
        var uitgever = Optioneel(namen.Uitgever)
            ?? lijst.First(c => c.Type == namen.LegalSubjectId).Issuer;
        return new Authenticatiecontext(
            legalSubject, actingSubject, Optioneel(namen.Vestigingsnr), serviceId, serviceUuid, niveau, null, uitgever);
    }
}
