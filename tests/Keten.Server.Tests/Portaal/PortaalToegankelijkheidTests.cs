using System.Globalization;
using Keten.Domain.Rod;
using Keten.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// Issue 9 point 4, an automated accessibility check of every page: the portal's pages are read from the running
/// server's endpoint table, each must have its addresses in <see cref="Bezoeken"/> (so a new page cannot escape the
/// check), and each address is opened as the medewerker it is for and checked with axe-core's WCAG 2.1 A/AA rules,
/// its status and its single h1. Pages that say "niet gevonden" and the pages without a login are among them.
/// </summary>
[Collection(PortaalCollection.Naam)]
public sealed class PortaalToegankelijkheidTests() : PortaalBrowserTest(StoreKind.Sqlite, null)
{
    /// <summary>Who opens an address: the demo MBO board's beheerder, the VO board's, A. de Vries (eHerkenning, no medewerker yet), or nobody logged in.</summary>
    public enum Wie
    {
        Beheerder,
        Bakker,
        DeVries,
        Niemand,
    }

    /// <summary>One GET address of a page, opened as <paramref name="Als"/>: its expected status and where it ends (null: the address itself).</summary>
    public sealed record Bezoek(string Url, Wie Als = Wie.Beheerder, int Status = 200, string? Naar = null);

    /// <summary>What the arrange step made: an MBO and a VO enrolment (with a chain signal between them), two funding runs.</summary>
    public sealed record Gegevens(string MboInschrijving, string VoInschrijving, long Run, long TweedeRun);

    private const string DemoMboOpleiding = "a0000000-0000-4000-8000-000000000005";
    private const string DemoVoOpleiding = "b0000000-0000-4000-8000-000000000001";
    private const string Onbekend = "0f0f0f0f-0000-4000-8000-000000000000";

    /// <summary>
    /// Every portal page, by its path under Portaal/Pages, with the GET addresses that show it in each state worth
    /// checking. A page added without a line here fails the test: add one line for it.
    /// </summary>
    private static readonly Dictionary<string, Func<Gegevens, Bezoek[]>> Bezoeken = new(StringComparer.Ordinal)
    {
        ["/Index"] = _ => [new("/portaal"), new("/portaal", Wie.Bakker)],
        ["/Inloggen"] = _ => [new("/portaal/inloggen", Wie.Niemand), new("/portaal/inloggen?uitgelogd=true", Wie.Niemand)],
        ["/GeenToegang"] = _ => [.. new[] { "TGA001", "TGA012", "TGA013", "TGA018", "TGA021&functies=RioBeheren", "TGA999" }
                .Select(code => new Bezoek($"/portaal/geen-toegang?code={code}", Wie.Niemand)),
            new("/portaal/geen-toegang?code=TGA001", Wie.DeVries), new("/portaal/geen-toegang?code=TGA021&functies=Beheer")],
        ["/Uitloggen"] = _ => [new("/portaal/uitloggen", Naar: "/portaal")],
        ["/Signalen"] = _ => [new("/portaal/signalen"), new("/portaal/signalen", Wie.Bakker)],
        ["/Vsv"] = _ => [new("/portaal/vsv"), new("/portaal/vsv?peiljaar=1900")],
        ["/Aanbod/Index"] = _ => [new("/portaal/aanbod"), new("/portaal/aanbod", Wie.Bakker)],
        ["/Aanbod/Leerroutes"] = _ => [new("/portaal/aanbod/leerroutes"), new("/portaal/aanbod/leerroutes", Wie.Bakker)],
        ["/Aanbod/Opleiding"] = _ => [new("/portaal/aanbod/opleiding?soort=mbo"), new("/portaal/aanbod/opleiding?soort=vo", Wie.Bakker),
            new($"/portaal/aanbod/opleiding/{DemoMboOpleiding}?opgeslagen=true"), new($"/portaal/aanbod/opleiding/{DemoVoOpleiding}", Wie.Bakker),
            new($"/portaal/aanbod/opleiding/{Onbekend}", Status: 404)],
        ["/Inschrijvingen/Index"] = _ => [new("/portaal/inschrijvingen"), new("/portaal/inschrijvingen", Wie.Bakker)],
        ["/Inschrijvingen/Nieuw"] = _ => [new("/portaal/inschrijvingen/nieuw"), new("/portaal/inschrijvingen/nieuw", Wie.Bakker)],
        ["/Inschrijvingen/Detail"] = g => [new($"/portaal/inschrijvingen/{g.MboInschrijving}"), new($"/portaal/inschrijvingen/{g.VoInschrijving}", Wie.Bakker),
            new($"/portaal/inschrijvingen/{g.MboInschrijving}?bekendOp=gisteren"), new($"/portaal/inschrijvingen/{Onbekend}", Status: 404)],
        ["/Inschrijvingen/Aanpassen"] = g => [new($"/portaal/inschrijvingen/{g.MboInschrijving}/aanpassen"), new($"/portaal/inschrijvingen/{g.VoInschrijving}/aanpassen", Wie.Bakker),
            new($"/portaal/inschrijvingen/{Onbekend}/aanpassen", Status: 404, Naar: $"/portaal/inschrijvingen/{Onbekend}")],
        ["/Inschrijvingen/Uitschrijven"] = g => [new($"/portaal/inschrijvingen/{g.MboInschrijving}/uitschrijven")],
        ["/Inschrijvingen/Verwijderen"] = g => [new($"/portaal/inschrijvingen/{g.MboInschrijving}/verwijderen")],
        ["/Inschrijvingen/Batch"] = _ => [new("/portaal/inschrijvingen/batch")],
        ["/Inschrijvingen/Batchtaak"] = _ => [new($"/portaal/inschrijvingen/batch/{Onbekend}", Status: 404)],
        ["/Inschrijvingen/Registratieoverzicht"] = _ => [new("/portaal/inschrijvingen/registratieoverzicht")],
        ["/Bekostiging/Index"] = g => [new("/portaal/bekostiging"), new($"/portaal/bekostiging?gestart={g.Run}"), new("/portaal/bekostiging", Wie.Bakker)],
        ["/Bekostiging/Run"] = g => [new($"/portaal/bekostiging/run/{g.Run}"), new("/portaal/bekostiging/run/999999", Status: 404)],
        ["/Bekostiging/Tbgi"] = g => [new($"/portaal/bekostiging/run/{g.Run}/tbgi/99ma"), new($"/portaal/bekostiging/run/{g.Run}/tbgi/99zz", Status: 404)],
        ["/Bekostiging/Verschil"] = g => [new("/portaal/bekostiging/verschil"), new($"/portaal/bekostiging/verschil?voor={g.Run}&na={g.TweedeRun}"),
            new("/portaal/bekostiging/verschil?voor=999998&na=999999", Status: 404)],
        ["/Verzuim/Index"] = _ => [new("/portaal/verzuim"), new("/portaal/verzuim?gemeld=true")],
        ["/Verzuim/Melden"] = _ => [new("/portaal/verzuim/melden")],
        ["/Beheer/Index"] = _ => [new("/portaal/beheer"), new("/portaal/beheer?gewijzigd=true"), new("/portaal/beheer", Wie.Bakker)],
        ["/Beheer/Audit"] = _ => [new("/portaal/beheer/audit"), new("/portaal/beheer/audit?van=2099-01-01")],
    };

    private static readonly Dictionary<Wie, (string Naam, string Bestuur)> Logins = new()
    {
        [Wie.Beheerder] = ("J. Beheerder", "100B001"),
        [Wie.Bakker] = ("S. Bakker", "100B003"),
        [Wie.DeVries] = ("A. de Vries", "100B001"),
    };

    [Fact]
    public void Every_portal_page_in_the_endpoint_table_has_its_addresses_to_check()
    {
        var paginas = PortaalPaginas();

        Assert.NotEmpty(paginas);
        var zonder = paginas.Where(p => !Bezoeken.ContainsKey(p.Key)).Select(p => $"{p.Key} ({p.Value})").ToList();
        Assert.True(zonder.Count == 0, "Portal pages without addresses in PortaalToegankelijkheidTests.Bezoeken: " + string.Join(", ", zonder));
        var verouderd = Bezoeken.Keys.Where(k => !paginas.ContainsKey(k)).ToList();
        Assert.True(verouderd.Count == 0, "Bezoeken names pages that do not exist: " + string.Join(", ", verouderd));
    }

    [Fact]
    public async Task Every_portal_page_passes_axe_core_in_each_state_for_each_medewerker_it_is_for()
    {
        var paginas = PortaalPaginas();
        var gegevens = await VoorbereidenAsync();
        var bezoeken = paginas.Keys.Where(Bezoeken.ContainsKey).SelectMany(p => Bezoeken[p](gegevens).Select(b => (Pagina: p, Bezoek: b))).ToList();
        var fouten = new List<string>();

        foreach (var groep in bezoeken.GroupBy(b => b.Bezoek.Als).OrderBy(g => g.Key))
        {
            await Pagina.Context.ClearCookiesAsync();
            if (Logins.TryGetValue(groep.Key, out var login))
            {
                await InloggenAlsAsync(login.Naam, login.Bestuur);
            }

            foreach (var (pagina, bezoek) in groep)
            {
                try
                {
                    await ControleerAsync(bezoek);
                }
                catch (Exception e) when (e is XunitException or PlaywrightException)
                {
                    fouten.Add($"{pagina} {bezoek.Url} as {bezoek.Als}: {e.Message}");
                }
            }
        }

        Assert.True(fouten.Count == 0, string.Join(Environment.NewLine, fouten));
        Assert.Equal(paginas.Count, bezoeken.Select(b => b.Pagina).Distinct().Count());
    }

    private async Task ControleerAsync(Bezoek bezoek)
    {
        var antwoord = await Pagina.GotoAsync(bezoek.Url);
        Assert.True(antwoord?.Status == bezoek.Status, $"status {antwoord?.Status}, expected {bezoek.Status}");
        Assert.Equal(bezoek.Naar ?? bezoek.Url, new Uri(Pagina.Url).PathAndQuery);
        await Assertions.Expect(Pagina.Locator("h1")).ToHaveCountAsync(1);
        await ToegankelijkAsync();
    }

    /// <summary>The portal's Razor pages as the running server routes them: page path → its route(s).</summary>
    private Dictionary<string, string> PortaalPaginas() =>
        Server.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("portaal", StringComparison.Ordinal) == true)
            .Select(e => (Pagina: e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath, Route: e.RoutePattern.RawText!))
            .Where(e => e.Pagina is not null)
            .GroupBy(e => e.Pagina!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(" | ", g.Select(e => e.Route).Order(StringComparer.Ordinal)), StringComparer.Ordinal);

    /// <summary>
    /// The pages' objects: both sides of the demo DLR enrol the same pupil in different fases (a chain signal on the
    /// inboxes), and J. Beheerder starts two preliminary MBO runs over the year that counts them through the page.
    /// </summary>
    private async Task<Gegevens> VoorbereidenAsync()
    {
        var vo = await PortaalInschrijvingen.VoAsync(Server, Leerroutefase.VO);
        var mbo = await PortaalInschrijvingen.MboAsync(Server, Leerroutefase.MBO);
        await InloggenAlsAsync("J. Beheerder", start: "/portaal/bekostiging");
        var jaar = (PortaalInschrijvingen.Schooljaarbegin.Year + 2).ToString(CultureInfo.InvariantCulture);
        var run = await StartRunAsync(jaar);
        var tweede = await StartRunAsync(jaar);
        return new Gegevens(mbo, vo, run, tweede);
    }

    private async Task<long> StartRunAsync(string jaar)
    {
        await Pagina.GetByLabel("Sector").SelectOptionAsync("MBO");
        await Pagina.GetByLabel("Bekostigingsjaar").FillAsync(jaar);
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Run starten" }).ClickAsync();
        var melding = Pagina.GetByRole(AriaRole.Status);
        await Assertions.Expect(melding).ToContainTextAsync("is gestart");
        return long.Parse((await melding.InnerTextAsync()).Split(' ')[1], CultureInfo.InvariantCulture);
    }
}
