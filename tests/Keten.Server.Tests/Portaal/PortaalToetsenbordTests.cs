using Keten.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// Issue 9 point 4, keyboard-only use of one whole form: after the login, a new MBO aangeboden opleiding is entered,
/// refused, corrected, checked and saved with the keyboard alone (Tab, Enter, Space, typing; no click, fill or
/// select call), through the skip link, the fields in their visual order, the error summary and its link to the field.
/// Every control on the way shows the design system's focus ring.
/// </summary>
[Collection(PortaalCollection.Naam)]
public sealed class PortaalToetsenbordTests() : PortaalBrowserTest(StoreKind.Sqlite, null)
{
    private const string Naam = "Software developer - toetsenbord";

    [Fact]
    public async Task A_new_mbo_offering_is_entered_refused_corrected_checked_and_saved_with_the_keyboard_alone()
    {
        await InloggenAlsAsync("J. Beheerder", start: "/portaal/aanbod/opleiding?soort=mbo");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Nieuwe mbo-opleiding", Level = 1 })).ToBeVisibleAsync();
        await ToegankelijkAsync();

        await NaarDeInhoudAsync();
        await TabNaarAsync(Link("Terug naar het RIO-aanbod"));
        await TabNaarAsync(Veld("Onderwijsaanbieder"));
        await Assertions.Expect(Veld("Onderwijsaanbieder")).ToHaveValueAsync("110A001");
        await TabNaarAsync(Veld("Onderwijslocatie"));
        await Pagina.Keyboard.TypeAsync("110X001");
        await Assertions.Expect(Veld("Onderwijslocatie")).ToHaveValueAsync("110X001");
        await TabNaarAsync(Veld("Opleiding (CREBO)"));
        await Pagina.Keyboard.TypeAsync("25604");
        await Assertions.Expect(Veld("Opleiding (CREBO)")).ToHaveValueAsync("25604");
        await TabNaarAsync(Veld("Eigen naam"));
        await Pagina.Keyboard.TypeAsync(Naam);
        await TabNaarAsync(Veld("Eigen omschrijving"));
        await TabNaarAsync(Veld("Begindatum"));
        await TabNaarAsync(Veld("Eerste instroomdatum (niet verplicht)"));
        await TabNaarAsync(Veld("Einddatum (niet verplicht)"));
        await TabNaarAsync(Veld("Leertraject"));
        await Pagina.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(Veld("Leertraject")).ToHaveValueAsync("BBL");
        await TabNaarAsync(Veld("Niveau"));
        await TabNaarAsync(Veld("Toelatingseisen"));
        await TabNaarAsync(Veld("Toegankelijkheid"));
        await TabNaarAsync(Veld("Leerroute"));
        await TabNaarAsync(Veld("Samenwerkende onderwijsaanbieder"));
        await TabNaarAsync(Knop("Controleren"));
        await TabNaarAsync(Knop("Opslaan"));
        await Pagina.Keyboard.PressAsync("Shift+Tab");
        await Assertions.Expect(Knop("Controleren")).ToBeFocusedAsync();
        await Pagina.Keyboard.PressAsync("Enter");

        var samenvatting = Pagina.GetByRole(AriaRole.Alert);
        await Assertions.Expect(samenvatting).ToContainTextAsync("KTN400");
        await Assertions.Expect(samenvatting).ToBeFocusedAsync();
        await Assertions.Expect(Veld("Eigen naam")).ToHaveValueAsync(Naam);
        await ToegankelijkAsync();
        await SchermafdrukAsync("toetsenbord-foutsamenvatting");
        var naarBegindatum = samenvatting.GetByRole(AriaRole.Link);
        await TabNaarAsync(naarBegindatum);
        await Assertions.Expect(naarBegindatum).ToHaveAttributeAsync("href", "#begindatum");
        await Pagina.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Veld("Begindatum")).ToBeFocusedAsync();

        // The date input's segments follow the browser's locale (day-month or month-day): a day equal to the month
        // types the same date in either order.
        await Pagina.Keyboard.TypeAsync("08082027");
        await Assertions.Expect(Veld("Begindatum")).ToHaveValueAsync("2027-08-08");
        await TabNaarAsync(Veld("Eerste instroomdatum (niet verplicht)"));
        await TabNaarAsync(Veld("Einddatum (niet verplicht)"));
        await TabNaarAsync(Veld("Leertraject"));
        await TabNaarAsync(Veld("Niveau"));
        await TabNaarAsync(Veld("Toelatingseisen"));
        await TabNaarAsync(Veld("Toegankelijkheid"));
        await TabNaarAsync(Veld("Leerroute"));
        await TabNaarAsync(Veld("Samenwerkende onderwijsaanbieder"));
        await TabNaarAsync(Knop("Controleren"));
        await Pagina.Keyboard.PressAsync(" ");

        await Assertions.Expect(Pagina.GetByText("Goedgekeurd: RIO zou deze aanlevering accepteren.")).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Assertions.Expect(Veld("Leertraject")).ToHaveValueAsync("BBL");
        await ToegankelijkAsync();
        await NaarDeInhoudAsync();
        await TabTotAsync(Knop("Opslaan"));
        await Pagina.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Pagina.GetByText("De aangeboden opleiding is opgeslagen in RIO.")).ToBeVisibleAsync();
        await ToegankelijkAsync();
        await NaarDeInhoudAsync();
        await TabNaarAsync(Link("Terug naar het RIO-aanbod"));
        await Pagina.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "RIO-aanbod", Level = 1 })).ToBeVisibleAsync();
        var rij = Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = Naam });
        await Assertions.Expect(rij).ToContainTextAsync("CREBO 25604");
        await Assertions.Expect(rij).ToContainTextAsync("8 augustus 2027");
        await ToegankelijkAsync();
    }

    private ILocator Veld(string label) => Pagina.GetByLabel(label, new() { Exact = true });

    private ILocator Knop(string naam) => Pagina.GetByRole(AriaRole.Button, new() { Name = naam, Exact = true });

    private ILocator Link(string naam) => Pagina.GetByRole(AriaRole.Link, new() { Name = naam, Exact = true });

    /// <summary>From the top of a freshly loaded page: the first Tab reaches the skip link, with a visible focus ring; Enter moves focus into main.</summary>
    private async Task NaarDeInhoudAsync()
    {
        await Pagina.Keyboard.PressAsync("Tab");
        await Assertions.Expect(Link("Direct naar de inhoud")).ToBeFocusedAsync();
        await ZichtbareFocusAsync();
        await Pagina.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Pagina.Locator("main#inhoud")).ToBeFocusedAsync();
    }

    /// <summary>
    /// One step of Tab to the next control, which must be <paramref name="verwacht"/> and show its focus ring. A date
    /// input is several tab stops in Chromium (day, month, year, its calendar button): Tab goes on until focus leaves it.
    /// </summary>
    private async Task TabNaarAsync(ILocator verwacht)
    {
        await Pagina.EvaluateAsync("() => window.vorigeFocus = document.activeElement");
        for (var stap = 0; stap < 4; stap++)
        {
            await Pagina.Keyboard.PressAsync("Tab");
            if (!await Pagina.EvaluateAsync<bool>("() => document.activeElement === window.vorigeFocus && document.activeElement.type === 'date'"))
            {
                break;
            }
        }

        await Assertions.Expect(verwacht).ToBeFocusedAsync(new() { Timeout = 5_000 });
        await ZichtbareFocusAsync();
    }

    /// <summary>Tab until <paramref name="verwacht"/> has focus, each control on the way with its focus ring: it is reachable.</summary>
    private async Task TabTotAsync(ILocator verwacht)
    {
        for (var stap = 0; stap < 60; stap++)
        {
            await Pagina.Keyboard.PressAsync("Tab");
            if (await verwacht.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                await ZichtbareFocusAsync();
                return;
            }
        }

        Assert.Fail($"Tab never reached {verwacht}: {await Pagina.ContentAsync()}");
    }

    /// <summary>The focused control shows a focus ring: an outline of at least 2px or a box-shadow (the design system's; not the browser's thin default).</summary>
    private async Task ZichtbareFocusAsync()
    {
        var stijl = await Pagina.EvaluateAsync<string>("""
            () => { const e = document.activeElement; const s = getComputedStyle(e);
              const zichtbaar = (s.outlineStyle !== 'none' && s.outlineStyle !== 'auto' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
              return (zichtbaar ? 'ja' : 'nee') + ` ${e.outerHTML.slice(0, 160)}: outline ${s.outlineStyle} ${s.outlineWidth}, box-shadow ${s.boxShadow}`; }
            """);
        Assert.True(stijl.StartsWith("ja", StringComparison.Ordinal), "No visible focus: " + stijl);
    }
}
