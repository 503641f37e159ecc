using Microsoft.Extensions.Options;

namespace Keten.Server.Soap.Beveiliging;

/// <summary>Logs a warning at every start while the M2M security is off, so nobody runs it that way unknowingly.</summary>
internal sealed class SoapBeveiligingMelding(IOptions<SoapBeveiligingOptions> options, ILogger<SoapBeveiligingMelding> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Modus == SoapBeveiligingsmodus.Uit)
        {
            logger.LogWarning(
                "SOAP security is OFF ({Sectie}:Modus = Uit): no client certificate or WS-Security signature is checked, "
                + "any caller is whoever its wsa:From (SOAP) or Keten-Ontwikkel-OIN header (JSON API) names, and responses are not signed. "
                + "Development only.",
                SoapBeveiligingOptions.Sectie);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
