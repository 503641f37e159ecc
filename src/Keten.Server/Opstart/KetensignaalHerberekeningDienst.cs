using Keten.Application.Rod;

namespace Keten.Server.Opstart;

/// <summary>
/// Runs <see cref="KetensignaalHerberekenaar"/> every <c>Keten:HerberekeningSeconden</c> (default 2): chain signals
/// follow a RIO change of a leerroute within seconds. Every server process runs it; they share the queue safely.
/// </summary>
internal sealed partial class KetensignaalHerberekeningDienst(KetensignaalHerberekenaar herberekenaar, IConfiguration configuratie,
    ILogger<KetensignaalHerberekeningDienst> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(configuratie.GetValue("Keten:HerberekeningSeconden", 2.0)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await herberekenaar.VerwerkAsync(stoppingToken) is var aantal and > 0)
                {
                    Herberekend(aantal);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Mislukt(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ketensignalen herberekend na een RIO-wijziging: {Aantal} leerlingen")]
    private partial void Herberekend(int aantal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Herberekening van ketensignalen mislukt; volgende poging bij de volgende tik")]
    private partial void Mislukt(Exception e);
}
