namespace Keten.Server.Portaal.Batch;

public static class BatchtaakServices
{
    /// <summary>The portal's batch jobs: the upload, the worker and its background service (after the start-up's migration).</summary>
    public static IServiceCollection AddPortaalBatchtaken(this IServiceCollection services, IConfiguration configuratie)
    {
        services.AddSingleton(BatchtaakOpties.Van(configuratie));
        services.AddSingleton<Batchtaken>();
        services.AddSingleton<BatchtaakVerwerker>();
        services.AddHostedService<BatchtaakDienst>();
        return services;
    }
}
