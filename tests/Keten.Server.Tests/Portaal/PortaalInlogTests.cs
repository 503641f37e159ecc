using Keten.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// Issue 9 point 2 in a real browser: the login through the development broker as `dotnet run` offers it, the page for
/// a level below EH3, the DUO-token login and the move of a token to eHerkenning, logging out; the login page and the
/// overview pass axe-core and are usable by keyboard.
/// </summary>
[Collection(PortaalCollection.Naam)]
public sealed class PortaalInlogTests() : PortaalBrowserTest(StoreKind.Sqlite, null)
{
    private const string DeVriesGeheim = "KRUGS4ZANFZSA5DF";

    [Fact]
    public async Task A_beheerder_logs_in_through_the_broker_and_lands_on_the_overview_with_the_chains_coming_dates()
    {
        await Pagina.GotoAsync("/portaal");
        Assert.EndsWith("/portaal/inloggen", Pagina.Url, StringComparison.Ordinal);
        await Assertions.Expect(Pagina.GetByText("ontwikkelmakelaar", new() { Exact = false }).First).ToBeVisibleAsync();
        await ToegankelijkAsync();
        await SchermafdrukAsync("inloggen");

        await InloggenAlsAsync("J. Beheerder");

        Assert.EndsWith("/portaal", Pagina.Url, StringComparison.Ordinal);
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Overzicht", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByText("Welkom, J. Beheerder.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Cell, new() { Name = "Teldatum 1 oktober" })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })).ToBeVisibleAsync();
        await ToegankelijkAsync();
        await SchermafdrukAsync("overzicht");
    }

    [Fact]
    public async Task The_page_asked_for_before_the_login_is_where_the_login_returns_to()
    {
        await Pagina.GotoAsync("/portaal?van=test");

        await InloggenAlsAsync("J. Beheerder", start: Pagina.Url);

        Assert.EndsWith("/portaal?van=test", Pagina.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_below_EH3_gets_the_page_that_names_the_level_needed_and_no_session()
    {
        await InloggenAlsAsync("J. Beheerder", niveau: "loa2");

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Betrouwbaarheidsniveau te laag" })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByText("EH3", new() { Exact = false }).First).ToBeVisibleAsync();
        await Pagina.GotoAsync("/portaal");
        Assert.EndsWith("/portaal/inloggen", Pagina.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_medewerker_still_on_the_DUO_token_moves_to_eHerkenning_in_one_visit_and_keeps_the_authorisations()
    {
        await InloggenAlsAsync("A. de Vries");

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "U bent nog geen medewerker in Keten" })).ToBeVisibleAsync();
        await ToegankelijkAsync();
        await Pagina.GetByLabel("Gebruikersnaam van uw token").FillAsync("avries");
        await Pagina.GetByLabel("Code", new() { Exact = true }).FillAsync("000000");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Overstappen op eHerkenning" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Alert)).ToContainTextAsync("TGA010");
        await Pagina.GetByLabel("Code", new() { Exact = true }).FillAsync(TokenCode(DeVriesGeheim));
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Overstappen op eHerkenning" }).ClickAsync();

        await Assertions.Expect(Pagina.GetByText("Welkom, A. de Vries.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByText("RIO beheren: onderwijsaanbieder 110A001")).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByText("Inschrijvingen MBO: onderwijsaanbieder 110A001")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_token_code_is_summarised_above_the_form_with_a_link_to_the_field_and_a_right_one_logs_in()
    {
        await Pagina.GotoAsync("/portaal/inloggen");
        await Pagina.GetByLabel("Gebruikersnaam", new() { Exact = true }).FillAsync("avries");
        await Pagina.GetByLabel("Code", new() { Exact = true }).FillAsync("123456");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Inloggen met DUO-token" }).ClickAsync();

        var samenvatting = Pagina.GetByRole(AriaRole.Alert);
        await Assertions.Expect(samenvatting).ToContainTextAsync("Gebruikersnaam of code onjuist (TGA010)");
        await Assertions.Expect(samenvatting.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#gebruikersnaam");
        var veld = Pagina.GetByLabel("Gebruikersnaam", new() { Exact = true });
        await Assertions.Expect(veld).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(veld).ToHaveAccessibleDescriptionAsync("Gebruikersnaam of code onjuist (TGA010)");
        await Assertions.Expect(veld).ToHaveValueAsync("avries");
        await ToegankelijkAsync();

        await Pagina.GetByLabel("Code", new() { Exact = true }).FillAsync(TokenCode(DeVriesGeheim));
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Inloggen met DUO-token" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByText("Welkom, A. de Vries.", new() { Exact = false })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task By_keyboard_the_skip_link_comes_first_and_logging_out_ends_the_session()
    {
        await InloggenAlsAsync("J. Beheerder");

        await Pagina.Keyboard.PressAsync("Tab");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Link, new() { Name = "Direct naar de inhoud" })).ToBeFocusedAsync();
        await Pagina.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Pagina.Locator("main#inhoud")).ToBeFocusedAsync();
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).FocusAsync();
        await Pagina.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Pagina.GetByText("U bent uitgelogd.")).ToBeVisibleAsync();
        await Pagina.GotoAsync("/portaal");
        Assert.EndsWith("/portaal/inloggen", Pagina.Url, StringComparison.Ordinal);
    }
}
