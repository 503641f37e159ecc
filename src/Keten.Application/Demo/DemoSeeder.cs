using Microsoft.Extensions.Logging;
using Keten.Domain.Rio;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;

namespace Keten.Application.Demo;

/// <summary>
/// Registers the demo RIO content through the same handlers every door uses, as the owning board,
/// so the demo obeys every rule. A refusal stops the start: demo data that breaks a rule is a bug.
/// </summary>
public sealed class DemoSeeder(
    ReferentiedataBron referentie,
    OnderwijsaanbiederHandler aanbieders,
    OnderwijslocatiegebruikHandler locaties,
    AangebodenOpleidingHandler opleidingen,
    ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(string pad, CancellationToken ct)
    {
        var demo = RioJson.Deserialize<DemoRio>(await File.ReadAllTextAsync(pad, ct));
        var bestuurVanAanbieder = demo.Onderwijsaanbieders.ToDictionary(a => a.Onderwijsaanbiedercode!, a => a.Onderwijsbestuurcode);

        foreach (var aanbieder in demo.Onderwijsaanbieders)
        {
            await LeverAsync(() => aanbieders.AanleverenAsync(aanbieder, Afzender(aanbieder.Onderwijsbestuurcode),
                DemoRio.BedrijfsdocumentId("aanbieder", aanbieder.Onderwijsaanbiedercode!), ct), aanbieder.Onderwijsaanbiedercode!);
        }

        foreach (var gebruik in demo.Onderwijslocatiegebruiken)
        {
            await LeverAsync(() => locaties.AanleverenAsync(gebruik, Afzender(gebruik.Onderwijsbestuurcode),
                DemoRio.BedrijfsdocumentId("locatiegebruik", gebruik.Onderwijslocatiecode ?? ""), ct), gebruik.Onderwijslocatiecode ?? "");
        }

        foreach (var ao in demo.AangebodenOpleidingen)
        {
            await LeverAsync(() => opleidingen.AanleverenAsync(ao, Afzender(bestuurVanAanbieder[ao.Onderwijsaanbiedercode]),
                DemoRio.BedrijfsdocumentId("aangebodenOpleiding", ao.AangebodenOpleidingCode.ToString()), ct), ao.AangebodenOpleidingCode.ToString());
        }

        logger.LogInformation("Demo RIO content: {Aanbieders} onderwijsaanbieders, {Locaties} locaties, {Opleidingen} aangeboden opleidingen",
            demo.Onderwijsaanbieders.Count, demo.Onderwijslocatiegebruiken.Count, demo.AangebodenOpleidingen.Count);
    }

    /// <summary>
    /// One demo message. Its bedrijfsdocument id is stable, so a start on a database seeded by an older demo file
    /// (or an older shape of the records) meets the id with another digest: that object is left as it is.
    /// </summary>
    private async Task LeverAsync(Func<Task<VerwerkResultaat>> lever, string sleutel)
    {
        try
        {
            Controleer(await lever(), sleutel);
        }
        catch (BedrijfsdocumentAlGebruiktException)
        {
            logger.LogInformation("Demo object {Sleutel} was seeded from another version of the demo content; left as it is", sleutel);
        }
    }

    private Afzender Afzender(string bestuur) =>
        new(referentie.Huidig.Bestuur(bestuur)?.Oin ?? "", bestuur, DuoBeheer: true);

    private static void Controleer(VerwerkResultaat resultaat, string sleutel)
    {
        var antwoord = resultaat.Antwoord;
        if (!antwoord.RequestGoedgekeurd)
        {
            throw new InvalidOperationException(
                $"Demo object {sleutel} refused: " + string.Join("; ", antwoord.Foutmeldingen.Select(f => $"{f.Foutcode} {f.Fouttekst}")));
        }
    }
}
