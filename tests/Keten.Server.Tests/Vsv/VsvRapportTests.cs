using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;
using Keten.Domain.Vsv;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Schrijfpad;
using Keten.Server.Tests.Rio.Server;
using Keten.Storage.Audit;

namespace Keten.Server.Tests.Vsv;

/// <summary>
/// VSV between 1 October 2026 and 1 October 2027 on the demo content, once the persons register knows the pupils' birth
/// dates: Rivierenland's MBO student (DEMOM2, 99MB) leaves in March 2027 and the Heuvelrug pupil in fase MBO without an MBO
/// enrolment (DEMOV2, 99VC) in June; the DLR pupil in fase VO stays and counts for the VO school 99VC, not for 99MB. Each
/// board sees its own instellingen over REST; DUO's operator sees regions 17 and 21 through the CLI, with an SVG chart.
/// </summary>
public abstract class VsvRapportTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private const string RivierenlandOin = "00000001990100000002";
    private const string HeuvelrugOin = "00000001990100000004";
    private const string Pad = "/api/vsv/rapport?peiljaar=2026";
    private const string Svg = "{http://www.w3.org/2000/svg}";

    private DateTimeOffset voorDeUitschrijvingen;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var (_, fouten) = await new Personenregister(Database.CreateStore(TimeProvider.System), TimeProvider.System).LadenAsync(
        [
            Persoon("999990111", "2011-05-04"),
            Persoon("999990123", "2010-03-02"),
            Persoon("999990135", "2004-10-02"),
        ], Auditbron.Onbekend, CancellationToken.None);
        Assert.Empty(fouten);
        voorDeUitschrijvingen = Server.Clock.GetUtcNow();
        Server.Clock.Advance(TimeSpan.FromMinutes(1));
        await UitschrijvenAsync(new Uitschrijving(new("99MB", Persoonsnummer.Bsn("999990135"), "DEMOM2"), new(2027, 3, 1), "02", []), RivierenlandOin);
        await UitschrijvenAsync(new Uitschrijving(new("99VC", Persoonsnummer.Bsn("999990123"), "DEMOV2"), new(2027, 6, 30), null, []), HeuvelrugOin);
    }

    [Fact]
    public async Task Each_board_sees_its_own_instellingen_with_denominator_percentage_and_the_leavers_by_number_in_the_body()
    {
        var rivierenland = await RapportAsync(Pad, RivierenlandOin);
        var heuvelrug = await RapportAsync(Pad, HeuvelrugOin);

        Assert.Equal(["99MB", "99MC"], rivierenland.Instellingen.Select(i => i.Brin));
        var mb = rivierenland.Instellingen[0];
        Assert.Equal(("21", 1, 1, 100.00m), (mb.RmcRegio, mb.Deelnemers, mb.Vsv, mb.Percentage));
        var verlater = Assert.Single(mb.Verlaters);
        Assert.Equal(("999990135", "DEMOM2", Vsvredenen.ZonderDiploma), (verlater.Persoon.Waarde, verlater.Inschrijvingvolgnummer, verlater.Redencode));
        Assert.Equal(["99VC", "99VD"], heuvelrug.Instellingen.Select(i => i.Brin));
        var vc = heuvelrug.Instellingen[0];
        Assert.Equal(("17", 2, 1, 50.00m), (vc.RmcRegio, vc.Deelnemers, vc.Vsv, vc.Percentage));
        Assert.Equal(1, vc.PerReden[Vsvredenen.WeerIngeschreven]);
        Assert.Equal(("999990123", "DEMOV2"), (vc.Verlaters.Single().Persoon.Waarde, vc.Verlaters.Single().Inschrijvingvolgnummer));
        Assert.Equal([("17", 2, 1), ("21", 0, 0)], heuvelrug.Regios.Select(r => (r.Code!, r.Deelnemers, r.Vsv)));
    }

    [Fact]
    public async Task As_known_before_the_uitschrijvingen_nobody_has_left()
    {
        var toen = await RapportAsync($"{Pad}&brin=99MB&bekendOp={Uri.EscapeDataString(voorDeUitschrijvingen.ToString("O"))}", RivierenlandOin);

        var mb = Assert.Single(toen.Instellingen);
        Assert.Equal((1, 0, 0.00m), (mb.Deelnemers, mb.Vsv, mb.Percentage));
        Assert.Empty(mb.Verlaters);
    }

    [Fact]
    public async Task Another_boards_brin_is_not_found_and_a_wrong_peiljaar_is_a_400_naming_the_field()
    {
        using var ander = await TweeHosts.RestAsync(Client, HttpMethod.Get, Pad + "&brin=99MB", oin: HeuvelrugOin);
        using var jaar = await TweeHosts.RestAsync(Client, HttpMethod.Get, "/api/vsv/rapport?peiljaar=26", oin: HeuvelrugOin);

        Assert.Equal(HttpStatusCode.NotFound, ander.StatusCode);
        Assert.DoesNotContain("999990135", await ander.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, jaar.StatusCode);
        Assert.Equal("KTN400", await TweeHosts.CodeAsync(jaar));
        Assert.Contains("peiljaar", await jaar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cli_reports_a_region_per_instelling_and_the_nation_per_region_as_a_valid_svg_chart()
    {
        var map = Directory.CreateTempSubdirectory("keten-vsv-");
        try
        {
            var regioSvg = Path.Combine(map.FullName, "regio21.svg");
            var landSvg = Path.Combine(map.FullName, "land.svg");
            var json = Path.Combine(map.FullName, "regio21.json");

            var regio = await CliUitvoering.RunAsync(ConnectionString, "vsv", "rapport", "--peiljaar", "2026", "--regio", "21", "--svg", regioSvg, "--uit", json);
            var land = await CliUitvoering.RunAsync(ConnectionString, "vsv", "rapport", "--peiljaar", "2026", "--svg", landSvg);

            Assert.True(regio.Code == 0, regio.Fout);
            Assert.Contains("99MB", regio.Uit, StringComparison.Ordinal);
            Assert.DoesNotContain("999990135", regio.Uit, StringComparison.Ordinal);
            Assert.DoesNotContain("99VC", regio.Uit, StringComparison.Ordinal);
            var inRegio = RioJson.Deserialize<Vsvrapport>(await File.ReadAllTextAsync(json));
            Assert.Equal(["99MB", "99MC", "99VD", "99VE"], inRegio.Instellingen.Select(i => i.Brin));
            Assert.Equal("999990135", inRegio.Instellingen[0].Verlaters.Single().Persoon.Waarde);
            var teksten = Teksten(regioSvg);
            Assert.Contains(teksten, t => t.StartsWith("99MB", StringComparison.Ordinal));
            Assert.Contains("100.00%", teksten);

            Assert.True(land.Code == 0, land.Fout);
            var regios = Teksten(landSvg);
            Assert.Contains(regios, t => t.StartsWith("RMC 17", StringComparison.Ordinal));
            Assert.Contains(regios, t => t.StartsWith("RMC 21", StringComparison.Ordinal));
        }
        finally
        {
            map.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_cli_refuses_a_missing_peiljaar_and_an_unknown_region_with_KTN400()
    {
        var zonderJaar = await CliUitvoering.RunAsync(ConnectionString, "vsv", "rapport");
        var onbekend = await CliUitvoering.RunAsync(ConnectionString, "vsv", "rapport", "--peiljaar", "2026", "--regio", "99");

        Assert.Equal((1, true), (zonderJaar.Code, zonderJaar.Fout.Contains("KTN400", StringComparison.Ordinal)));
        Assert.Equal((1, true), (onbekend.Code, onbekend.Fout.Contains("regio", StringComparison.Ordinal)));
    }

    /// <summary>The SVG parses as XML with an svg root, and its texts.</summary>
    private static List<string> Teksten(string pad)
    {
        var document = XDocument.Load(pad);
        Assert.Equal(Svg + "svg", document.Root!.Name.ToString());
        return [.. document.Descendants(Svg + "text").Select(t => t.Value)];
    }

    private async Task<Vsvrapport> RapportAsync(string pad, string oin)
    {
        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Get, pad, oin: oin);
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        return (await antwoord.Content.ReadFromJsonAsync<Vsvrapport>(RioJson.Options))!;
    }

    private async Task UitschrijvenAsync(Uitschrijving uitschrijving, string oin)
    {
        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/uitschrijvingen", uitschrijving, Guid.NewGuid().ToString(), oin);
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
    }

    private static BrpPersoon Persoon(string bsn, string geboortedatum) => new(bsn, new Persoonsgegevens("Proef", null, "Vera", geboortedatum, "V", "3511AB"));
}

public sealed class VsvRapportTestsOnSqlite() : VsvRapportTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class VsvRapportTestsOnPostgres(PostgresServer postgres) : VsvRapportTests(StoreKind.Postgres, postgres);
