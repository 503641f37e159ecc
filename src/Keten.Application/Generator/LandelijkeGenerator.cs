using System.Text.Json;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Rio;
using Keten.Storage;
using Keten.Storage.Referentie;

namespace Keten.Application.Generator;

/// <summary>What a generator run registered: objects in the data set (new or already there) and reference items changed.</summary>
public sealed record LandelijkResultaat(int ReferentieGewijzigd, int Besturen, int Aanbieders, int Locaties, int Opleidingen);

/// <summary>
/// Registers a <see cref="LandelijkeDataset"/> in a store through the same handlers every door uses: first the
/// reference data, then each board's aanbieders and locaties (as DUO's operator acting for the board, which may
/// register codes RIO has not issued), then the aangeboden opleidingen as their board, <c>gelijktijdig</c> at a time
/// so that the store can batch the commits. Every object has a stable bedrijfsdocument id, so a second run is a
/// repeat of each message and changes nothing. A refusal stops the run: generated data that breaks a rule is a bug.
/// </summary>
public sealed class LandelijkeGenerator(IKetenStore store, int gelijktijdig = 16)
{
    private static readonly JsonSerializerOptions Ingesprongen = new(ReferentiedataJson.Opties) { WriteIndented = true };

    /// <summary>
    /// Writes the data set's reference data to <paramref name="referentiebestand"/> (the file a server then loads
    /// with Keten:ReferenceData), loads that file as any operator's file is loaded, and registers the RIO objects.
    /// </summary>
    public async Task<LandelijkResultaat> RegistreerAsync(LandelijkeDataset dataset, string referentiebestand, CancellationToken ct)
    {
        await File.WriteAllTextAsync(referentiebestand, JsonSerializer.Serialize(dataset.Referentiedata, Ingesprongen), ct);
        var gewijzigd = await ReferentiedataLoader.LoadFileAsync(referentiebestand, store, Auditbronnen.Systeem("genereer landelijk"), ct);
        var referentie = new ReferentiedataBron();
        referentie.Vervang(await ReferentiedataLoader.ReadFromStoreAsync(store, ct));
        var verwerking = new RioVerwerking(store, referentie);
        var aanbieders = new OnderwijsaanbiederHandler(verwerking);
        var locaties = new OnderwijslocatiegebruikHandler(verwerking);
        var opleidingen = new AangebodenOpleidingHandler(verwerking);
        var seed = dataset.Opties.Seed;
        var oinVan = dataset.Referentiedata.Onderwijsbesturen.ToDictionary(b => b.Code, b => b.Oin);
        var bestuurVan = dataset.Aanbieders.ToDictionary(a => a.Code, a => a.Bestuurcode);
        Afzender Duo(string bestuur) => new(oinVan[bestuur], bestuur, DuoBeheer: true);

        await ElkAsync(dataset.Aanbieders, a => aanbieders.AanleverenAsync(a.Aanbieder, Duo(a.Bestuurcode),
            LandelijkeCodes.BedrijfsdocumentId(seed, "aanbieder", a.Code), ct), a => a.Code, ct);
        await ElkAsync(dataset.Locatiegebruiken, g => locaties.AanleverenAsync(g, Duo(g.Onderwijsbestuurcode),
            LandelijkeCodes.BedrijfsdocumentId(seed, "locatiegebruik", g.Onderwijslocatiecode!), ct), g => g.Onderwijslocatiecode!, ct);
        await ElkAsync(dataset.Opleidingen, o => opleidingen.AanleverenAsync(o, new Afzender(oinVan[bestuurVan[o.Onderwijsaanbiedercode]], bestuurVan[o.Onderwijsaanbiedercode]),
            LandelijkeCodes.BedrijfsdocumentId(seed, "aangebodenOpleiding", o.AangebodenOpleidingCode.ToString("D")), ct), o => o.AangebodenOpleidingCode.ToString("D"), ct);
        await ElkAsync(dataset.LeerrouteOpleidingen, o => opleidingen.AanleverenAsync(o, new Afzender(oinVan[bestuurVan[o.Onderwijsaanbiedercode]], bestuurVan[o.Onderwijsaanbiedercode]),
            LandelijkeCodes.BedrijfsdocumentId(seed, "aangebodenOpleiding", o.AangebodenOpleidingCode.ToString("D")), ct), o => o.AangebodenOpleidingCode.ToString("D"), ct);
        await store.RioStatistiekenBijwerkenAsync(ct);

        return new LandelijkResultaat(gewijzigd, dataset.Referentiedata.Onderwijsbesturen.Count, bestuurVan.Count,
            dataset.Locatiegebruiken.Count, dataset.Opties.Opleidingen);
    }

    private Task ElkAsync<T>(IEnumerable<T> items, Func<T, Task<VerwerkResultaat>> lever, Func<T, string> sleutel, CancellationToken ct) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = gelijktijdig, CancellationToken = ct }, async (item, _) =>
        {
            var antwoord = (await lever(item)).Antwoord;
            if (!antwoord.RequestGoedgekeurd)
            {
                throw new InvalidOperationException($"Generated object {sleutel(item)} refused: "
                    + string.Join("; ", antwoord.Foutmeldingen.Select(f => $"{f.Foutcode} {f.Fouttekst}")));
            }
        });
}
