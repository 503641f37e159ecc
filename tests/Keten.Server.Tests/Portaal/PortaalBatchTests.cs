using System.Text;
using Keten.Domain.Toegang;
using Keten.Server.Tests.Infrastructure;
using Keten.Storage.Audit;
using Microsoft.Playwright;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// The portal's batch upload in a real browser (docs/portaal.md, "Batch"): a file with an accepted and a refused
/// mutation becomes a job processed in the background; its progress page follows it to Klaar (with JavaScript in place,
/// without JavaScript by reloading itself) and then shows the table and serves the terugkoppeling file; the batch page
/// lists the job. A file Keten cannot read is refused in the error summary, another board's medewerker gets the 404 page
/// for the job and its download, and a medewerker without an inschrijvingen function TGA021.
/// </summary>
[Collection(PortaalCollection.Naam)]
public sealed class PortaalBatchTests() : PortaalBrowserTest(StoreKind.Sqlite, null)
{
    private const string Bsn = "999990056";

    private const string Batch = """
        recordsoort;mutatiesoort;sector;brin;burgerservicenummer;inschrijvingvolgnummer;datumInschrijving;hoogsteVooropleiding;datumBegin;opleidingcode;indicatieBekostigbaar;onderwijsaanbiedercode;leertraject
        ISG;T;MBO;99MA;999990056;B1;2026-08-01;04;;;;;
        ISP;;;;;B1;;;2026-08-01;25336;J;110A001;BOL
        ISG;T;MBO;99MA;999990056;B2;2026-08-01;04;;;;;

        """;

    [Fact]
    public async Task A_batch_file_is_processed_in_the_background_and_its_page_shows_progress_the_table_and_the_download()
    {
        await InloggenAlsAsync("J. Beheerder");
        await Pagina.GotoAsync("/portaal/inschrijvingen");
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Batchbestand aanleveren" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByText("Uw onderwijsbestuur heeft nog geen batchbestanden in het portaal aangeleverd.")).ToBeVisibleAsync();
        await ToegankelijkAsync();

        await LeverAanAsync(Pagina, Batch);

        await Assertions.Expect(Pagina).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/portaal/inschrijvingen/batch/[0-9a-f-]{36}$"));
        var taakpagina = Pagina.Url;
        Assert.DoesNotContain(Bsn, taakpagina, StringComparison.Ordinal);
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Batchbestand inschrijvingen.csv", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByLabel("Verwerkte mutaties")).ToHaveAttributeAsync("max", "2");
        await ToegankelijkAsync();
        await SchermafdrukAsync("inschrijvingen-batch-voortgang");

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Status)).ToHaveTextAsync("Status: Klaar. 2 van 2 mutaties verwerkt.", new() { Timeout = 20_000 });
        await Assertions.Expect(Pagina.GetByLabel("Verwerkte mutaties")).ToHaveAttributeAsync("value", "2");
        await Assertions.Expect(Pagina.GetByText("inschrijvingen.csv verwerkt: 2 mutatie(s), 1 goedgekeurd, 1 afgekeurd.")).ToBeVisibleAsync();
        var tabel = Pagina.GetByRole(AriaRole.Table, new() { Name = "Terugkoppeling per mutatie, op regelnummer in het bestand" });
        var goed = tabel.GetByRole(AriaRole.Row).Filter(new() { Has = Pagina.GetByRole(AriaRole.Rowheader, new() { Name = "2", Exact = true }) });
        await Assertions.Expect(goed).ToContainTextAsync("ja");
        var fout = tabel.GetByRole(AriaRole.Row).Filter(new() { Has = Pagina.GetByRole(AriaRole.Rowheader, new() { Name = "4", Exact = true }) });
        await Assertions.Expect(fout).ToContainTextAsync("nee");
        await Assertions.Expect(fout).ToContainTextAsync("ROD011");
        await ToegankelijkAsync();
        await SchermafdrukAsync("inschrijvingen-batch");

        var terugkoppeling = await Pagina.RunAndWaitForDownloadAsync(() => Pagina.GetByRole(AriaRole.Link, new() { Name = "Terugkoppeling downloaden (CSV)" }).ClickAsync());
        Assert.Equal("terugkoppeling-inschrijvingen.csv", terugkoppeling.SuggestedFilename);
        Assert.Equal(taakpagina + "/terugkoppeling", terugkoppeling.Url);
        var regels = (await File.ReadAllTextAsync(await terugkoppeling.PathAsync())).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, regels.Length);
        Assert.StartsWith("regel;bedrijfsdocumentId;mutatiesoort;brin;inschrijvingvolgnummer;goedgekeurd;", regels[0], StringComparison.Ordinal);
        Assert.Matches("^2;[0-9a-f-]{36};T;99MA;B1;J;", regels[1]);
        Assert.Matches("^4;[0-9a-f-]{36};T;99MA;B2;N;;;ROD011;", regels[2]);
        Assert.DoesNotContain(Bsn, string.Join('\n', regels), StringComparison.Ordinal);

        await goed.GetByRole(AriaRole.Link, new() { Name = "B1" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Inschrijving B1 bij 99MA", Level = 1 })).ToBeVisibleAsync();

        await Pagina.GotoAsync("/portaal/inschrijvingen/batch");
        var taken = Pagina.GetByRole(AriaRole.Table, new() { Name = "Batchbestanden van uw onderwijsbestuur, nieuwste eerst" });
        var rij = taken.GetByRole(AriaRole.Row).Filter(new() { Has = Pagina.GetByRole(AriaRole.Link, new() { Name = "inschrijvingen.csv" }) });
        await Assertions.Expect(rij).ToContainTextAsync("Klaar");
        await Assertions.Expect(rij).ToContainTextAsync("2 van 2");
        await ToegankelijkAsync();
        await SchermafdrukAsync("inschrijvingen-batch-lijst");
    }

    [Fact]
    public async Task Without_JavaScript_the_progress_page_reloads_itself_until_done_and_the_reloading_can_be_stopped()
    {
        await InloggenAlsAsync("J. Beheerder");
        await using var zonderScript = await Pagina.Context.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Adres.AbsoluteUri, Locale = "nl-NL", JavaScriptEnabled = false,
        });
        await zonderScript.AddCookiesAsync((await Pagina.Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        var pagina = await zonderScript.NewPageAsync();
        await pagina.GotoAsync("/portaal/inschrijvingen/batch");

        await LeverAanAsync(pagina, Batch);
        var taakpagina = pagina.Url;
        var stoppen = pagina.GetByRole(AriaRole.Link, new() { Name = "Automatisch bijwerken stoppen" });
        if (await stoppen.CountAsync() == 1)
        {
            // The job may finish any moment: what a stopped page looks like is checked on its own address below.
            Assert.Equal(1, await pagina.Locator("meta[http-equiv=refresh]").CountAsync());
            Assert.Equal("?vernieuwen=uit", await stoppen.GetAttributeAsync("href"));
        }

        await pagina.GotoAsync(taakpagina + "?vernieuwen=uit");
        Assert.Equal(0, await pagina.Locator("meta[http-equiv=refresh]").CountAsync());
        await pagina.GotoAsync(taakpagina);

        // No click from here: the page reloads itself until the job is done.
        await Assertions.Expect(pagina.GetByRole(AriaRole.Status)).ToHaveTextAsync("Status: Klaar. 2 van 2 mutaties verwerkt.", new() { Timeout = 20_000 });
        await Assertions.Expect(pagina.GetByRole(AriaRole.Table, new() { Name = "Terugkoppeling per mutatie, op regelnummer in het bestand" })).ToBeVisibleAsync();
        Assert.Equal(0, await pagina.Locator("meta[http-equiv=refresh]").CountAsync());
    }

    [Fact]
    public async Task A_file_with_an_unknown_column_is_refused_in_the_error_summary_and_no_job_is_made()
    {
        await InloggenAlsAsync("J. Beheerder");
        await Pagina.GotoAsync("/portaal/inschrijvingen/batch");

        await LeverAanAsync(Pagina, "recordsoort;inschrijvingvolgnummer;geboortedatum\nISG;B1;2010-01-01\n");

        var samenvatting = Pagina.GetByRole(AriaRole.Alert);
        await Assertions.Expect(samenvatting).ToContainTextAsync("kolom 'geboortedatum' is onbekend");
        await Assertions.Expect(samenvatting).ToContainTextAsync("KTN400");
        await samenvatting.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(Pagina.GetByLabel("Batchbestand (CSV)", new() { Exact = true })).ToBeFocusedAsync();
        await Assertions.Expect(Pagina.GetByText("Uw onderwijsbestuur heeft nog geen batchbestanden in het portaal aangeleverd.")).ToBeVisibleAsync();
        await ToegankelijkAsync();
    }

    [Fact]
    public async Task Another_boards_medewerker_gets_the_404_page_for_the_job_and_its_download()
    {
        await InloggenAlsAsync("J. Beheerder");
        await Pagina.GotoAsync("/portaal/inschrijvingen/batch");
        await LeverAanAsync(Pagina, Batch);
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("Klaar", new() { Timeout = 20_000 });
        var taakpagina = new Uri(Pagina.Url).AbsolutePath;
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

        await InloggenAlsAsync("M. Jansen", "100B002");
        foreach (var adres in new[] { taakpagina, taakpagina + "/terugkoppeling" })
        {
            var antwoord = await Pagina.GotoAsync(adres);
            Assert.Equal(404, antwoord!.Status);
            await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Batchbestand niet gevonden", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(Pagina.GetByText("inschrijvingen.csv")).ToHaveCountAsync(0);
            await ToegankelijkAsync();
        }

        await Pagina.GotoAsync("/portaal/inschrijvingen/batch");
        await Assertions.Expect(Pagina.GetByText("Uw onderwijsbestuur heeft nog geen batchbestanden in het portaal aangeleverd.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_medewerker_without_an_inschrijvingen_function_gets_TGA021_on_the_batch_pages()
    {
        var store = Database.CreateStore(TimeProvider.System);
        var mulder = (await store.Medewerkers.MedewerkersVanBestuurAsync("100B001", CancellationToken.None)).Single(m => m.Naam == "K. Mulder");
        await store.Medewerkers.WijzigAutorisatiesAsync("100B001", mulder.Id, [], [new Autorisatie(Functie.InschrijvingenMbo, "110A001")], Auditbron.Onbekend, CancellationToken.None);

        await InloggenAlsAsync("K. Mulder");
        foreach (var adres in new[] { "/portaal/inschrijvingen/batch", $"/portaal/inschrijvingen/batch/{Guid.NewGuid()}" })
        {
            await Pagina.GotoAsync(adres);
            Assert.Contains("/portaal/geen-toegang?code=TGA021", Pagina.Url, StringComparison.Ordinal);
        }

        await ToegankelijkAsync();
    }

    private static async Task LeverAanAsync(IPage pagina, string inhoud)
    {
        await pagina.GetByLabel("Batchbestand (CSV)", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "inschrijvingen.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(inhoud),
        });
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Aanleveren" }).ClickAsync();
    }
}
