using System.Globalization;
using Keten.Application.Bekostiging;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Bekostiging;
using Keten.Domain.Referentie;
using Keten.Storage;

namespace Keten.Cli;

/// <summary>
/// The DUO operator's funding runs (docs/bekostiging-runs.md), on the database itself, so over every instelling unless
/// --brin names one:
///   keten bekostiging run --jaar 2026 --sector MBO [--bekend-op &lt;moment&gt;] [--brin 99MA]   (preliminary)
///   keten bekostiging definitief --jaar 2026 --sector MBO [--bekend-op &lt;moment&gt;]        (the definitive run, only here)
///   keten bekostiging runs [--jaar 2026] [--sector MBO]
///   keten bekostiging tbgi --run 7 --brin 99MA [--uit map | --soort diplomas | --json]     (XML and CSV files, or CSV/JSON)
///   keten bekostiging totalen --run 7
///   keten bekostiging diff --voor 7 --na 9                                              (CSV)
///   keten bekostiging opruimen [--stil-minuten 15]                                      (runs whose process died)
/// Exit codes: 0 done, 1 usage or a wrong option (KTN400), 2 refused (the code), 3 no such run or instelling in it.
/// </summary>
internal static class BekostigingCommando
{
    public const string Uitleg = """
          keten bekostiging run|definitief --jaar <bekostigingsjaar> --sector MBO|VO [--bekend-op <moment>] [--brin <BRIN>] [--connection <connectionstring>]
          keten bekostiging runs [--jaar <bekostigingsjaar>] [--sector MBO|VO] [--connection <connectionstring>]
          keten bekostiging tbgi --run <runId> --brin <BRIN> [--uit <map> | --soort inschrijvingen|diplomas | --json] [--connection <connectionstring>]
          keten bekostiging totalen --run <runId> [--connection <connectionstring>]
          keten bekostiging diff --voor <runId> --na <runId> [--connection <connectionstring>]
          keten bekostiging opruimen [--stil-minuten <minuten, standaard 15>] [--connection <connectionstring>]
        """;

    private static Afzender Operator => new("", null, DuoBeheer: true)
    {
        Deur = Deur.Cli,
        Handelende = new Handelende(HandelendeSoort.Operator, Environment.UserName),
    };

    public static async Task<int> RunAsync(IKetenStore store, string opdracht, IReadOnlyDictionary<string, string> waarden, bool json, TextWriter uit, TextWriter fout,
        CancellationToken ct)
    {
        var referentie = new ReferentiedataBron(store, TimeProvider.System, TimeSpan.Zero);
        await referentie.LaadAsync(ct);
        var runs = new Bekostigingsruns(store, referentie, TimeProvider.System, Bekostigingsberekeningen.Standaard);
        try
        {
            return opdracht switch
            {
                "run" => await StartAsync(runs, Statusbepaling.Voorlopig, waarden, uit, fout, ct),
                "definitief" => await StartAsync(runs, Statusbepaling.Definitief, waarden, uit, fout, ct),
                "runs" => await LijstAsync(runs, waarden, uit, ct),
                "tbgi" => await TbgiAsync(runs, waarden, json, uit, fout, ct),
                "totalen" => await TotalenAsync(runs, waarden, uit, fout, ct),
                "diff" => await VerschilAsync(runs, waarden, uit, fout, ct),
                "opruimen" => await OpruimenAsync(runs, waarden, uit, ct),
                _ => await OngeldigAsync(fout, "opdracht", $"run, definitief, runs, tbgi, totalen, diff of opruimen, niet '{opdracht}'"),
            };
        }
        catch (OngeldigeOptieException e)
        {
            return await OngeldigAsync(fout, e.Veld, e.Message);
        }
    }

    private static async Task<int> StartAsync(Bekostigingsruns runs, Statusbepaling status, IReadOnlyDictionary<string, string> waarden, TextWriter uit, TextWriter fout,
        CancellationToken ct)
    {
        var verzoek = new BekostigingsrunVerzoek(Sector(waarden) ?? throw new OngeldigeOptieException("sector", "--sector MBO of VO ontbreekt"),
            Jaar(waarden) ?? throw new OngeldigeOptieException("jaar", "--jaar <bekostigingsjaar> ontbreekt"), status, BekendOp(waarden), waarden.GetValueOrDefault("brin"));
        var (run, fouten) = await runs.StartAsync(verzoek, Operator, ct);
        if (run is null)
        {
            await fout.WriteLineAsync(string.Join(Environment.NewLine, fouten.Select(f => $"{f.Foutcode} {f.Fouttekst}")));
            return 2;
        }

        await uit.WriteLineAsync(Regel(run));
        await fout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"run {run.RunId}: {(run.GereedOp!.Value - run.GestartOp).TotalSeconds:F1} s"));
        return 0;
    }

    private static async Task<int> LijstAsync(Bekostigingsruns runs, IReadOnlyDictionary<string, string> waarden, TextWriter uit, CancellationToken ct)
    {
        foreach (var run in await runs.RunsAsync(Sector(waarden), Jaar(waarden), Operator, ct))
        {
            await uit.WriteLineAsync(Regel(run));
        }

        return 0;
    }

    /// <summary>
    /// The TBG-i of an instelling: with --uit, DUO's XML file under DUO's name and the two CSV files beside it; else the
    /// enrolments' CSV (--soort diplomas: the diplomas', --json: the JSON) on standard output.
    /// </summary>
    private static async Task<int> TbgiAsync(Bekostigingsruns runs, IReadOnlyDictionary<string, string> waarden, bool json, TextWriter uit, TextWriter fout,
        CancellationToken ct)
    {
        var brin = waarden.GetValueOrDefault("brin") ?? throw new OngeldigeOptieException("brin", "--brin <BRIN> ontbreekt");
        if (await runs.TbgiAsync(RunId(waarden, "run"), brin, Operator, ct) is not { } tbgi)
        {
            return await NietGevondenAsync(fout);
        }

        if (waarden.GetValueOrDefault("uit") is { } map)
        {
            Directory.CreateDirectory(map);
            var basis = Path.Combine(map, Path.GetFileNameWithoutExtension(tbgi.Bestandsnaam));
            await SchrijfBestandAsync(Path.Combine(map, tbgi.Bestandsnaam), s => TbgiXmlSchrijver.SchrijfAsync(tbgi, s, ct));
            await SchrijfBestandAsync(basis + "_inschrijvingen.csv", s => TbgiCsvSchrijver.SchrijfInschrijvingenAsync(tbgi, s, ct));
            await SchrijfBestandAsync(basis + "_diplomas.csv", s => TbgiCsvSchrijver.SchrijfDiplomasAsync(tbgi, s, ct));
            await uit.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{Path.Combine(map, tbgi.Bestandsnaam)}: {tbgi.Inschrijvingen.Count} inschrijvingen, {tbgi.Diplomas.Count} diploma's"));
            return 0;
        }

        if (json)
        {
            await uit.WriteLineAsync(RioJson.Serialize(tbgi));
            return 0;
        }

        using var buffer = new MemoryStream();
        var diplomas = waarden.GetValueOrDefault("soort") switch
        {
            null or "inschrijvingen" => false,
            "diplomas" => true,
            var anders => throw new OngeldigeOptieException("soort", $"--soort is inschrijvingen of diplomas, niet '{anders}'"),
        };
        await (diplomas ? TbgiCsvSchrijver.SchrijfDiplomasAsync(tbgi, buffer, ct) : TbgiCsvSchrijver.SchrijfInschrijvingenAsync(tbgi, buffer, ct));
        await uit.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return 0;
    }

    /// <summary>Only a whole file gets its name.</summary>
    private static async Task SchrijfBestandAsync(string pad, Func<Stream, Task> schrijf)
    {
        var tijdelijk = pad + ".tmp";
        try
        {
            await using (var bestand = File.Create(tijdelijk))
            {
                await schrijf(bestand);
            }

            File.Move(tijdelijk, pad, overwrite: true);
        }
        finally
        {
            File.Delete(tijdelijk);
        }
    }

    private static async Task<int> TotalenAsync(Bekostigingsruns runs, IReadOnlyDictionary<string, string> waarden, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        var klok = System.Diagnostics.Stopwatch.StartNew();
        if (await runs.TotalenAsync(RunId(waarden, "run"), Operator, ct) is not { } totalen)
        {
            return await NietGevondenAsync(fout);
        }

        var ms = klok.Elapsed.TotalMilliseconds;
        await uit.WriteLineAsync(RioJson.Serialize(totalen));
        await fout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"totalen: {totalen.Count} groepen, {totalen.Sum(t => t.Aantal)} regels in {ms:F1} ms"));
        return 0;
    }

    private static async Task<int> VerschilAsync(Bekostigingsruns runs, IReadOnlyDictionary<string, string> waarden, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        var (verschil, fouten) = await runs.VerschilAsync(RunId(waarden, "voor"), RunId(waarden, "na"), Operator, ct);
        if (verschil is null)
        {
            return fouten.Count > 0 ? await GeweigerdAsync(fout, fouten) : await NietGevondenAsync(fout);
        }

        using var buffer = new MemoryStream();
        await RunverschilCsv.SchrijfAsync(verschil, buffer, ct);
        await uit.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return 0;
    }

    /// <summary>Removes the unfinished runs silent for longer than --stil-minuten (default: <see cref="Bekostigingsruns.Stilte"/>) and their lines.</summary>
    private static async Task<int> OpruimenAsync(Bekostigingsruns runs, IReadOnlyDictionary<string, string> waarden, TextWriter uit, CancellationToken ct)
    {
        var stilte = waarden.GetValueOrDefault("stil-minuten") switch
        {
            null => Bekostigingsruns.Stilte,
            var tekst when int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var minuten) && minuten >= 1 => TimeSpan.FromMinutes(minuten),
            var tekst => throw new OngeldigeOptieException("stil-minuten", $"--stil-minuten is een aantal minuten (1 of meer), niet '{tekst}'"),
        };
        var opgeruimd = await runs.OpruimenAsync(stilte, Auditbronnen.Operator(), ct);
        await uit.WriteLineAsync(opgeruimd.Count == 0 ? "geen onafgeronde runs zonder teken van leven"
            : string.Create(CultureInfo.InvariantCulture, $"opgeruimd: run {string.Join(", ", opgeruimd)}"));
        return 0;
    }

    private static string Regel(Keten.Storage.Bekostiging.Bekostigingsrun run) => string.Create(CultureInfo.InvariantCulture,
        $"run {run.RunId}: {run.Sector} {run.Bekostigingsjaar} {(run.Status == Statusbepaling.Definitief ? "definitief" : "voorlopig")}, bekend op {run.BekendOp:O}, "
        + $"{(run.Brins is null ? "alle instellingen" : string.Join(',', run.Brins))}, {run.AantalStudenten} studenten, {run.AantalRegels} regels");

    private static Sector? Sector(IReadOnlyDictionary<string, string> waarden) => waarden.GetValueOrDefault("sector") switch
    {
        null => null,
        "MBO" => Domain.Referentie.Sector.MBO,
        "VO" => Domain.Referentie.Sector.VO,
        var anders => throw new OngeldigeOptieException("sector", $"--sector is MBO of VO, niet '{anders}'"),
    };

    private static int? Jaar(IReadOnlyDictionary<string, string> waarden) => waarden.GetValueOrDefault("jaar") switch
    {
        null => null,
        var tekst when int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var jaar) && jaar is >= 2000 and <= 2100 => jaar,
        var tekst => throw new OngeldigeOptieException("jaar", $"--jaar is een bekostigingsjaar (2000–2100), niet '{tekst}'"),
    };

    private static DateTimeOffset? BekendOp(IReadOnlyDictionary<string, string> waarden) => waarden.GetValueOrDefault("bekend-op") switch
    {
        null => null,
        var tekst when DateTimeOffset.TryParse(tekst, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) => moment,
        var tekst => throw new OngeldigeOptieException("bekend-op", $"--bekend-op is een datum-tijd (ISO 8601), niet '{tekst}'"),
    };

    private static long RunId(IReadOnlyDictionary<string, string> waarden, string veld) =>
        long.TryParse(waarden.GetValueOrDefault(veld), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new OngeldigeOptieException(veld, $"--{veld} <runId> ontbreekt of is geen runnummer");

    private static async Task<int> OngeldigAsync(TextWriter fout, string veld, string melding)
    {
        await fout.WriteLineAsync($"{Domain.Rio.Foutcodes.KTN400(veld, melding).Foutcode} {Domain.Rio.Foutcodes.KTN400Tekst(veld, melding)}");
        return 1;
    }

    private static async Task<int> GeweigerdAsync(TextWriter fout, IReadOnlyList<Domain.Gemeenschappelijk.Foutmelding> fouten)
    {
        await fout.WriteLineAsync(string.Join(Environment.NewLine, fouten.Select(f => $"{f.Foutcode} {f.Fouttekst}")));
        return 2;
    }

    private static async Task<int> NietGevondenAsync(TextWriter fout)
    {
        await fout.WriteLineAsync("Geen afgeronde run met dat nummer, of de instelling valt er niet onder");
        return 3;
    }

    private sealed class OngeldigeOptieException(string veld, string melding) : Exception(melding)
    {
        public string Veld { get; } = veld;
    }
}
