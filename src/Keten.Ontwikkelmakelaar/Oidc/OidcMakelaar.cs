using System.Security.Cryptography;
using System.Text;
using Keten.Toegang;
using Keten.Toegang.Oidc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.Tokens;

namespace Keten.Ontwikkelmakelaar.Oidc;

/// <summary>
/// The broker's OpenID provider side (ADR 0017): discovery, JWKS, the authorization endpoint (code flow with
/// PKCE S256 only; the same choice page as SAML) and the token endpoint (client_secret_post or _basic; each code
/// once, for the client, redirect URI and code_verifier it was issued for).
/// </summary>
internal static class OidcMakelaar
{
    public const string Pad = "/oidc";

    public static void MapOidcMakelaar(this RouteGroupBuilder groep)
    {
        groep.MapGet(Pad + "/.well-known/openid-configuration", Ontdekking);
        groep.MapGet(Pad + "/jwks", (Makelaar makelaar) =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromX509SecurityKey((X509SecurityKey)IdTokenMaker.Sleutel(makelaar), representAsRsaKey: true);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        });
        groep.MapGet(Pad + "/authorize", Autoriseer);
        groep.MapPost(Pad + "/token", Token).DisableAntiforgery();
    }

    public static string Uitgever(HttpContext context, Makelaar makelaar) =>
        Saml.SamlMakelaar.BasisUrl(context, makelaar) + Pad;

    /// <summary>The answer to a chosen login (a code) or a cancelled one (access_denied), by redirect or form_post.</summary>
    public static IResult Beantwoord(Makelaar makelaar, OidcAntwoordadres adres, Makelaarverklaring? verklaring)
    {
        IEnumerable<(string, string?)> velden = verklaring is null
            ? [("error", "access_denied"), ("state", adres.State)]
            : [("code", makelaar.Codes.Bewaar(new OidcCode(adres, verklaring))), ("state", adres.State)];
        if (adres.ResponseMode == "form_post")
        {
            return Html.Doorsturen(adres.RedirectUri, velden);
        }
        var query = string.Join('&', velden.Where(v => v.Item2 is not null).Select(v => $"{v.Item1}={Uri.EscapeDataString(v.Item2!)}"));
        return Results.Redirect(adres.RedirectUri + (adres.RedirectUri.Contains('?', StringComparison.Ordinal) ? '&' : '?') + query);
    }

    private static IResult Ontdekking(HttpContext context, Makelaar makelaar)
    {
        var uitgever = Uitgever(context, makelaar);
        var namen = new OidcClaimNamen();
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = uitgever,
            ["authorization_endpoint"] = uitgever + "/authorize",
            ["token_endpoint"] = uitgever + "/token",
            ["jwks_uri"] = uitgever + "/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["response_modes_supported"] = new[] { "query", "form_post" },
            ["grant_types_supported"] = new[] { "authorization_code" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
            ["scopes_supported"] = new[] { "openid" },
            ["acr_values_supported"] = Enum.GetValues<Betrouwbaarheidsniveau>().Select(n => n.Urn()).ToArray(),
            ["claims_supported"] = new[] { "sub", "acr", namen.IdentificatieType, namen.LegalSubjectId, namen.ActingSubjectId, namen.Vestigingsnr, namen.ServiceId, namen.ServiceUuid },
        });
    }

    private static IResult Autoriseer(HttpContext context, Makelaar makelaar)
    {
        var q = context.Request.Query;
        var client = makelaar.Opties.OidcClients.FirstOrDefault(c => c.ClientId == q["client_id"]);
        string? fout = client is null ? "onbekende client_id"
            : !client.RedirectUris.Contains(q["redirect_uri"].ToString()) ? "redirect_uri niet geregistreerd voor deze client"
            : q["response_type"] != "code" ? "response_type moet code zijn"
            : !q["scope"].ToString().Split(' ').Contains("openid") ? "scope mist openid"
            : q["code_challenge_method"] != "S256" || string.IsNullOrEmpty(q["code_challenge"]) ? "PKCE met code_challenge_method S256 is verplicht"
            : q["response_mode"].ToString() is not ("" or "query" or "form_post") ? "response_mode moet query of form_post zijn"
            : null;
        if (fout is not null)
        {
            return Html.Fout($"Het autorisatieverzoek is geweigerd: {fout}.");
        }
        var niveaus = new OidcClaimNamen().Niveaus;
        var gevraagd = q["acr_values"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => niveaus.TryGetValue(w, out var n) ? n : (Betrouwbaarheidsniveau?)null)
            .Where(n => n is not null).Min();
        var responseMode = q["response_mode"].ToString() is { Length: > 0 } modus ? modus : "query";
        var adres = new OidcAntwoordadres(client!.ClientId, q["redirect_uri"]!, q["state"], q["nonce"], q["code_challenge"]!, responseMode);
        var verzoek = new Inlogverzoek(gevraagd, client.DienstIndex, null, adres);
        return Keuzepagina.Toon(makelaar, context, makelaar.Verzoeken.Bewaar(verzoek), verzoek);
    }

    private static async Task<IResult> Token(HttpContext context, Makelaar makelaar)
    {
        var formulier = await context.Request.ReadFormAsync(context.RequestAborted);
        var (clientId, geheim) = ClientGegevens(context, formulier);
        var client = makelaar.Opties.OidcClients.FirstOrDefault(c => c.ClientId == clientId);
        if (client is null || geheim is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(geheim), Encoding.UTF8.GetBytes(client.ClientSecret)))
        {
            return TokenFout("invalid_client", StatusCodes.Status401Unauthorized);
        }
        if (formulier["grant_type"] != "authorization_code")
        {
            return TokenFout("unsupported_grant_type");
        }
        if (!makelaar.Codes.Neem(formulier["code"].ToString(), out var code)
            || code.Adres.ClientId != client.ClientId
            || code.Adres.RedirectUri != formulier["redirect_uri"]
            || !KloptPkce(formulier["code_verifier"].ToString(), code.Adres.CodeChallenge))
        {
            return TokenFout("invalid_grant");
        }
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = EenmaligeOpslag<string>.NieuweSleutel(),
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)Makelaar.AntwoordGeldigheid.TotalSeconds,
            ["id_token"] = IdTokenMaker.Maak(makelaar, Uitgever(context, makelaar), code),
        });
    }

    private static (string? ClientId, string? Geheim) ClientGegevens(HttpContext context, IFormCollection formulier)
    {
        var autorisatie = context.Request.Headers.Authorization.ToString();
        if (autorisatie.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            var bytes = new byte[autorisatie.Length];
            var delen = Convert.TryFromBase64String(autorisatie[6..].Trim(), bytes, out var lengte)
                ? Encoding.UTF8.GetString(bytes, 0, lengte).Split(':', 2)
                : [];
            return delen.Length == 2 ? (Uri.UnescapeDataString(delen[0]), Uri.UnescapeDataString(delen[1])) : (null, null);
        }
        return (formulier["client_id"], formulier["client_secret"]);
    }

    private static bool KloptPkce(string verifier, string challenge) =>
        verifier.Length > 0 && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)))),
            Encoding.ASCII.GetBytes(challenge));

    private static IResult TokenFout(string fout, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new { error = fout }, statusCode: status);
}
