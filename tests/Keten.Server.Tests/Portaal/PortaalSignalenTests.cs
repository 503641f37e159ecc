using Keten.Domain.Rod;
using Keten.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// Issue 9 point 3 in a real browser: the signalen inbox shows a chain signal to both schools of the leerroute, and it
/// disappears once the data agree; the overview counts the open signals.
/// </summary>
[Collection(PortaalCollection.Naam)]
public sealed class PortaalSignalenTests() : PortaalBrowserTest(StoreKind.Sqlite, null)
{
    [Fact]
    public async Task Both_schools_see_the_same_chain_signal_in_the_inbox_and_it_disappears_when_the_data_agree()
    {
        await PortaalInschrijvingen.VoAsync(Server, Leerroutefase.VO);
        await PortaalInschrijvingen.MboAsync(Server, Leerroutefase.MBO);

        await InloggenAlsAsync("J. Beheerder");
        await Pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Signalen" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Signalen", Level = 1 })).ToBeVisibleAsync();
        var rij = Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "KS002" });
        await Assertions.Expect(rij).ToHaveCountAsync(1);
        await Assertions.Expect(rij).ToContainTextAsync("andere fase van de leerroute");
        await Assertions.Expect(rij).ToContainTextAsync("99VA (V1)");
        await Assertions.Expect(rij).ToContainTextAsync("99MA (M1)");
        await Assertions.Expect(rij).ToContainTextAsync("99VA Lyceum Zuidrand");
        Assert.DoesNotContain("999990032", await Pagina.ContentAsync(), StringComparison.Ordinal);
        await ToegankelijkAsync();
        await SchermafdrukAsync("signalen");

        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await InloggenAlsAsync("S. Bakker", "100B003", start: "/portaal/signalen");
        var bijVo = Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "KS002" });
        await Assertions.Expect(bijVo).ToHaveCountAsync(1);
        await Assertions.Expect(bijVo).ToContainTextAsync("99MA ROC Voorbeeld");
        await ToegankelijkAsync();

        await PortaalInschrijvingen.MboAsync(Server, Leerroutefase.VO, aanpassen: true);
        await Pagina.ReloadAsync();

        await Assertions.Expect(Pagina.GetByText("Er zijn geen open ketensignalen.")).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "KS002" })).ToHaveCountAsync(0);
        await ToegankelijkAsync();
    }

    [Fact]
    public async Task The_overview_shows_each_block_of_work_only_to_who_holds_its_function()
    {
        await PortaalInschrijvingen.VoAsync(Server, Leerroutefase.MBO);

        await InloggenAlsAsync("S. Bakker", "100B003");

        var signalen = Pagina.GetByRole(AriaRole.Region, new() { Name = "Open ketensignalen" });
        await Assertions.Expect(signalen).ToContainTextAsync("Er zijn 2 open ketensignalen");
        await Assertions.Expect(signalen).ToContainTextAsync("KS001");
        var twijfels = Pagina.GetByRole(AriaRole.Region, new() { Name = "Inschrijvingen met een bekostigingstwijfel" });
        await Assertions.Expect(twijfels).ToContainTextAsync("99VA, inschrijving V1");
        await Assertions.Expect(twijfels).ToContainTextAsync("(KS001)");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Region, new() { Name = "Leerroutes die wachten op de partner" })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Cell, new() { Name = "Teldatum 1 oktober" })).ToBeVisibleAsync();
        await ToegankelijkAsync();
        await SchermafdrukAsync("overzicht-blokken");
        await signalen.GetByRole(AriaRole.Link, new() { Name = "Alle signalen bekijken" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "KS001" })).ToHaveCountAsync(1);

        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await InloggenAlsAsync("J. Beheerder");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Region, new() { Name = "Open ketensignalen" })).ToContainTextAsync("Er zijn geen open ketensignalen");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Region, new() { Name = "Leerroutes die wachten op de partner" })).ToContainTextAsync("110A008");
        await ToegankelijkAsync();

        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await InloggenAlsAsync("K. Mulder");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Region, new() { Name = "Open ketensignalen" })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Region, new() { Name = "Inschrijvingen met een bekostigingstwijfel" })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Leerroutes die wachten op de partner" })).ToHaveCountAsync(0);
    }
}
