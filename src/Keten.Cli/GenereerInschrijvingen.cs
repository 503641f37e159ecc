using System.Diagnostics;
using System.Globalization;
using Keten.Application.Generator;
using Keten.Application.Rio;
using Keten.Storage;
using Keten.Storage.Referentie;

namespace Keten.Cli;

/// <summary>
/// `keten genereer inschrijvingen`: the enrolments of the national data set (<see cref="LandelijkeInschrijvingen"/>)
/// through the bulk ingest with every rule on, into a database that holds the same data set's RIO and reference data
/// (`keten genereer landelijk` with the same --seed, --mbo, --vo and --opleidingen). Exit code 3 when any enrolment was
/// refused: generated data that breaks a rule is a bug.
/// </summary>
internal static class GenereerInschrijvingen
{
    public static async Task<int> RunAsync(IKetenStore store, IReadOnlyDictionary<string, string> waarden, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        var standaard = new LandelijkeOpties();
        LandelijkeOpties opties;
        double fractie;
        int blok, gelijktijdig;
        try
        {
            opties = new LandelijkeOpties(Getal(waarden, "seed", standaard.Seed), Getal(waarden, "mbo", standaard.Mbo), Getal(waarden, "vo", standaard.Vo),
                Getal(waarden, "opleidingen", standaard.Opleidingen));
            fractie = waarden.TryGetValue("fractie", out var f) ? double.Parse(f, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : 1.0;
            blok = Math.Max(1, Getal(waarden, "blok", 1000));
            gelijktijdig = Math.Max(1, Getal(waarden, "gelijktijdig", 2));
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            await fout.WriteLineAsync("--seed, --mbo, --vo, --opleidingen, --blok en --gelijktijdig verwachten een geheel getal ≥ 0, --fractie een getal als 0.01");
            return 1;
        }

        var referentie = new ReferentiedataBron();
        referentie.Vervang(await ReferentiedataLoader.ReadFromStoreAsync(store, ct));
        var klok = Stopwatch.StartNew();
        var inschrijvingen = new LandelijkeInschrijvingen(new LandelijkeDataset(opties), fractie, blok);
        var generator = new LandelijkeInschrijvingGenerator(store, referentie, TimeProvider.System, gelijktijdig);
        var limiet = waarden.GetValueOrDefault("modus") == "opslaglimiet";
        var r = limiet ? await generator.OpslaglimietAsync(inschrijvingen, ct) : await generator.RegistreerAsync(inschrijvingen, ct);
        var seconden = Math.Max(klok.Elapsed.TotalSeconds, 0.001);
        await uit.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{(limiet ? "opslaglimiet" : "inschrijvingen")} (seed {opties.Seed}, fractie {fractie}): {r.Inschrijvingen} in {r.Blokken} blokken, {r.Goedgekeurd} goedgekeurd, "
            + $"{r.Afgekeurd} afgekeurd; {r.Onderwijsnummers} onderwijsnummers uitgegeven; {r.Rijen} rijen; {seconden:0.0} s, "
            + $"{r.Inschrijvingen / seconden:0} inschrijvingen/s, {r.Rijen / seconden:0} rijen/s; piekgeheugen {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB; "
            + $"gealloceerd {GC.GetTotalAllocatedBytes() / 1048576} MiB, GC's gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, GC-pauze {GC.GetTotalPauseDuration().TotalSeconds:F1} s"));
        foreach (var weigering in r.EersteWeigeringen)
        {
            await fout.WriteLineAsync($"afgekeurd: {weigering}");
        }

        return r.Afgekeurd == 0 ? 0 : 3;
    }

    private static int Getal(IReadOnlyDictionary<string, string> waarden, string naam, int anders) =>
        waarden.TryGetValue(naam, out var tekst) ? int.Parse(tekst, NumberStyles.None, CultureInfo.InvariantCulture) : anders;
}
