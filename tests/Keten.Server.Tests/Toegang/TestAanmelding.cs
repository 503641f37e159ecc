using System.Text.Encodings.Web;
using System.Text.Json;
using Keten.Application.Rio;
using Keten.Application.Toegang;
using Keten.Server.Toegang;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Keten.Server.Tests.Toegang;

/// <summary>
/// The test's stand-in for the login wiring, for REST tests only: it turns the JSON of an <see cref="Aanmelding"/> in
/// the header <see cref="Kop"/> into the principal a real login's cookie gives (<see cref="ToegangClaims.Principal"/>),
/// so the accounts read it through the production seam <see cref="ClaimsHuidigeMedewerker"/>.
/// </summary>
public sealed class TestAanmelding(IOptionsMonitor<AuthenticationSchemeOptions> opties, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(opties, logger, encoder)
{
    public const string Schema = "TestAanmelding";
    public const string Kop = "Test-Aanmelding";

    public static void Registreer(IServiceCollection services) =>
        services.AddAuthentication(Schema).AddScheme<AuthenticationSchemeOptions, TestAanmelding>(Schema, null);

    public static string Waarde(Aanmelding aanmelding) => JsonSerializer.Serialize(aanmelding, RioJson.Options);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Kop, out var waarde) || JsonSerializer.Deserialize<Aanmelding>(waarde.ToString(), RioJson.Options) is not { } aanmelding)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(ToegangClaims.Principal(aanmelding, Schema), Schema)));
    }
}
