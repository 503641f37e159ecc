using System.Globalization;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Application.Rod.Batch;
using Keten.Domain.Rio;
using Keten.Storage;

namespace Keten.Cli;

/// <summary>
/// `keten rod batch &lt;invoer.csv&gt; --afzender &lt;OIN&gt;`: a batch file of enrolment mutations (docs/rod-batch.md) through
/// the handler every door uses, answered line by line in a terugkoppeling file. A run that is stopped (killed, the store
/// busy) is resumed by starting it again: it continues after the last line answered, and no mutation is lost or doubled.
/// Exit codes as `keten rio aanleveren`: 0 every mutation approved, 3 one or more refused, 2 unreadable input, 1 usage;
/// and 4: stopped before the end (start again to resume).
/// </summary>
internal static class RodBatch
{
    public const int Gestopt = 4;

    public static string Uitleg =>
        "  keten rod batch <invoer.csv> --afzender <OIN> [--uitvoer <terugkoppeling.csv>] [--gelijktijdig 8] [--connection <connectionstring>]";

    public static async Task<int> RunAsync(IKetenStore store, string invoer, string afzenderOin, IReadOnlyDictionary<string, string> waarden,
        TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        var uitvoer = waarden.GetValueOrDefault("uitvoer") ?? Path.ChangeExtension(invoer, null) + ".terugkoppeling.csv";
        if (!int.TryParse(waarden.GetValueOrDefault("gelijktijdig", BatchVerwerking.StandaardGelijktijdig.ToString(CultureInfo.InvariantCulture)),
                NumberStyles.None, CultureInfo.InvariantCulture, out var gelijktijdig) || gelijktijdig < 1)
        {
            return await FoutAsync(fout, RioLevering.Gebruik, "--gelijktijdig verwacht een getal vanaf 1");
        }

        if (!File.Exists(invoer))
        {
            return await FoutAsync(fout, RioLevering.Onleesbaar, $"{invoer}: het bestand bestaat niet");
        }

        var referentie = new ReferentiedataBron(store, TimeProvider.System, TimeSpan.Zero);
        await referentie.LaadAsync(ct);
        var afzender = CliAfzender.Van(referentie, afzenderOin) with { Deur = Deur.Batch };
        if (afzender.Onderwijsbestuurcode is null)
        {
            var aut = Foutcodes.AUT401("oin", afzenderOin);
            return await FoutAsync(fout, RioLevering.Afgekeurd, $"Afgekeurd: {aut.Foutcode} {aut.Fouttekst} (oin {afzenderOin})");
        }

        var (identiteit, regels) = await BatchIdentiteit.VanBestandAsync(invoer, ct);
        try
        {
            await using var terugkoppeling = await BatchTerugkoppelingBestand.OpenAsync(uitvoer, r => identiteit.BedrijfsdocumentId(afzenderOin, r), ct);
            if (terugkoppeling.HervatNa > 0)
            {
                await fout.WriteLineAsync($"{uitvoer}: hervat na regel {terugkoppeling.HervatNa}");
            }

            await using var stroom = new FileStream(invoer, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
            var mutaties = BatchLezer.LeesAsync(stroom, ct).Where(m => m.Regel > terugkoppeling.HervatNa);
            var verwerking = new BatchVerwerking(new InschrijvingHandler(store, referentie, TimeProvider.System));
            var voortgang = new BatchVoortgang(fout, regels);
            await foreach (var resultaat in verwerking.VerwerkAsync(mutaties, afzender, identiteit, gelijktijdig, ct))
            {
                await terugkoppeling.SchrijfAsync(resultaat, ct);
                await voortgang.MeldAsync(resultaat.Mutatie.LaatsteRegel);
            }

            await uit.WriteLineAsync(Samenvatting(uitvoer, terugkoppeling.Telling, voortgang));
            return terugkoppeling.Telling.Afgekeurd == 0 ? RioLevering.Goedgekeurd : RioLevering.Afgekeurd;
        }
        catch (OngeldigBatchbestandException e)
        {
            return await FoutAsync(fout, RioLevering.Onleesbaar, $"{invoer}: {e.Message}");
        }
        catch (OpslagBezetException e)
        {
            return await FoutAsync(fout, Gestopt, $"Gestopt: {e.Message}. Start dezelfde opdracht opnieuw om te hervatten; wat al beantwoord is staat in {uitvoer}.");
        }
    }

    private static string Samenvatting(string uitvoer, BatchTelling telling, BatchVoortgang voortgang) => string.Join(Environment.NewLine,
        [
            $"Terugkoppeling: {uitvoer}",
            string.Create(CultureInfo.InvariantCulture,
                $"{telling.Totaal} mutaties: {telling.Goedgekeurd} goedgekeurd, {telling.Afgekeurd} afgekeurd ({voortgang.Mutaties} in deze run, {voortgang.Duur.TotalSeconds:F1} s, {voortgang.PerSeconde:F0} mutaties/s)"),
            .. telling.PerFoutcode.Count == 0 ? [] : new[] { "Afgekeurd per foutcode:" },
            .. telling.PerFoutcode.Select(p => $"  {p.Key,-8} {p.Value}"),
        ]);

    private static async Task<int> FoutAsync(TextWriter fout, int code, string melding)
    {
        await fout.WriteLineAsync(melding);
        return code;
    }
}
