namespace Keten.Server.Portaal.Batch;

/// <summary>
/// Runs a <see cref="BatchtaakVerwerker"/> in every server process: while there are jobs it processes them one after
/// another, otherwise it looks again every <c>Keten:Batch:PollSeconden</c>. Processes share the jobs through their leases.
/// </summary>
internal sealed partial class BatchtaakDienst(BatchtaakVerwerker verwerker, BatchtaakOpties opties, ILogger<BatchtaakDienst> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            bool gedaan;
            try
            {
                gedaan = await verwerker.VerwerkVolgendeAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Mislukt(e);
                gedaan = false;
            }

            if (!gedaan)
            {
                await Task.Delay(opties.Poll, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Batchtaken: zoeken naar een taak mislukt; volgende poging na het pollinterval")]
    private partial void Mislukt(Exception e);
}
