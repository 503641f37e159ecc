using System.Globalization;
using Keten.Domain.Toegang;
using Keten.Server.Tests.Infrastructure;
using Keten.Storage.Audit;
using Microsoft.Playwright;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// Issue 9 point 3 in a real browser: the inschrijvingen pages of the MBO demo board (J. Beheerder, 100B001, BRIN 99MA,
/// aanbieder 110A001, CREBO 25336 as in Rod/DemoDlr): deliver, search by BSN (never in a URL), the detail with its
/// history and "zoals bekend op", correct, uitschrijven, a refusal in the error summary, an enrolment by batch file, the
/// registratieoverzicht, and the door for a medewerker without the function.
/// </summary>
[Collection(PortaalCollection.Naam)]
public sealed class PortaalInschrijvingenTests() : PortaalBrowserTest(StoreKind.Sqlite, null)
{
    private const string Bsn = "999990032";
    private static readonly TimeZoneInfo Nederland = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public async Task An_MBO_enrolment_is_delivered_found_by_BSN_corrected_with_its_history_and_unenrolled()
    {
        await InloggenAlsAsync("J. Beheerder");
        await Pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Inschrijvingen" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Inschrijvingen", Level = 1 })).ToBeVisibleAsync();
        await ToegankelijkAsync();

        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Nieuwe inschrijving" }).ClickAsync();
        await VulMboInschrijvingInAsync(datumUitschrijvingGepland: null);
        await ToegankelijkAsync();
        await SchermafdrukAsync("inschrijvingen-nieuw");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Inschrijving aanleveren" }).ClickAsync();

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Levering goedgekeurd" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Inschrijving M1 bij 99MA", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByText("Voorlopige bekostigingsstatus", new() { Exact = false }).First).ToBeVisibleAsync();
        await ToegankelijkAsync();
        var geleverd = Server.Server.Clock.GetUtcNow();
        Server.Server.Clock.Advance(TimeSpan.FromMinutes(10));

        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Terug naar zoeken" }).ClickAsync();
        await Pagina.GetByLabel("Burgerservicenummer of onderwijsnummer", new() { Exact = true }).FillAsync(Bsn);
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByText("1 inschrijving gevonden.")).ToBeVisibleAsync();
        Assert.DoesNotContain(Bsn, Pagina.Url, StringComparison.Ordinal);
        await ToegankelijkAsync();
        await SchermafdrukAsync("inschrijvingen-zoeken");

        await Pagina.GetByRole(AriaRole.Link, new() { Name = "99MA, volgnummer M1" }).ClickAsync();
        Assert.DoesNotContain(Bsn, Pagina.Url, StringComparison.Ordinal);
        await Assertions.Expect(Gegeven("Hoogste vooropleiding")).ToHaveTextAsync("04");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Cell, new() { Name = "25336" })).ToBeVisibleAsync();

        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Aanpassen" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByLabel("Hoogste vooropleiding")).ToHaveValueAsync("04");
        await ToegankelijkAsync();
        await Pagina.GetByLabel("Hoogste vooropleiding", new() { Exact = true }).FillAsync("05");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Wijziging aanleveren" }).ClickAsync();

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Levering goedgekeurd" })).ToBeVisibleAsync();
        await Assertions.Expect(Gegeven("Hoogste vooropleiding")).ToHaveTextAsync("05");
        var historie = Pagina.GetByRole(AriaRole.Table, new() { Name = "Elke geregistreerde versie, oudste eerst" });
        await Assertions.Expect(historie.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Assertions.Expect(historie.GetByRole(AriaRole.Link, new() { Name = "Versie 2" })).ToBeVisibleAsync();
        await ToegankelijkAsync();
        await SchermafdrukAsync("inschrijvingen-detail");

        var tussen = TimeZoneInfo.ConvertTime(geleverd.AddMinutes(5), Nederland);
        await Pagina.GetByLabel("Zoals bekend op", new() { Exact = true }).FillAsync(tussen.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Gegevens zoals bekend op", Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(Gegeven("Hoogste vooropleiding")).ToHaveTextAsync("04");
        await ToegankelijkAsync();

        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Zoals nu bekend" }).ClickAsync();
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Uitschrijven" }).ClickAsync();
        await Pagina.GetByLabel("Datum uitschrijving", new() { Exact = true }).FillAsync("2026-11-30");
        await Pagina.GetByLabel("Reden uitstroom", new() { Exact = true }).SelectOptionAsync("02");
        await ToegankelijkAsync();
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitschrijven" }).ClickAsync();

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Levering goedgekeurd" })).ToBeVisibleAsync();
        await Assertions.Expect(Gegeven("Datum uitschrijving werkelijk")).ToHaveTextAsync("30 november 2026");
        await Assertions.Expect(Gegeven("Reden uitstroom")).ToHaveTextAsync("02");
        await Assertions.Expect(historie.GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
    }

    [Fact]
    public async Task A_VO_enrolment_in_leerjaar_3_of_the_DLR_is_delivered_with_its_vakerkenning_opleidingskenmerk_and_fase()
    {
        await InloggenAlsAsync("S. Bakker", "100B003");
        await Pagina.GotoAsync("/portaal/inschrijvingen/nieuw");

        await Pagina.GetByLabel("Sector", new() { Exact = true }).SelectOptionAsync("VO");
        await Pagina.GetByLabel("Instelling (BRIN)", new() { Exact = true }).SelectOptionAsync("99VA");
        await Pagina.GetByLabel("Burgerservicenummer of onderwijsnummer", new() { Exact = true }).FillAsync("999990056");
        await Pagina.GetByLabel("Inschrijvingvolgnummer", new() { Exact = true }).FillAsync("V1");
        await Pagina.GetByLabel("Datum inschrijving", new() { Exact = true }).FillAsync("2026-08-01");
        await Pagina.GetByLabel("Datum begin periode 1", new() { Exact = true }).FillAsync("2026-08-01");
        await Pagina.GetByLabel("Opleiding periode 1", new() { Exact = true }).FillAsync("0137");
        await Pagina.GetByLabel("Niveau periode 1", new() { Exact = true }).FillAsync("VO-VMBO-KB");
        await Pagina.GetByLabel("Onderwijsaanbieder periode 1", new() { Exact = true }).FillAsync("110A004");
        await Pagina.GetByLabel("Leerjaar periode 1", new() { Exact = true }).FillAsync("3");
        await Pagina.GetByLabel("Leerroute periode 1", new() { Exact = true }).SelectOptionAsync("DLR");
        await Pagina.GetByLabel("Fase periode 1", new() { Exact = true }).SelectOptionAsync("VO");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Inschrijving aanleveren" }).ClickAsync();

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Levering goedgekeurd" })).ToBeVisibleAsync();
        var periode = Pagina.GetByRole(AriaRole.Table, new() { Name = "Inschrijvingsperioden, op datum begin" }).GetByRole(AriaRole.Row).Nth(1);
        await Assertions.Expect(periode).ToContainTextAsync("0137");
        await Assertions.Expect(periode).ToContainTextAsync("leerjaar 3");
        await Assertions.Expect(periode.GetByRole(AriaRole.Cell, new() { Name = "DLR", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(periode.GetByRole(AriaRole.Cell, new() { Name = "VO", Exact = true })).ToBeVisibleAsync();
        await ToegankelijkAsync();

        var detail = new Uri(Pagina.Url).AbsolutePath;
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await InloggenAlsAsync("J. Beheerder");
        var anderBestuur = await Pagina.GotoAsync(detail);
        Assert.Equal(404, anderBestuur!.Status);
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Inschrijving niet gevonden", Level = 1 })).ToBeVisibleAsync();
        await ToegankelijkAsync();
    }

    [Fact]
    public async Task A_refused_delivery_shows_the_error_summary_with_the_ROD_code_and_registers_nothing()
    {
        await InloggenAlsAsync("J. Beheerder");
        await Pagina.GotoAsync("/portaal/inschrijvingen/nieuw");

        await VulMboInschrijvingInAsync(datumUitschrijvingGepland: "2026-07-31");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Inschrijving aanleveren" }).ClickAsync();

        var samenvatting = Pagina.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Er is een probleem" });
        await Assertions.Expect(samenvatting).ToContainTextAsync("De geplande datum uitschrijving ligt voor de datum inschrijving");
        await Assertions.Expect(samenvatting).ToContainTextAsync("(ROD017)");
        await samenvatting.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(Pagina.GetByLabel("Datum uitschrijving gepland")).ToBeFocusedAsync();
        await Assertions.Expect(Pagina.GetByLabel("Burgerservicenummer of onderwijsnummer")).ToHaveValueAsync(Bsn);
        await ToegankelijkAsync();

        await Pagina.GotoAsync("/portaal/inschrijvingen");
        await Pagina.GetByLabel("Burgerservicenummer of onderwijsnummer", new() { Exact = true }).FillAsync(Bsn);
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByText("0 inschrijvingen gevonden.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_batch_file_registers_an_enrolment_and_the_registratieoverzicht_downloads()
    {
        const string batch = """
            recordsoort;mutatiesoort;sector;brin;burgerservicenummer;inschrijvingvolgnummer;datumInschrijving;hoogsteVooropleiding;datumBegin;opleidingcode;indicatieBekostigbaar;onderwijsaanbiedercode;leertraject
            ISG;T;MBO;99MA;999990056;B1;2026-08-01;04;;;;;
            ISP;;;;;B1;;;2026-08-01;25336;J;110A001;BOL

            """;
        await InloggenAlsAsync("J. Beheerder");
        await Pagina.GotoAsync("/portaal/inschrijvingen");
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Batchbestand aanleveren" }).ClickAsync();
        await Pagina.GetByLabel("Batchbestand (CSV)", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "inschrijvingen.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(batch),
        });
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Aanleveren" }).ClickAsync();

        // The batch pages themselves: PortaalBatchTests.
        var goed = Pagina.GetByRole(AriaRole.Table, new() { Name = "Terugkoppeling per mutatie, op regelnummer in het bestand" }).GetByRole(AriaRole.Row)
            .Filter(new() { Has = Pagina.GetByRole(AriaRole.Rowheader, new() { Name = "2", Exact = true }) });
        await Assertions.Expect(goed).ToContainTextAsync("ja", new() { Timeout = 20_000 });
        await goed.GetByRole(AriaRole.Link, new() { Name = "B1" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Inschrijving B1 bij 99MA", Level = 1 })).ToBeVisibleAsync();

        await Pagina.GotoAsync("/portaal/inschrijvingen/registratieoverzicht");
        await Pagina.GetByLabel("Instelling (BRIN)", new() { Exact = true }).SelectOptionAsync("99MA");
        await Pagina.GetByLabel("Begin selectieperiode", new() { Exact = true }).FillAsync("2026-08-01");
        await Pagina.GetByLabel("Einde selectieperiode", new() { Exact = true }).FillAsync("2027-07-31");
        await ToegankelijkAsync();
        var overzicht = await Pagina.RunAndWaitForDownloadAsync(() => Pagina.GetByRole(AriaRole.Button, new() { Name = "Registratieoverzicht downloaden" }).ClickAsync());

        Assert.Equal("RO_99MA_20260801_20270731.CSV", overzicht.SuggestedFilename);
        Assert.Contains("999990056", await File.ReadAllTextAsync(await overzicht.PathAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_medewerker_without_an_inschrijvingen_function_gets_TGA021()
    {
        var store = Database.CreateStore(TimeProvider.System);
        var mulder = (await store.Medewerkers.MedewerkersVanBestuurAsync("100B001", CancellationToken.None)).Single(m => m.Naam == "K. Mulder");
        await store.Medewerkers.WijzigAutorisatiesAsync("100B001", mulder.Id, [], [new Autorisatie(Functie.InschrijvingenMbo, "110A001")], Auditbron.Onbekend, CancellationToken.None);

        await InloggenAlsAsync("K. Mulder");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Inschrijvingen" })).ToHaveCountAsync(0);
        await Pagina.GotoAsync("/portaal/inschrijvingen/nieuw");

        Assert.Contains("/portaal/geen-toegang?code=TGA021", Pagina.Url, StringComparison.Ordinal);
        await ToegankelijkAsync();
    }

    /// <summary>The value beside a key of the detail's data list.</summary>
    private ILocator Gegeven(string naam) =>
        Pagina.Locator(".utrecht-data-list__item").Filter(new() { Has = Pagina.Locator("dt", new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{naam}$") }) }).Locator("dd");

    private async Task VulMboInschrijvingInAsync(string? datumUitschrijvingGepland)
    {
        await Pagina.GetByLabel("Sector", new() { Exact = true }).SelectOptionAsync("MBO");
        await Pagina.GetByLabel("Instelling (BRIN)", new() { Exact = true }).SelectOptionAsync("99MA");
        await Pagina.GetByLabel("Burgerservicenummer of onderwijsnummer", new() { Exact = true }).FillAsync(Bsn);
        await Pagina.GetByLabel("Inschrijvingvolgnummer", new() { Exact = true }).FillAsync("M1");
        await Pagina.GetByLabel("Datum inschrijving", new() { Exact = true }).FillAsync("2026-08-01");
        if (datumUitschrijvingGepland is not null)
        {
            await Pagina.GetByLabel("Datum uitschrijving gepland", new() { Exact = true }).FillAsync(datumUitschrijvingGepland);
        }

        await Pagina.GetByLabel("Hoogste vooropleiding", new() { Exact = true }).FillAsync("04");
        await Pagina.GetByLabel("Datum begin periode 1", new() { Exact = true }).FillAsync("2026-08-01");
        await Pagina.GetByLabel("Opleiding periode 1", new() { Exact = true }).FillAsync("25336");
        await Pagina.GetByLabel("Onderwijsaanbieder periode 1", new() { Exact = true }).FillAsync("110A001");
        await Pagina.GetByLabel("Leertraject periode 1", new() { Exact = true }).SelectOptionAsync("BOL");
    }
}
