using System.Globalization;
using System.Text;
using Keten.Application.Rio;
using Keten.Application.Vsv;
using Keten.Domain.Rio;
using Keten.Domain.Vsv;
using Keten.Storage;

namespace Keten.Cli;

/// <summary>
/// `keten vsv rapport --peiljaar t [--regio 17] [--svg grafiek.svg] [--uit rapport.json] [--bekend-op &lt;moment&gt;]`: the
/// DUO operator's VSV report, for the nation or one RMC region: the counts per region and institution on the console
/// (no persons), the whole report with the leavers by person number in the JSON file, and a bar chart (per institution
/// of the region, or per region) in the SVG file. Exit codes: 0 written, 1 usage or a wrong option (KTN400).
/// </summary>
internal static class VsvCommando
{
    public const string Uitleg =
        "  keten vsv rapport --peiljaar <jjjj> [--regio <RMC-regio>] [--svg <grafiek.svg>] [--uit <rapport.json>] [--bekend-op <moment>] [--connection <connectionstring>]";

    public static async Task<int> RapportAsync(IKetenStore store, IReadOnlyDictionary<string, string> waarden, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        var (meting, ongeldig) = VsvRapportage.LeesPeiljaar(waarden.GetValueOrDefault("peiljaar"));
        if (meting is null)
        {
            return await FoutAsync(fout, "peiljaar", ongeldig!);
        }

        DateTimeOffset? bekendOp = null;
        if (waarden.GetValueOrDefault("bekend-op") is { } tekst)
        {
            if (!DateTimeOffset.TryParse(tekst, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            {
                return await FoutAsync(fout, "bekend-op", $"bekend-op is een datum-tijd (ISO 8601), niet '{tekst}'");
            }

            bekendOp = moment;
        }

        var referentie = new ReferentiedataBron(store, TimeProvider.System, TimeSpan.Zero);
        await referentie.LaadAsync(ct);
        var regio = waarden.GetValueOrDefault("regio");
        if (regio is not null && referentie.Huidig.RmcRegios.All(r => r.Code != regio))
        {
            return await FoutAsync(fout, "regio", $"RMC-regio '{regio}' staat niet in de referentiedata");
        }

        var brins = regio is null ? null : VsvRapportage.BrinsInRegio(referentie.Huidig, regio);
        var rapport = await new VsvRapportage(store).MaakAsync(meting, referentie.Huidig, brins, bekendOp, ct);
        await uit.WriteAsync(Tabel(rapport));
        if (waarden.GetValueOrDefault("uit") is { } json)
        {
            await File.WriteAllTextAsync(json, RioJson.Serialize(rapport), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), ct);
            await uit.WriteLineAsync($"{json}: het rapport met de verlaters");
        }

        if (waarden.GetValueOrDefault("svg") is { } svg)
        {
            await using (var bestand = File.Create(svg))
            {
                VsvGrafiek.Schrijf(bestand, rapport, perInstelling: regio is not null);
            }

            await uit.WriteLineAsync($"{svg}: de grafiek " + (regio is null ? "per RMC-regio" : $"per instelling van RMC-regio {regio}"));
        }

        return 0;
    }

    private static string Tabel(Vsvrapport rapport)
    {
        var tekst = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        var bekend = rapport.BekendOp is { } b ? string.Create(c, $", zoals bekend op {b:O}") : "";
        tekst.AppendLine(c, $"VSV peiljaar {rapport.Peiljaar}: ingeschreven op {rapport.Peildatum:yyyy-MM-dd}, niet op {rapport.VolgendePeildatum:yyyy-MM-dd}{bekend}");
        tekst.AppendLine("REGIO  NAAM                        INSTELLINGEN  DEELNEMERS    VSV  PERCENTAGE  LEEFTIJD ONBEKEND");
        foreach (var r in rapport.Regios)
        {
            tekst.AppendLine(c, $"{r.Code ?? "?",-5}  {r.Naam ?? "onbekend",-26}  {r.Instellingen,12}  {r.Deelnemers,10}  {r.Vsv,5}  {Procent(r.Percentage),10}  {r.LeeftijdOnbekend,17}");
        }

        tekst.AppendLine("BRIN   NAAM                        REGIO  DEELNEMERS    VSV  PERCENTAGE  LEEFTIJD ONBEKEND");
        foreach (var i in rapport.Instellingen)
        {
            tekst.AppendLine(c, $"{i.Brin,-5}  {i.Naam ?? "",-26}  {i.RmcRegio ?? "?",5}  {i.Deelnemers,10}  {i.Vsv,5}  {Procent(i.Percentage),10}  {i.LeeftijdOnbekend,17}");
        }

        return tekst.ToString();
    }

    private static string Procent(decimal? percentage) => percentage is { } p ? p.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "-";

    private static async Task<int> FoutAsync(TextWriter fout, string veld, string melding)
    {
        await fout.WriteLineAsync($"{Foutcodes.KTN400(veld, melding).Foutcode} {Foutcodes.KTN400Tekst(veld, melding)}");
        return 1;
    }
}
