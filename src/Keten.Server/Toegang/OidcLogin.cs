using Keten.Toegang;
using Keten.Toegang.Oidc;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Keten.Server.Toegang;

/// <summary>
/// The OIDC door: ASP.NET Core's OpenIdConnect handler as scheme <see cref="Schema"/> (code flow, PKCE, form_post),
/// registered only when Keten:Toegang:Oidc is configured. The handler never signs in itself: at TokenValidated the
/// id_token's claims become an <see cref="Authenticatiecontext"/> and the login ends as a SAML login does, in the
/// session (<see cref="ToegangSessie"/>) or on one of the same Dutch pages.
/// </summary>
public sealed class OidcLogin(OidcLoginInstellingen? instellingen)
{
    public const string Schema = "KetenOidc";

    public const string LoginAdres = "/toegang/oidc/login";

    public OidcLoginInstellingen? Instellingen => instellingen;

    public static AuthenticationBuilder AddKetenOidc(AuthenticationBuilder builder, OidcLoginInstellingen? instellingen)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(new OidcLogin(instellingen));
        if (instellingen is null)
        {
            return builder;
        }
        return builder.AddOpenIdConnect(Schema, o =>
        {
            o.Authority = instellingen.Authority;
            o.RequireHttpsMetadata = instellingen.RequireHttpsMetadata;
            o.ClientId = instellingen.ClientId;
            o.ClientSecret = instellingen.ClientSecret;
            o.CallbackPath = instellingen.CallbackPath;
            o.ResponseType = "code";
            o.UsePkce = true;
            o.MapInboundClaims = false;
            o.SaveTokens = false;
            o.SignInScheme = ToegangSessie.Schema;
            foreach (var scope in instellingen.Scopes)
            {
                o.Scope.Add(scope);
            }
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Events.OnRedirectToIdentityProvider = c =>
            {
                c.ProtocolMessage.AcrValues = instellingen.MinimaalNiveau.Urn();
                return Task.CompletedTask;
            };
            o.Events.OnTokenValidated = c => OidcLoginAfronding.TokenGevalideerdAsync(c, instellingen);
            o.Events.OnAccessDenied = OidcLoginAfronding.GeannuleerdAsync;
            o.Events.OnRemoteFailure = OidcLoginAfronding.MisluktAsync;
        });
    }
}
