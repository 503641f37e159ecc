using System.Globalization;
using System.Text;
using Keten.Application.Rod.Registratieoverzicht;
using Keten.Domain.Rio;
using Keten.Storage;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Cli;

/// <summary>
/// `keten rod registratieoverzicht --brin 99MA --van 2024-08-01 --tot 2025-07-31 [--bekend-op &lt;moment&gt;] [--uit &lt;map&gt;]`:
/// the instelling's RO in DUO's layout, written under DUO's file name in the folder (default: the current one).
/// The operator's tool on the database itself, so no board check. Exit codes: 0 written, 1 usage or a wrong option (KTN400).
/// </summary>
internal static class RodRegistratieoverzicht
{
    public const string Uitleg =
        "  keten rod registratieoverzicht --brin <BRIN> --van <jjjj-mm-dd> --tot <jjjj-mm-dd> [--bekend-op <moment>] [--uit <map>] [--connection <connectionstring>]";

    public static async Task<int> RunAsync(IKetenStore store, IReadOnlyDictionary<string, string> waarden, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        DateTimeOffset? bekendOp = null;
        if (waarden.GetValueOrDefault("bekend-op") is { } tekst)
        {
            if (!DateTimeOffset.TryParse(tekst, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            {
                return await FoutAsync(fout, "bekend-op", $"bekend-op is een datum-tijd (ISO 8601), niet '{tekst}'");
            }

            bekendOp = moment;
        }

        var (verzoek, ongeldig) = RegistratieoverzichtVerzoek.Lees(waarden.GetValueOrDefault("brin"), waarden.GetValueOrDefault("van"), waarden.GetValueOrDefault("tot"), bekendOp);
        if (ongeldig is { } o)
        {
            return await FoutAsync(fout, o.Veld, o.Melding);
        }

        var map = waarden.GetValueOrDefault("uit") ?? ".";
        Directory.CreateDirectory(map);
        var pad = Path.Combine(map, verzoek!.Bestandsnaam);
        var tijdelijk = pad + ".tmp";
        RegistratieoverzichtTellingen tellingen;
        try
        {
            await using (var bestand = new StreamWriter(tijdelijk, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                tellingen = await RegistratieoverzichtSchrijver.SchrijfAsync(bestand, verzoek, TimeProvider.System.Vandaag(),
                    store.RegistratieoverzichtAsync(verzoek.Brin, verzoek.Van, verzoek.Tot, verzoek.BekendOp, ct), ct);
            }

            // Only a whole file gets DUO's name.
            File.Move(tijdelijk, pad, overwrite: true);
        }
        finally
        {
            File.Delete(tijdelijk);
        }
        await uit.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{pad}: {tellingen.Personen} personen, {tellingen.Deelnames} inschrijvingen, {tellingen.Deelnameperiodes} inschrijvingsperiodes, {tellingen.Bpvs} BPV's, {tellingen.Diplomas} diploma's"));
        return 0;
    }

    private static async Task<int> FoutAsync(TextWriter fout, string veld, string melding)
    {
        await fout.WriteLineAsync($"{Foutcodes.KTN400(veld, melding).Foutcode} {Foutcodes.KTN400Tekst(veld, melding)}");
        return 1;
    }
}
