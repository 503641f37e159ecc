using Keten.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// Issue 9 point 3, beheer, in a real browser: J. Beheerder (100B001) grants K. Mulder a function for 110A001, which K.
/// Mulder then sees among his own authorisations, and revokes it; invites a colleague and gets the koppelcode once;
/// sees who still uses a DUO token and downloads that overview; reads the change in the audit trail and exports it.
/// A foreign aanbieder is refused (TGA004) in the error summary; K. Mulder, no beheerder, gets TGA021.
/// </summary>
[Collection(PortaalCollection.Naam)]
public sealed class PortaalBeheerTests() : PortaalBrowserTest(StoreKind.Sqlite, null)
{
    [Fact]
    public async Task A_beheerder_grants_K_Mulder_a_function_he_then_sees_it_the_audit_trail_shows_and_exports_it_and_the_beheerder_revokes_it()
    {
        await InloggenAlsAsync("J. Beheerder");
        await Pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Beheer" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Beheer", Level = 1 })).ToBeVisibleAsync();
        await ToegankelijkAsync();

        await Pagina.GetByLabel("Medewerker", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "K. Mulder" });
        await Pagina.GetByLabel("Functie", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Verzuim melden" });
        await Pagina.GetByLabel("Onderwijsaanbieder", new() { Exact = true }).SelectOptionAsync("110A001");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Toekennen" }).ClickAsync();

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("De autorisaties zijn gewijzigd.");
        var mulder = Pagina.GetByRole(AriaRole.Row).Filter(new() { Has = Pagina.GetByRole(AriaRole.Rowheader, new() { Name = "K. Mulder" }) });
        await Assertions.Expect(mulder).ToContainTextAsync("Verzuim melden: onderwijsaanbieder 110A001");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Region, new() { Name = "Wie gebruikt nog een DUO-token" })).ToContainTextAsync("A. de Vries");
        await ToegankelijkAsync();
        await SchermafdrukAsync("beheer-medewerkers");
        var overstap = await Pagina.RunAndWaitForDownloadAsync(() => Pagina.GetByRole(AriaRole.Link, new() { Name = "Overzicht van de overstap downloaden (CSV)" }).ClickAsync());
        Assert.Equal("medewerkers.csv", overstap.SuggestedFilename);
        Assert.Contains("A. de Vries;Token;", await File.ReadAllTextAsync(await overstap.PathAsync()), StringComparison.Ordinal);

        await Pagina.GetByRole(AriaRole.Link, new() { Name = "auditspoor" }).ClickAsync();
        var toekenning = Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "VerzuimMelden@110A001" });
        await Assertions.Expect(toekenning).ToContainTextAsync("autorisatie toekennen");
        await Assertions.Expect(toekenning).ToContainTextAsync("portaal");
        await Assertions.Expect(toekenning).ToContainTextAsync("K. Mulder");
        await Assertions.Expect(toekenning).ToContainTextAsync("J. Beheerder");
        await ToegankelijkAsync();
        await SchermafdrukAsync("beheer-audit");
        var vandaag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
        await Pagina.GetByLabel("Tot en met (datum)").FillAsync(vandaag.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByText("Geen regels in deze periode.")).ToBeVisibleAsync();
        await Pagina.GetByLabel("Tot en met (datum)").FillAsync("");
        await Pagina.GetByLabel("Van (datum)").FillAsync(vandaag.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "VerzuimMelden@110A001" })).ToHaveCountAsync(1);
        var export = await Pagina.RunAndWaitForDownloadAsync(() => Pagina.GetByRole(AriaRole.Button, new() { Name = "Exporteren (CSV)" }).ClickAsync());
        Assert.Equal("audit.csv", export.SuggestedFilename);
        var csv = await File.ReadAllTextAsync(await export.PathAsync());
        Assert.StartsWith("id,moment,onderwijsbestuurcode,deur,", csv, StringComparison.Ordinal);
        Assert.Contains("autorisatie toekennen", csv, StringComparison.Ordinal);
        Assert.Contains("VerzuimMelden@110A001", csv, StringComparison.Ordinal);

        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await InloggenAlsAsync("K. Mulder");
        await Assertions.Expect(Pagina.GetByText("Verzuim melden: onderwijsaanbieder 110A001")).ToBeVisibleAsync();
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

        await InloggenAlsAsync("J. Beheerder", start: "/portaal/beheer");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Beheer", Level = 1 })).ToBeVisibleAsync();
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Verzuim melden, onderwijsaanbieder 110A001, van K. Mulder", Exact = false }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("De autorisaties zijn gewijzigd.");
        await Assertions.Expect(mulder).Not.ToContainTextAsync("Verzuim melden");
        await Assertions.Expect(mulder).ToContainTextAsync("Bekostiging inzien: onderwijsaanbieder 110A001");
        await Pagina.GotoAsync("/portaal/beheer/audit");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "autorisatie intrekken" })).ToContainTextAsync("VerzuimMelden@110A001");
        await ToegankelijkAsync();
    }

    [Fact]
    public async Task A_foreign_aanbieder_is_refused_with_TGA004_an_invited_colleague_gets_a_koppelcode_and_K_Mulder_gets_TGA021()
    {
        await InloggenAlsAsync("J. Beheerder", start: "/portaal/beheer");
        await Pagina.GetByLabel("Medewerker", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "K. Mulder" });
        // The list offers only the board's aanbieders; a foreign code posted by hand is still the service's to refuse.
        await Pagina.GetByLabel("Onderwijsaanbieder", new() { Exact = true }).EvaluateAsync("s => { s.add(new Option('110A004', '110A004')); s.value = '110A004'; }");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Toekennen" }).ClickAsync();

        var samenvatting = Pagina.GetByRole(AriaRole.Alert);
        await Assertions.Expect(samenvatting).ToContainTextAsync("De onderwijsaanbieder hoort niet bij het eigen onderwijsbestuur (TGA004)");
        await Assertions.Expect(samenvatting.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#onderwijsaanbiedercode");
        await Assertions.Expect(Pagina.GetByLabel("Onderwijsaanbieder", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Row).Filter(new() { Has = Pagina.GetByRole(AriaRole.Rowheader, new() { Name = "K. Mulder" }) }))
            .Not.ToContainTextAsync("110A004");
        await ToegankelijkAsync();

        await Pagina.GetByLabel("Naam", new() { Exact = true }).FillAsync("L. de Nieuwe");
        await Pagina.GetByLabel("Bekostiging inzien", new() { Exact = true }).CheckAsync();
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitnodigen" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("L. de Nieuwe is uitgenodigd");
        await Assertions.Expect(Pagina.Locator("#koppelcode")).Not.ToBeEmptyAsync();
        var nieuw = Pagina.GetByRole(AriaRole.Row).Filter(new() { Has = Pagina.GetByRole(AriaRole.Rowheader, new() { Name = "L. de Nieuwe" }) });
        await Assertions.Expect(nieuw).ToContainTextAsync("Bekostiging inzien: alle onderwijsaanbieders");
        await Assertions.Expect(nieuw).ToContainTextAsync("Nog niet gekoppeld");
        await ToegankelijkAsync();
        await Pagina.GotoAsync("/portaal/beheer/audit");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "koppelcode uitgeven" }).Filter(new() { HasText = "L. de Nieuwe" }))
            .ToContainTextAsync("portaal");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

        await InloggenAlsAsync("K. Mulder", start: "/portaal/beheer");
        Assert.Contains("/portaal/geen-toegang?code=TGA021", Pagina.Url, StringComparison.Ordinal);
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Geen autorisatie voor deze pagina" })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Beheer" })).ToHaveCountAsync(0);
        await ToegankelijkAsync();
        await Pagina.GotoAsync("/portaal/beheer/audit");
        Assert.Contains("/portaal/geen-toegang?code=TGA021", Pagina.Url, StringComparison.Ordinal);
    }
}
