using Keten.Domain.Gemeenschappelijk;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Keten.Application.Bekostiging;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Schrijfpad;
using Keten.Server.Tests.Server;
using Microsoft.Extensions.DependencyInjection;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Bekostiging;

/// <summary>
/// /api/bekostiging and `keten bekostiging` on the demo content: Rivierenland College (100B002, BRIN 99MB) has demo
/// enrolment DEMOM1 from 2026-08-01, so MBO funding year 2028 (teldata 2026-10-01 and 2027-02-01) counts it. The
/// server runs the stand-in determination (<see cref="Proefberekening"/>, so what is asserted is what the doors do); the
/// CLI the real one, whose funding values the last test checks end to end.
/// </summary>
public abstract class BekostigingRestTests(StoreKind kind, PostgresServer? postgres) : KetenServerTestBasis(kind, postgres)
{
    private const string RivierenlandOin = "00000001990100000002";
    private readonly Proefberekening berekening = new();

    protected override Action<IServiceCollection>? Diensten => s => s.AddSingleton<Bekostigingsberekening>(berekening.Bepaal);

    [Fact]
    public async Task A_school_starts_a_run_reads_its_tbgi_as_json_with_the_person_only_in_the_body_and_its_totals()
    {
        var run = await StartAsync(RivierenlandOin, new { sector = "MBO", bekostigingsjaar = 2028, status = "Voorlopig" });
        var runId = run["runId"]!.GetValue<long>();

        var tbgi = await LeesAsync(RivierenlandOin, $"/api/bekostiging/runs/{runId}/tbgi/99MB");
        var totalen = await LeesAsync(RivierenlandOin, $"/api/bekostiging/runs/{runId}/totalen");
        var lijst = await LeesAsync(RivierenlandOin, "/api/bekostiging/runs?sector=MBO&bekostigingsjaar=2028");
        using var xml = await TweeHosts.RestAsync(Client, HttpMethod.Get, $"/api/bekostiging/runs/{runId}/tbgi/99MB/xml", oin: RivierenlandOin);

        var inschrijving = tbgi["inschrijvingen"]!.AsArray().Single(i => i!["inschrijvingvolgnummer"]!.GetValue<string>() == "DEMOM1")!;
        Assert.Equal(["2026-10-01", "2027-02-01"], inschrijving["teldata"]!.AsArray().Select(t => t!["teldatum"]!.GetValue<string>()));
        Assert.Equal("Bsn", inschrijving["persoon"]!["soort"]!.GetValue<string>());
        Assert.All(totalen.AsArray(), t => Assert.Equal("99MB", t!["brin"]!.GetValue<string>()));
        Assert.Equal(runId, Assert.Single(lijst.AsArray())!["runId"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.OK, xml.StatusCode);
        Assert.Equal($"TBGI_99MB_2028_{Server.Clock.GetUtcNow():yyyyMMdd}.XML", xml.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal("Bekostigingsgrondslagen", System.Xml.Linq.XDocument.Parse(await xml.Content.ReadAsStringAsync()).Root!.Name.LocalName);
    }

    [Fact]
    public async Task A_definitive_run_over_rest_is_403_bkr001_and_another_boards_run_is_404()
    {
        using var definitief = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/bekostiging/runs",
            new { sector = "MBO", bekostigingsjaar = 2028, status = "Definitief" }, oin: RivierenlandOin);
        var run = await StartAsync(RivierenlandOin, new { sector = "MBO", bekostigingsjaar = 2028, status = "Voorlopig" });
        using var vreemd = await TweeHosts.RestAsync(Client, HttpMethod.Get, $"/api/bekostiging/runs/{run["runId"]}/tbgi/99MB", oin: KanaalstreekOin);
        using var verschil = await TweeHosts.RestAsync(Client, HttpMethod.Get, $"/api/bekostiging/verschil?voor={run["runId"]}&na={run["runId"]}", oin: KanaalstreekOin);

        Assert.Equal(HttpStatusCode.Forbidden, definitief.StatusCode);
        Assert.Equal("BKR001", await TweeHosts.CodeAsync(definitief));
        Assert.Equal(HttpStatusCode.NotFound, vreemd.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, verschil.StatusCode);
    }

    [Fact]
    public async Task A_repeated_run_as_known_on_the_first_moment_has_no_diff()
    {
        var eerste = await StartAsync(RivierenlandOin, new { sector = "MBO", bekostigingsjaar = 2028, status = "Voorlopig" });
        Server.Clock.Advance(TimeSpan.FromMinutes(1));
        var tweede = await StartAsync(RivierenlandOin, new { sector = "MBO", bekostigingsjaar = 2028, status = "Voorlopig", bekendOp = eerste["bekendOp"]!.GetValue<string>() });

        var verschil = await LeesAsync(RivierenlandOin, $"/api/bekostiging/verschil?voor={eerste["runId"]}&na={tweede["runId"]}");

        Assert.Equal(eerste["bekendOp"]!.GetValue<string>(), tweede["bekendOp"]!.GetValue<string>());
        Assert.Empty(verschil["verschillen"]!.AsArray());
        Assert.Equal(eerste["aantalRegels"]!.GetValue<int>(), tweede["aantalRegels"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_operator_starts_the_definitive_run_on_the_cli_lists_it_and_diffs_it_as_csv()
    {
        var (code, uit, fout) = await CliUitvoering.RunAsync(ConnectionString, "bekostiging", "definitief", "--jaar", "2020", "--sector", "MBO");
        var (lijstCode, lijst, _) = await CliUitvoering.RunAsync(ConnectionString, "bekostiging", "runs", "--jaar", "2020");
        var (diffCode, diff, _) = await CliUitvoering.RunAsync(ConnectionString, "bekostiging", "diff", "--voor", "1", "--na", "1");
        var (ongeldigCode, _, ongeldig) = await CliUitvoering.RunAsync(ConnectionString, "bekostiging", "run", "--jaar", "twintig", "--sector", "MBO");

        Assert.True(code == 0, fout);
        Assert.StartsWith("run 1: MBO 2020 definitief", uit, StringComparison.Ordinal);
        Assert.Equal((0, uit), (lijstCode, lijst));
        Assert.Equal((0, "Brin;Persoonsnummersoort;Persoonsnummer;Inschrijvingvolgnummer;Soort;Teldatum;Resultaatvolgnummer;BekostigingsstatusVoor;RedencodeVoor;BekostigingsstatusNa;RedencodeNa;Leveringen\n"),
            (diffCode, diff));
        Assert.Equal(1, ongeldigCode);
        Assert.StartsWith("KTN400 Veld jaar", ongeldig, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_real_determination_the_demo_dlr_pupil_in_fase_vo_is_funded_by_the_vo_school_and_not_by_the_mbo_side_and_the_tbgi_files_get_duos_name()
    {
        var (voCode, vo, voFout) = await CliUitvoering.RunAsync(ConnectionString, "bekostiging", "definitief", "--jaar", "2027", "--sector", "VO");
        var (mboCode, mbo, mboFout) = await CliUitvoering.RunAsync(ConnectionString, "bekostiging", "definitief", "--jaar", "2028", "--sector", "MBO");
        var (_, voTbgi, _) = await CliUitvoering.RunAsync(ConnectionString, "bekostiging", "tbgi", "--run", "1", "--brin", "99VC", "--json");
        var (_, mboTbgi, _) = await CliUitvoering.RunAsync(ConnectionString, "bekostiging", "tbgi", "--run", "2", "--brin", "99MB", "--json");
        var map = Directory.CreateTempSubdirectory("keten-tbgi-").FullName;
        var (bestandenCode, _, bestandenFout) = await CliUitvoering.RunAsync(ConnectionString, "bekostiging", "tbgi", "--run", "2", "--brin", "99MB", "--uit", map);
        var bestanden = Directory.GetFiles(map).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Directory.Delete(map, recursive: true);

        Assert.True(voCode == 0 && mboCode == 0, voFout + mboFout);
        Assert.Contains("definitief", vo + mbo, StringComparison.Ordinal);
        Assert.True(Teldatum(voTbgi, "DEMOV1", "2026-10-01")["bekostigingsstatus"]!.GetValue<bool>());
        Assert.False(Teldatum(mboTbgi, "DEMOM1", "2026-10-01")["bekostigingsstatus"]!.GetValue<bool>());
        Assert.True(bestandenCode == 0, bestandenFout);
        // Named after the Dutch day it was made: from 23:00 UTC (22:00 in summer) that is UTC's next day.
        var naam = $"TBGI_99MB_2028_{TimeProvider.System.Vandaag():yyyyMMdd}";
        Assert.Equal([$"{naam}.XML", $"{naam}_diplomas.csv", $"{naam}_inschrijvingen.csv"], bestanden);
    }

    private static JsonNode Teldatum(string tbgi, string volgnummer, string teldatum) =>
        JsonNode.Parse(tbgi)!["inschrijvingen"]!.AsArray().Single(i => i!["inschrijvingvolgnummer"]!.GetValue<string>() == volgnummer)!["teldata"]!.AsArray()
            .Single(t => t!["teldatum"]!.GetValue<string>() == teldatum)!;

    private async Task<JsonNode> StartAsync(string oin, object verzoek)
    {
        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/bekostiging/runs", verzoek, oin: oin);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
        return JsonNode.Parse(tekst)!;
    }

    private async Task<JsonNode> LeesAsync(string oin, string pad)
    {
        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Get, pad, oin: oin);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
        return JsonNode.Parse(tekst)!;
    }
}

public sealed class BekostigingRestTestsOnSqlite() : BekostigingRestTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class BekostigingRestTestsOnPostgres(PostgresServer postgres) : BekostigingRestTests(StoreKind.Postgres, postgres);
