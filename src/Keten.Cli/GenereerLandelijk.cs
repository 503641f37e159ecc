using System.Diagnostics;
using System.Globalization;
using Keten.Application.Generator;
using Keten.Storage;

namespace Keten.Cli;

/// <summary>
/// `keten genereer landelijk`: writes the reference data of a synthetic national data set to a file (so the server
/// can load the same file with Keten:ReferenceData) and registers the data set in the database.
/// </summary>
internal static class GenereerLandelijk
{
    public static async Task<int> RunAsync(IKetenStore store, IReadOnlyDictionary<string, string> waarden, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        var standaard = new LandelijkeOpties();
        int Getal(string naam, int anders) =>
            waarden.TryGetValue(naam, out var tekst) ? int.Parse(tekst, NumberStyles.None, CultureInfo.InvariantCulture) : anders;

        LandelijkeOpties opties;
        int gelijktijdig;
        try
        {
            opties = new LandelijkeOpties(Getal("seed", standaard.Seed), Getal("mbo", standaard.Mbo), Getal("vo", standaard.Vo), Getal("opleidingen", standaard.Opleidingen));
            gelijktijdig = Math.Max(1, Getal("gelijktijdig", 16));
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            await fout.WriteLineAsync("--seed, --mbo, --vo, --opleidingen en --gelijktijdig verwachten een geheel getal ≥ 0");
            return 1;
        }

        var klok = Stopwatch.StartNew();
        var dataset = new LandelijkeDataset(opties);
        var bestand = waarden.GetValueOrDefault("referentiedata-uit") ?? "referentiedata-landelijk.json";
        var r = await new LandelijkeGenerator(store, gelijktijdig).RegistreerAsync(dataset, bestand, ct);
        await uit.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"landelijk (seed {opties.Seed}): {r.Besturen} onderwijsbesturen, {r.Aanbieders} onderwijsaanbieders, {r.Locaties} onderwijslocaties, "
            + $"{r.Opleidingen} aangeboden opleidingen; {r.ReferentieGewijzigd} referentie-items nieuw of gewijzigd; referentiedata in {bestand}; "
            + $"{klok.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }
}
