using Keten.Application.Demo;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rio.Queries;
using Keten.Application.Rod;
using Keten.Server.Rio.Soap.Beheren;
using Keten.Server.Rio.Soap.Raadplegen;
using Keten.Server.Rod.Soap;
using Keten.Storage;

namespace Keten.Server.Opstart;

public static class KetenServices
{
    /// <summary>Registers storage (chosen by ConnectionStrings:Keten), handlers, queries and the start-up work.</summary>
    public static IServiceCollection AddKeten(this IServiceCollection services, IConfiguration configuratie)
    {
        var connectionString = configuratie.GetConnectionString("Keten") ?? "Data Source=keten.db";
        services.AddSingleton(TimeProvider.System);
        var opties = new SchrijfOpties
        {
            MaxPogingen = configuratie.GetValue("Keten:WriteAttempts", SchrijfOpties.Standaard.MaxPogingen),
            SlotWachttijd = TimeSpan.FromMilliseconds(configuratie.GetValue("Keten:WriteLockTimeoutMilliseconds", SchrijfOpties.Standaard.SlotWachttijd.TotalMilliseconds)),
            MaxPerGroep = configuratie.GetValue("Keten:WriteBatchSize", SchrijfOpties.Standaard.MaxPerGroep),
            Schrijvers = configuratie.GetValue("Keten:WriteBatchWriters", SchrijfOpties.Standaard.Schrijvers),
            VolgendeSchrijverVanaf = configuratie.GetValue("Keten:WriteBatchNextWriterAt", SchrijfOpties.Standaard.VolgendeSchrijverVanaf),
        };
        services.AddSingleton<IKetenStore>(sp => KetenStoreFactory.Create(connectionString, sp.GetRequiredService<TimeProvider>(), opties,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Keten.Storage")));
        var controle = TimeSpan.FromSeconds(configuratie.GetValue("Keten:ReferenceDataCheckSeconds", 5.0));
        services.AddSingleton(sp => new ReferentiedataBron(sp.GetRequiredService<IKetenStore>(), sp.GetRequiredService<TimeProvider>(), controle));
        services.AddSingleton<RioVerwerking>();
        services.AddSingleton<AangebodenOpleidingHandler>();
        services.AddSingleton<OnderwijsaanbiederHandler>();
        services.AddSingleton<OnderwijslocatiegebruikHandler>();
        services.AddSingleton<OpleidingseenheidHandler>();
        services.AddSingleton<RioQueries>();
        services.AddSingleton<InschrijvingHandler>();
        services.AddSingleton<IdentificatieHandler>();
        services.AddSingleton<KetensignaalQueries>();
        services.AddSingleton<InschrijvingQueries>();
        services.AddSingleton<VerantwoordelijkheidQuery>();
        services.AddSingleton<VoorlopigeBekostigingQuery>();
        services.AddSingleton(Keten.Application.Bekostiging.Bekostigingsberekeningen.Standaard);
        services.AddSingleton<Keten.Application.Bekostiging.Bekostigingsruns>();
        services.AddSingleton<Keten.Application.Vsv.VsvRapportage>();
        services.AddSingleton<Keten.Application.Toegang.Instellingsbevoegdheid>();
        services.AddSingleton<Keten.Application.Verzuim.VerzuimHandler>();
        services.AddSingleton<Keten.Application.Verzuim.VerzuimQueries>();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<DemoRodSeeder>();
        services.AddSingleton<DemoToegangSeeder>();
        services.AddRioSoapBeheren();
        services.AddRioSoapRaadplegen();
        services.AddRodSoap();
        services.AddSingleton<KetensignaalHerberekenaar>();
        services.AddHostedService<KetenOpstart>();
        services.AddHostedService<KetensignaalHerberekeningDienst>();
        return services;
    }
}
