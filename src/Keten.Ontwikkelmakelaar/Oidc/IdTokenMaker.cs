using Keten.Toegang;
using Keten.Toegang.Oidc;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Keten.Ontwikkelmakelaar.Oidc;

/// <summary>
/// The RS256 id_token with the eTOEGANG claims under the default names of <see cref="OidcClaimNamen"/>
/// (toegang.md §3) and <c>acr</c> = the level's URN; <c>sub</c> is the acting subject's pseudonym.
/// </summary>
internal static class IdTokenMaker
{
    public static SecurityKey Sleutel(Makelaar makelaar) =>
        new X509SecurityKey(makelaar.Ondertekening.Certificaat, makelaar.Ondertekening.KeyName);

    public static string Maak(Makelaar makelaar, string uitgever, OidcCode code)
    {
        var namen = new OidcClaimNamen();
        var verklaring = code.Verklaring;
        var nu = makelaar.Klok.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["sub"] = verklaring.ActingSubjectId,
            [namen.Niveau] = verklaring.Niveau.Urn(),
            [namen.IdentificatieType] = Keten.Toegang.Saml.SamlNamen.EntityConcernedKvKnr,
            [namen.LegalSubjectId] = verklaring.KvkNummer,
            [namen.ActingSubjectId] = verklaring.ActingSubjectId,
            [namen.ServiceId] = verklaring.ServiceId,
            [namen.ServiceUuid] = verklaring.ServiceUuid,
        };
        if (verklaring.Vestigingsnr is not null)
        {
            claims[namen.Vestigingsnr] = verklaring.Vestigingsnr;
        }
        if (code.Adres.Nonce is not null)
        {
            claims["nonce"] = code.Adres.Nonce;
        }
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = uitgever,
            Audience = code.Adres.ClientId,
            IssuedAt = nu,
            NotBefore = nu,
            Expires = nu + Makelaar.AntwoordGeldigheid,
            Claims = claims,
            SigningCredentials = new SigningCredentials(Sleutel(makelaar), SecurityAlgorithms.RsaSha256),
        });
    }
}
