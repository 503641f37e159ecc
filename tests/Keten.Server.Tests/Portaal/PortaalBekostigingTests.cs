using System.Xml.Linq;
using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Domain.Rod;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rod;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// Issue 9 point 3, bekostiging, in a real browser: ROC Voorbeeld (100B001) enrols a student at 99MA from 2026-08-01,
/// so MBO bekostigingsjaar 2028 (teldata 1 October 2026 and 1 February 2027) counts them. J. Beheerder starts a
/// preliminary run, reads its totals and chart, the TBG-i of 99MA with each line's reason, downloads it under DUO's
/// file name, and after a second delivery and run sees what moved. K. Mulder (BekostigingInzien for 110A001) sees only 99MA.
/// </summary>
[Collection(PortaalCollection.Naam)]
public sealed class PortaalBekostigingTests() : PortaalBrowserTest(StoreKind.Sqlite, null)
{
    private const string RocVoorbeeldOin = "00000001123456789000";

    [Fact]
    public async Task A_beheerder_starts_a_run_reads_its_totals_and_chart_the_tbgi_with_reasons_downloads_it_and_diffs_a_second_run()
    {
        await InschrijvenAsync("999990032");
        await InloggenAlsAsync("J. Beheerder");

        await Pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Bekostiging" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Bekostiging", Level = 1 })).ToBeVisibleAsync();
        await ToegankelijkAsync();
        var eerste = await StartRunAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Link, new() { Name = $"Run {eerste}", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Status)).ToContainTextAsync($"Run {eerste} is gestart");
        await ToegankelijkAsync();
        await SchermafdrukAsync("bekostiging-runs");

        await Pagina.GetByRole(AriaRole.Link, new() { Name = $"Run {eerste}", Exact = true }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = $"Run {eerste}: MBO 2028", Level = 1 })).ToBeVisibleAsync();
        var totalen = Pagina.GetByRole(AriaRole.Table, new() { Name = $"Totalen van run {eerste}", Exact = false });
        await Assertions.Expect(totalen.GetByRole(AriaRole.Cell, new() { Name = "99MA", Exact = true }).First).ToBeVisibleAsync();
        await Assertions.Expect(totalen.GetByRole(AriaRole.Cell, new() { Name = "1 oktober 2026", Exact = true }).First).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Img, new() { Name = "Staafdiagram", Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Table, new() { Name = "de gegevens van het staafdiagram", Exact = false })
            .GetByRole(AriaRole.Cell, new() { Name = "BOL", Exact = true })).ToBeVisibleAsync();
        await ToegankelijkAsync();
        await SchermafdrukAsync("bekostiging-totalen");

        await Pagina.GetByRole(AriaRole.Link, new() { Name = "TBG-i van 99MA" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "TBG-i van 99MA, MBO 2028", Exact = false, Level = 1 })).ToBeVisibleAsync();
        await Pagina.GetByLabel("Teldatum", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "1 oktober 2026" });
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        var regel = Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "BSN 999990032" });
        await Assertions.Expect(regel).ToHaveCountAsync(1);
        await Assertions.Expect(regel).ToContainTextAsync("1 oktober 2026");
        await Assertions.Expect(regel).ToContainTextAsync("B01 Ingeschreven op de teldatum met indicatie bekostigbaar J");
        await ToegankelijkAsync();
        await SchermafdrukAsync("bekostiging-tbgi");

        var download = await Pagina.RunAndWaitForDownloadAsync(() => Pagina.GetByRole(AriaRole.Link, new() { Name = "TBGI_99MA_2028_", Exact = false }).ClickAsync());
        Assert.Matches(@"^TBGI_99MA_2028_\d{8}\.XML$", download.SuggestedFilename);
        var xml = XDocument.Load(await download.PathAsync());
        Assert.Equal("Bekostigingsgrondslagen", xml.Root!.Name.LocalName);
        Assert.Contains(xml.Descendants("Burgerservicenummer"), e => e.Value == "999990032");
        var csv = await Pagina.RunAndWaitForDownloadAsync(() => Pagina.GetByRole(AriaRole.Link, new() { Name = "Inschrijvingen als CSV" }).ClickAsync());
        Assert.Matches(@"^TBGI_99MA_2028_\d{8}_inschrijvingen\.csv$", csv.SuggestedFilename);
        Assert.Contains("999990032", await File.ReadAllTextAsync(await csv.PathAsync()), StringComparison.Ordinal);

        Server.Server.Clock.Advance(TimeSpan.FromMinutes(1));
        await InschrijvenAsync("999990056");
        Server.Server.Clock.Advance(TimeSpan.FromMinutes(1));
        await Pagina.GotoAsync("/portaal/bekostiging");
        var tweede = await StartRunAsync();
        await Pagina.GetByRole(AriaRole.Link, new() { Name = $"Run {tweede}", Exact = true }).ClickAsync();
        await Pagina.GetByLabel("Eerdere run").SelectOptionAsync(eerste.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Verschil bekijken" }).ClickAsync();

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = $"Van run {eerste} naar run {tweede}" })).ToBeVisibleAsync();
        var verschil = Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "BSN 999990056" });
        await Assertions.Expect(verschil.First).ToContainTextAsync("Niet in deze run");
        await Assertions.Expect(verschil.First).ToContainTextAsync("B01");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "BSN 999990032" })).ToHaveCountAsync(0);
        await ToegankelijkAsync();
        await SchermafdrukAsync("bekostiging-verschil");
    }

    [Fact]
    public async Task A_run_as_known_in_the_future_is_refused_with_bkr003_in_the_error_summary_and_two_runs_of_other_years_with_bkr002()
    {
        await InloggenAlsAsync("J. Beheerder", start: "/portaal/bekostiging");

        await Pagina.GetByLabel("Bekostigingsjaar").FillAsync("2028");
        await Pagina.GetByLabel("Bekend op (optioneel)").FillAsync("2099-01-01T10:00");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Run starten" }).ClickAsync();

        var samenvatting = Pagina.GetByRole(AriaRole.Alert);
        await Assertions.Expect(samenvatting).ToContainTextAsync("Bekend op ligt in de toekomst");
        await Assertions.Expect(samenvatting).ToContainTextAsync("BKR003");
        await Assertions.Expect(samenvatting.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#bekendOp");
        await Assertions.Expect(Pagina.GetByLabel("Bekend op (optioneel)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(Pagina.GetByText("Er zijn nog geen runs.")).ToBeVisibleAsync();
        await ToegankelijkAsync();

        var mbo = await StartRunAsync();
        var vo = await StartRunAsync("VO", "2027");
        await Pagina.GotoAsync($"/portaal/bekostiging/verschil?voor={mbo}&na={vo}");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Alert)).ToContainTextAsync("BKR002");
        await ToegankelijkAsync();
    }

    [Fact]
    public async Task K_Mulder_authorised_for_110A001_sees_only_99MA_and_a_medewerker_without_the_function_gets_TGA021()
    {
        await InschrijvenAsync("999990032");
        await InloggenAlsAsync("J. Beheerder", start: "/portaal/bekostiging");
        Assert.Equal(["", "99MA", "99MD"], await Pagina.GetByLabel("Instelling (optioneel)").Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)"));
        var run = await StartRunAsync();
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

        await InloggenAlsAsync("K. Mulder", start: "/portaal/bekostiging");
        Assert.Equal(["", "99MA"], await Pagina.GetByLabel("Instelling (optioneel)").Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)"));
        await Pagina.GetByRole(AriaRole.Link, new() { Name = $"Run {run}", Exact = true }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Link, new() { Name = "TBG-i van 99MA" })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Link, new() { Name = "TBG-i van", Exact = false })).ToHaveCountAsync(1);
        await ToegankelijkAsync();
        var vreemd = await Pagina.GotoAsync($"/portaal/bekostiging/run/{run}/tbgi/99MD");
        Assert.Equal(404, vreemd!.Status);
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Niet gevonden", Level = 1 })).ToBeVisibleAsync();
        await ToegankelijkAsync();
        await Pagina.GotoAsync("/portaal");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

        await InloggenAlsAsync("A. de Vries", start: "/portaal/bekostiging");
        await Pagina.GetByLabel("Gebruikersnaam van uw token").FillAsync("avries");
        await Pagina.GetByLabel("Code", new() { Exact = true }).FillAsync(TokenCode("KRUGS4ZANFZSA5DF"));
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Overstappen op eHerkenning" }).ClickAsync();
        await Pagina.GotoAsync("/portaal/bekostiging");
        Assert.Contains("/portaal/geen-toegang?code=TGA021", Pagina.Url, StringComparison.Ordinal);
        await Assertions.Expect(Pagina.GetByText("Bekostiging inzien", new() { Exact = false })).ToBeVisibleAsync();
        await ToegankelijkAsync();
    }

    /// <summary>The start form, as filled in by a person; the new run's number from the confirmation.</summary>
    private async Task<long> StartRunAsync(string sector = "MBO", string jaar = "2028")
    {
        await Pagina.GetByLabel("Sector").SelectOptionAsync(sector);
        await Pagina.GetByLabel("Bekostigingsjaar").FillAsync(jaar);
        await Pagina.GetByLabel("Bekend op (optioneel)").FillAsync("");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Run starten" }).ClickAsync();
        var melding = Pagina.GetByRole(AriaRole.Status);
        await Assertions.Expect(melding).ToContainTextAsync("is gestart");
        var tekst = await melding.InnerTextAsync();
        return long.Parse(tekst.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>ROC Voorbeeld delivers a BOL enrolment at 99MA from 2026-08-01 (the demo DLR's opleiding, without leerroute).</summary>
    private async Task InschrijvenAsync(string bsn)
    {
        var diensten = Server.Server.Services;
        var afzender = diensten.GetRequiredService<ReferentiedataBron>().Afzender(RocVoorbeeldOin);
        var inschrijving = DemoDlr.Mbo(Persoonsnummer.Bsn(bsn), DemoDlr.MboPeriode(new DateOnly(2026, 8, 1), null)) with { Inschrijvingvolgnummer = "M" + bsn[^3..] };
        var terugkoppeling = await diensten.GetRequiredService<InschrijvingHandler>().ToevoegenAsync(inschrijving, afzender, null, CancellationToken.None);
        Assert.True(terugkoppeling.LeveringGoedgekeurd, string.Join("; ", terugkoppeling.Foutmeldingen.Select(f => f.Foutcode + " " + f.Fouttekst)));
    }
}
