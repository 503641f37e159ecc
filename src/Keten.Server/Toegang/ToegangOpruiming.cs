using Keten.Storage.Toegang;

namespace Keten.Server.Toegang;

/// <summary>Deletes expired outstanding requests, replay IDs and return addresses every Keten:Toegang:OpruimMinuten (60).</summary>
public sealed class ToegangOpruiming(IToegangStore store, TimeProvider klok, IConfiguration configuratie, ILogger<ToegangOpruiming> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(configuratie.GetValue("Keten:Toegang:OpruimMinuten", 60.0)), klok);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var verwijderd = await store.RuimVerlopenOpAsync(klok.GetUtcNow(), stoppingToken);
                logger.LogDebug("Login tables: {Verwijderd} expired rows deleted", verwijderd);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Login tables: deleting expired rows failed; tried again at the next interval");
            }
        }
    }
}
