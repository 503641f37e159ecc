using Keten.Application.Demo;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Toegang;
using Keten.Storage;
using Keten.Storage.Audit;
using Keten.Storage.Referentie;

namespace Keten.Server.Opstart;

/// <summary>
/// What happens before the server takes requests: the schema is created or migrated, the reference data
/// file is loaded (Keten:ReferenceData, default the built-in demo file) and its medewerkers seeded, and unless Keten:Demo=false the
/// demo RIO content and the demo enrolments are registered and, with the development broker on, the demo staff linked to
/// its identities.
/// </summary>
public sealed class KetenOpstart(
    IKetenStore store,
    ReferentiedataBron referentie,
    DemoSeeder demo,
    DemoRodSeeder demoRod,
    MedewerkerZaaier medewerkers,
    DemoToegangSeeder demoToegang,
    IEnumerable<IDemoEHerkenning> ontwikkelmakelaar,
    IConfiguration configuratie,
    IHostEnvironment omgeving,
    ILogger<KetenOpstart> logger) : IHostedService
{
    /// <summary>The audit trail's name for what the start loads.</summary>
    private static readonly Auditbron Opstart = Auditbronnen.Systeem("opstart");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);

        var bestand = configuratie["Keten:ReferenceData"] ?? DemoBestand("referentiedata.json");
        var data = await ReferentiedataLoader.ReadFileAsync(bestand, cancellationToken);
        var gewijzigd = await ReferentiedataLoader.LoadAsync(data, store, Opstart, cancellationToken);
        await referentie.LaadAsync(cancellationToken);
        var nieuweMedewerkers = await medewerkers.ZaaiAsync(data.Medewerkers, Opstart, cancellationToken);
        logger.LogInformation("Reference data {Bestand}: {Gewijzigd} items new or changed, {Besturen} onderwijsbesturen, {Medewerkers} new medewerkers",
            bestand, gewijzigd, referentie.Huidig.Onderwijsbesturen.Count, nieuweMedewerkers);

        if (configuratie.GetValue("Keten:Demo", true))
        {
            await demo.SeedAsync(DemoBestand("rio-demo.json"), cancellationToken);
            await demoRod.SeedAsync(DemoBestand("rod-demo.json"), cancellationToken);
            if (ontwikkelmakelaar.FirstOrDefault() is { } broker)
            {
                await demoToegang.SeedAsync(DemoBestand("toegang-demo.json"), broker, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string DemoBestand(string naam) => Path.Combine(AppContext.BaseDirectory, "DemoData", naam) is var pad && File.Exists(pad)
        ? pad
        : Path.Combine(omgeving.ContentRootPath, "DemoData", naam);
}
