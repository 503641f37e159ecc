namespace Keten.Server.Portaal.Batch;

public static class BatchtaakServices
{
    /// <summary>
    /// The portal's batch jobs: the upload, the worker and its background service (after the start-up's migration). With
    /// <c>Keten:Batch:Werker</c> false the process takes uploads but leaves the jobs to the other processes' workers.
    /// </summary>
    public static IServiceCollection AddPortaalBatchtaken(this IServiceCollection services, IConfiguration configuratie)
    {
        services.AddSingleton(BatchtaakOpties.Van(configuratie));
        services.AddSingleton<Batchtaken>();
        services.AddSingleton<BatchtaakVerwerker>();
        if (configuratie.GetValue("Keten:Batch:Werker", true))
        {
            services.AddHostedService<BatchtaakDienst>();
        }

        return services;
    }
}
