using System.Globalization;
using Keten.Domain.Rio.Leerroutes;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rio.Queries;
using Keten.Application.Rod;
using Keten.Storage;
using Keten.Storage.Referentie;

namespace Keten.Cli;

/// <summary>
/// `keten`: the operator's command line, working directly on the database the server uses.
///   keten leerroutes --bestuur 100B001 [--json]
///   keten referentie laden bestand.json
///   keten genereer landelijk --seed 42 (a synthetic national data set, see Keten.Application.Generator)
///   keten genereer inschrijvingen --seed 42 [--fractie 0.01] (its enrolments, through the bulk ingest)
///   keten rio aanleveren aangebodenOpleiding ao.json --afzender &lt;OIN&gt; [--proefdraai] (see RioLevering)
///   keten rod registratieoverzicht --brin 99MA --van 2024-08-01 --tot 2025-07-31 (see RodRegistratieoverzicht)
///   keten toegang beheerder-aanwijzen 100B001 "J. Jansen" (a board's beheerder and koppelcode, see ToegangCommando)
///   keten audit export --bestuur 100B001 [--van …] [--tot …] (a board's audit trail as CSV, see AuditCommando)
///   keten bekostiging run|definitief|runs|tbgi|totalen|diff (funding runs, see BekostigingCommando)
///   keten rod batch invoer.csv --afzender &lt;OIN&gt; [--uitvoer terugkoppeling.csv] (see RodBatch)
///   keten vsv rapport --peiljaar 2025 [--regio 17] [--svg vsv.svg] (the VSV report for DUO's operator, see VsvCommando)
/// --connection "Data Source=keten.db" (or ConnectionStrings__Keten) chooses the database.
/// </summary>
public static class KetenCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        var opties = Opties.Lees(args);
        var store = KetenStoreFactory.Create(opties.Connection, TimeProvider.System);
        await store.MigrateAsync(ct);

        switch (opties.Woorden)
        {
            case ["leerroutes"] when opties.Bestuur is { } bestuur:
                var routes = await new RioQueries(store).LeerroutesVanBestuurAsync(bestuur, ct);
                await uit.WriteLineAsync(opties.Json ? RioJson.Serialize(routes) : Tabel(routes));
                return 0;
            case ["referentie", "laden", var bestand]:
                try
                {
                    var data = await ReferentiedataLoader.ReadFileAsync(bestand, ct);
                    var gewijzigd = await ReferentiedataLoader.LoadAsync(data, store, Auditbronnen.Operator(), ct);
                    await uit.WriteLineAsync($"{gewijzigd} referentie-items nieuw of gewijzigd, {await ToegangCommando.ZaaiAsync(store, data.Medewerkers, ct)} nieuwe medewerkers");
                    return 0;
                }
                catch (OngeldigeReferentiedataException e)
                {
                    await fout.WriteLineAsync(e.Message);
                    return 2;
                }

            case ["toegang", "beheerder-aanwijzen", var bestuurcode, _, ..]:
                return await ToegangCommando.BeheerderAanwijzenAsync(store, bestuurcode, string.Join(' ', opties.Woorden.Skip(3)), uit, fout, ct);
            case ["toegang", "medewerkers", var bestuurcode]:
                return await ToegangCommando.MedewerkersAsync(store, bestuurcode, uit, ct);

            case ["bekostiging", var opdracht]:
                return await BekostigingCommando.RunAsync(store, opdracht, opties.Waarden, opties.Json, uit, fout, ct);

            case ["audit", "export"]:
                return await AuditCommando.ExporteerAsync(store, opties.Waarden, uit, fout, ct);

            case ["genereer", "landelijk"]:
                return await GenereerLandelijk.RunAsync(store, opties.Waarden, uit, fout, ct);
            case ["genereer", "inschrijvingen"]:
                return await GenereerInschrijvingen.RunAsync(store, opties.Waarden, uit, fout, ct);

            case ["rio", "aanleveren", var soort, var bestand] when opties.Levering() is { } levering:
                return await RioLevering.AanleverenAsync(store, soort, bestand, levering, uit, fout, ct);
            case ["rio", "verwijderen", var soort, ..] when opties.Levering() is { } levering:
                return await RioLevering.VerwijderenAsync(store, soort, [.. opties.Woorden.Skip(3)], levering, uit, fout, ct);

            case ["rod", "identificeren", var bestand] when opties.Levering() is { } levering:
                return await RodPersonen.IdentificerenAsync(store, bestand, levering, uit, fout, ct);
            case ["rod", "herbereken"]:
                await uit.WriteLineAsync($"{await new KetensignaalHerberekenaar(store, TimeProvider.System).VerwerkAsync(ct)} leerlingen met gewijzigde ketensignalen");
                return 0;
            case ["rod", "personen", "laden", var bestand]:
                return await RodPersonen.LadenAsync(store, bestand, uit, fout, ct);
            case ["rod", "registratieoverzicht"]:
                return await RodRegistratieoverzicht.RunAsync(store, opties.Waarden, uit, fout, ct);
            case ["rod", "batch", var bestand] when opties.Waarden.GetValueOrDefault("afzender") is { } afzender:
                return await RodBatch.RunAsync(store, bestand, afzender, opties.Waarden, uit, fout, ct);

            case ["vsv", "rapport"]:
                return await VsvCommando.RapportAsync(store, opties.Waarden, uit, fout, ct);

            default:
                await fout.WriteLineAsync("""
                    gebruik:
                      keten leerroutes --bestuur <onderwijsbestuurcode> [--json] [--connection <connectionstring>]
                      keten referentie laden <bestand.json> [--connection <connectionstring>]
                      keten genereer landelijk [--seed 42] [--mbo 61] [--vo 650] [--opleidingen 60000]
                                               [--referentiedata-uit <bestand.json>] [--gelijktijdig 16] [--connection <connectionstring>]
                      keten genereer inschrijvingen [--seed 42] [--mbo 61] [--vo 650] [--opleidingen 60000] [--fractie 1]
                                               [--blok 1000] [--gelijktijdig 2] [--connection <connectionstring>]
                    """);
                await fout.WriteLineAsync(RioLevering.Uitleg);
                await fout.WriteLineAsync(RodPersonen.Uitleg);
                await fout.WriteLineAsync(RodRegistratieoverzicht.Uitleg);
                await fout.WriteLineAsync(RodBatch.Uitleg);
                await fout.WriteLineAsync(ToegangCommando.Uitleg);
                await fout.WriteLineAsync(AuditCommando.Uitleg);
                await fout.WriteLineAsync(BekostigingCommando.Uitleg);
                await fout.WriteLineAsync(VsvCommando.Uitleg);
                return 1;
        }
    }

    private static string Tabel(IReadOnlyList<Leerroute> routes)
    {
        if (routes.Count == 0)
        {
            return "Geen leerroutes gevonden.";
        }

        var regels = routes.Select(r => string.Join("  ",
            r.Leerroutecode.PadRight(13), r.MboAanbiedercode.PadRight(8), r.VoAanbiedercode.PadRight(8),
            Datum(r.Periode.Begindatum).PadRight(10), (r.Periode.Einddatum is { } e ? Datum(e) : "").PadRight(10),
            r.StatusTekst.PadRight(16), r.Ontbrekend is { } o ? $"ontbreekt: {o}-kant" : ""));
        return string.Join(Environment.NewLine,
            ["LEERROUTE      MBO       VO        BEGIN       EIND        STATUS", .. regels]);
    }

    private static string Datum(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Opties(IReadOnlyList<string> Woorden, string Connection, string? Bestuur, bool Json, bool Proefdraai, IReadOnlyDictionary<string, string> Waarden)
    {
        /// <summary>The options of a delivery; null without --afzender or with a --bedrijfsdocument that is not a UUID.</summary>
        public LeverOpties? Levering()
        {
            var gegeven = Waarden.GetValueOrDefault("bedrijfsdocument");
            var id = BedrijfsdocumentIds.Normaliseer(gegeven);
            return Waarden.GetValueOrDefault("afzender") is { } afzender && (gegeven is null || id is not null)
                ? new LeverOpties(afzender, id, Proefdraai, Json)
                : null;
        }

        public static Opties Lees(string[] args)
        {
            var woorden = new List<string>();
            var waarden = new Dictionary<string, string>(StringComparer.Ordinal);
            var json = false;
            var proefdraai = false;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--json": json = true; break;
                    case "--proefdraai": proefdraai = true; break;
                    case ['-', '-', ..] naam when i + 1 < args.Length: waarden[naam[2..]] = args[++i]; break;
                    default: woorden.Add(args[i]); break;
                }
            }

            var connection = waarden.GetValueOrDefault("connection")
                ?? Environment.GetEnvironmentVariable("ConnectionStrings__Keten") ?? "Data Source=keten.db";
            return new Opties(woorden, connection, waarden.GetValueOrDefault("bestuur"), json, proefdraai, waarden);
        }
    }
}
