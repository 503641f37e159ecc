using System.Security.Cryptography;

namespace Keten.Server.Toegang;

/// <summary>
/// `dotnet run` with a login out of the box: in Development, with the development broker on
/// (<c>Keten:Ontwikkelmakelaar:Aan</c>, set by the launch profile), Keten's doors that have no broker configured are
/// pointed at the development broker: the OIDC door (the broker gets Keten as its client, with a secret made at start;
/// an explicit <c>Keten:Toegang:Oidc:Authority</c> wins) and the SAML door (<see cref="OntwikkelSaml"/>; an explicit
/// <c>Keten:Toegang:Saml:EntityId</c> wins). Configuration only. Never in another environment.
/// </summary>
public static class OntwikkelLogin
{
    public const string ClientId = "keten-ontwikkeling";

    public static WebApplicationBuilder AddOntwikkelLogin(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuratie = builder.Configuration;
        if (!builder.Environment.IsDevelopment() || !configuratie.GetValue<bool>("Keten:Ontwikkelmakelaar:Aan"))
        {
            return builder;
        }

        var basis = (configuratie["Keten:Ontwikkelmakelaar:BasisUrl"] ?? configuratie["urls"]?.Split(';')[0] ?? "http://localhost:5080").TrimEnd('/');
        var pad = configuratie["Keten:Ontwikkelmakelaar:Pad"] ?? "/ontwikkelmakelaar";
        if (string.IsNullOrWhiteSpace(configuratie[$"{SamlOpties.Sectie}:EntityId"]))
        {
            configuratie.AddInMemoryCollection(OntwikkelSaml.Instellingen(configuratie, basis, pad));
        }

        if (!string.IsNullOrWhiteSpace(configuratie[$"{OidcOpties.Sectie}:Authority"]))
        {
            return builder;
        }

        var terugkeer = configuratie[$"{OidcOpties.Sectie}:CallbackPath"] ?? new OidcOpties().CallbackPath;
        var geheim = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var client = $"Keten:Ontwikkelmakelaar:OidcClients:{configuratie.GetSection("Keten:Ontwikkelmakelaar:OidcClients").GetChildren().Count()}";
        configuratie.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{OidcOpties.Sectie}:Authority"] = basis + pad + "/oidc",
            [$"{OidcOpties.Sectie}:ClientId"] = ClientId,
            [$"{OidcOpties.Sectie}:ClientSecret"] = geheim,
            [$"{OidcOpties.Sectie}:RequireHttpsMetadata"] = basis.StartsWith("https:", StringComparison.Ordinal) ? "true" : "false",
            [$"{client}:ClientId"] = ClientId,
            [$"{client}:ClientSecret"] = geheim,
            [$"{client}:RedirectUris:0"] = basis + terugkeer,
        });
        return builder;
    }
}
