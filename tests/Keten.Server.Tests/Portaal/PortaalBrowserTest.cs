using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Keten.Application.Toegang;
using Keten.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// Base of the portal's browser tests (docs/portaal.md, "Browser tests"): per test a fresh database, Keten on a real port
/// (<see cref="PortaalServer"/>) and Debian's Chromium, headless, driven by Playwright (its own browser download cannot
/// work here: <c>ExecutablePath</c> is <see cref="Chromium"/>). Helpers log in through the development broker as a
/// person would, check a page with axe-core, and keep screenshots under TestResults/portaal/.
/// </summary>
public abstract class PortaalBrowserTest(StoreKind kind, PostgresServer? postgres) : DatabaseTest(kind, postgres)
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;
    private PortaalServer? server;

    protected PortaalServer Server => server ?? throw new InvalidOperationException("InitializeAsync has not run.");

    protected IPage Pagina { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium package (.ci/run does).");
        server = PortaalServer.Start(ConnectionString);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.Adres.AbsoluteUri, Locale = "nl-NL" });
        context.SetDefaultTimeout(15_000);
        Pagina = await context.NewPageAsync();
    }

    public override async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>From the portal's start, through the login page and the development broker, as the test employee of the board at the level.</summary>
    protected async Task InloggenAlsAsync(string medewerker, string bestuur = "100B001", string niveau = "loa3", string start = "/portaal")
    {
        await Pagina.GotoAsync(start);
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Inloggen met eHerkenning", Exact = true }).ClickAsync();
        await Pagina.Locator("select[name=medewerker]").SelectOptionAsync(new SelectOptionValue { Label = $"{medewerker} ({bestuur})" });
        await Pagina.Locator("select[name=bestuur]").SelectOptionAsync(bestuur);
        await Pagina.Locator($"input[name=niveau][value={niveau}]").CheckAsync();
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        await TerugVanDeMakelaarAsync();
    }

    /// <summary>
    /// The way back from the broker is several requests on the same busy server (the broker's answer, the code exchanged
    /// and the broker's keys fetched over the back channel, the portal), so it gets a longer wait than one page; if it
    /// still does not arrive, the page the browser stayed on is in the failure (a CI run once timed out here with nothing
    /// to go on).
    /// </summary>
    private async Task TerugVanDeMakelaarAsync()
    {
        try
        {
            await Pagina.WaitForURLAsync(url => !url.Contains("/ontwikkelmakelaar", StringComparison.Ordinal), new() { Timeout = 60_000 });
        }
        catch (TimeoutException e)
        {
            var tekst = await Pagina.Locator("body").InnerTextAsync(new() { Timeout = 5_000 });
            throw new TimeoutException($"Still at {Pagina.Url} after logging in, showing: {tekst[..Math.Min(tekst.Length, 600)]}", e);
        }
    }

    /// <summary>The current TOTP code of a demo DUO token.</summary>
    protected static string TokenCode(string geheim) => TotpControle.Code(TotpControle.Geheim(geheim), DateTimeOffset.UtcNow);

    /// <summary>axe-core's WCAG 2.1 A and AA rules on the page as it is now: no violation, each one named if there is.</summary>
    protected async Task ToegankelijkAsync()
    {
        var opties = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        };
        var resultaat = await OpGeladenPaginaAsync(() => Pagina.RunAxe(opties));
        Assert.True(resultaat.Violations.Length == 0, $"{Pagina.Url}: " + string.Join("; ", resultaat.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => JsonSerializer.Serialize(n.Target)))}")));
    }

    /// <summary>A full-page screenshot under TestResults/portaal/ beside the test assembly, kept as the test's output.</summary>
    protected async Task SchermafdrukAsync(string naam)
    {
        var map = Path.Combine(AppContext.BaseDirectory, "TestResults", "portaal");
        Directory.CreateDirectory(map);
        var opties = new PageScreenshotOptions { Path = Path.Combine(map, naam + ".png"), FullPage = true, Timeout = 15_000 };
        await OpGeladenPaginaAsync(() => Pagina.ScreenshotAsync(opties));
    }

    /// <summary>
    /// A look at the page as it is now (axe, a screenshot), once it has loaded. A page that reloads itself (a batch job's
    /// progress page when the job finishes) can navigate away meanwhile, which Playwright reports as a destroyed
    /// execution context or as a timeout: the look is then taken again on the new page, up to three times.
    /// </summary>
    private async Task<T> OpGeladenPaginaAsync<T>(Func<Task<T>> kijk)
    {
        for (var poging = 1; ; poging++)
        {
            await Pagina.WaitForLoadStateAsync(LoadState.Load);
            try
            {
                return await kijk();
            }
            catch (Exception e) when (poging < 3 && e is PlaywrightException or TimeoutException)
            {
            }
        }
    }
}
