using System.Globalization;
using Keten.Domain.Rod;
using Keten.Server.Portaal;
using Keten.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// Issue 9 point 3, the portal's remaining gaps in a real browser: chain signals judged per aanbieder, the verzuim
/// einddatum completed afterwards, every TGA code explained, the aanbieder chosen from a list in beheer, and the TBG-i
/// and the run diff in pages.
/// </summary>
[Collection(PortaalCollection.Naam)]
public sealed class PortaalAanvullingenTests() : PortaalBrowserTest(StoreKind.Sqlite, null)
{
    [Fact]
    public async Task A_medewerker_for_one_aanbieder_sees_only_the_chain_signals_about_that_aanbieders_enrolments()
    {
        var tweede = await PortaalAanvullingen.TweedeAanbiederMetLeerrouteAsync(Server);
        await PortaalAanvullingen.MboBijAanbiederAsync(Server, tweede);
        await PortaalInschrijvingen.MboAsync(Server, Leerroutefase.VO);

        await InloggenAlsAsync("J. Beheerder", start: "/portaal/signalen");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "99MA (M1)" })).ToContainTextAsync("KS006");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "99MA (M2)" })).ToContainTextAsync("KS006");
        await ToegankelijkAsync();

        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await InloggenAlsAsync("K. Mulder");
        var blok = Pagina.GetByRole(AriaRole.Region, new() { Name = "Open ketensignalen" });
        await Assertions.Expect(blok).ToContainTextAsync("Er is 1 open ketensignaal");
        await Assertions.Expect(blok).Not.ToContainTextAsync("M2");
        await ToegankelijkAsync();
        await blok.GetByRole(AriaRole.Link, new() { Name = "Alle signalen bekijken" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Signalen", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "99MA (M1)" })).ToContainTextAsync("KS006");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "99MA (M2)" })).ToHaveCountAsync(0);
        await ToegankelijkAsync();
        await SchermafdrukAsync("signalen-per-aanbieder");
    }

    [Fact]
    public async Task A_running_report_without_einddatum_gets_one_added_in_the_list_after_a_refused_date()
    {
        var begin = await PortaalAanvullingen.ZestienUurZonderEinddatumAsync(Server);
        await InloggenAlsAsync("J. Beheerder", start: "/portaal/verzuim");
        var rij = Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = PortaalAanvullingen.TweedeLeerling.Waarde });
        await Assertions.Expect(rij).ToContainTextAsync("tot nu");
        await ToegankelijkAsync();

        await rij.GetByLabel("Einddatum").FillAsync(begin.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await rij.GetByRole(AriaRole.Button, new() { Name = "Einddatum aanvullen" }).ClickAsync();
        var samenvatting = Pagina.GetByRole(AriaRole.Alert);
        await Assertions.Expect(samenvatting).ToContainTextAsync("VZM003");
        await samenvatting.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(rij.GetByLabel("Einddatum")).ToBeFocusedAsync();
        await Assertions.Expect(rij).ToContainTextAsync("tot nu");
        await ToegankelijkAsync();

        await rij.GetByLabel("Einddatum").FillAsync(begin.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await rij.GetByRole(AriaRole.Button, new() { Name = "Einddatum aanvullen" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByText("De einddatum is aangevuld.")).ToBeVisibleAsync();
        await Pagina.GotoAsync("/portaal/verzuim");
        var aangevuld = Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = PortaalAanvullingen.TweedeLeerling.Waarde });
        await Assertions.Expect(aangevuld).ToContainTextAsync($"tot {Portaalopmaak.Datum(begin)}");
        await Assertions.Expect(aangevuld.GetByRole(AriaRole.Button, new() { Name = "Einddatum aanvullen" })).ToHaveCountAsync(0);
        await ToegankelijkAsync();
        await SchermafdrukAsync("verzuim-einddatum");
    }

    [Theory]
    [InlineData("TGA001", "U bent nog geen medewerker in Keten", "vraag de beheerder van uw onderwijsbestuur om u uit te nodigen")]
    [InlineData("TGA002", "Alleen voor beheerders", "Vraag een beheerder van uw onderwijsbestuur om dit voor u te doen")]
    [InlineData("TGA012", "Het DUO-token werkt niet meer", "Log in met eHerkenning.")]
    [InlineData("TGA013", "Verkeerd onderwijsbestuur", "kies bij eHerkenning de organisatie van uw onderwijsbestuur")]
    [InlineData("TGA018", "Betrouwbaarheidsniveau te laag", "een middel op niveau EH3 of hoger")]
    [InlineData("TGA021", "Geen autorisatie voor deze pagina", "Vraag de beheerder van uw onderwijsbestuur om deze autorisatie.")]
    public async Task Every_code_the_portal_sends_to_geen_toegang_is_explained_in_Dutch_with_what_to_do(string code, string kop, string wat)
    {
        await Pagina.GotoAsync($"/portaal/geen-toegang?code={code}&functies=Beheer");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = kop, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Main)).ToContainTextAsync(wat);
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Main)).ToContainTextAsync($"(code {code})");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Keten kan u niet verder laten.");
        await ToegankelijkAsync();
    }

    [Fact]
    public async Task The_beheerder_chooses_the_aanbieder_from_the_boards_list_and_a_beheerder_for_one_aanbieder_gets_TGA002()
    {
        var tweede = await PortaalAanvullingen.TweedeAanbiederMetLeerrouteAsync(Server);
        await InloggenAlsAsync("J. Beheerder", start: "/portaal/beheer");
        var aanbieder = Pagina.GetByLabel("Onderwijsaanbieder", new() { Exact = true });
        await Assertions.Expect(aanbieder.Locator("option").First).ToHaveTextAsync("Alle aanbieders van het bestuur");
        await Assertions.Expect(aanbieder.Locator("option")).ToHaveTextAsync(["Alle aanbieders van het bestuur", "110A001 ROC Voorbeeld", $"{tweede} ROC Voorbeeld Techniek"]);
        await ToegankelijkAsync();
        await SchermafdrukAsync("beheer-aanbieder-keuze");

        await Pagina.GetByLabel("Medewerker", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "K. Mulder" });
        await Pagina.GetByLabel("Functie", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Beheer" });
        await aanbieder.SelectOptionAsync(new SelectOptionValue { Label = $"{tweede} ROC Voorbeeld Techniek" });
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Toekennen" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("De autorisaties zijn gewijzigd.");
        var mulder = Pagina.GetByRole(AriaRole.Row).Filter(new() { Has = Pagina.GetByRole(AriaRole.Rowheader, new() { Name = "K. Mulder" }) });
        await Assertions.Expect(mulder).ToContainTextAsync($"Beheer: onderwijsaanbieder {tweede}");

        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await InloggenAlsAsync("K. Mulder", start: "/portaal/beheer");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Alleen voor beheerders", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Main)).ToContainTextAsync("(code TGA002)");
        await ToegankelijkAsync();
    }

    [Fact]
    public async Task The_tbgi_and_the_run_diff_are_paged_keeping_the_teldatum_filter()
    {
        await PortaalAanvullingen.BekostigdeInschrijvingAsync(Server, "999990032");
        await InloggenAlsAsync("J. Beheerder", start: "/portaal/bekostiging");
        var eerste = await StartRunAsync();
        Server.Server.Clock.Advance(TimeSpan.FromMinutes(1));
        await PortaalAanvullingen.BekostigdeInschrijvingAsync(Server, "999990056");
        Server.Server.Clock.Advance(TimeSpan.FromMinutes(1));
        await Pagina.GotoAsync("/portaal/bekostiging");
        var tweede = await StartRunAsync();

        await Pagina.GotoAsync($"/portaal/bekostiging/run/{tweede}/tbgi/99ma?teldatum=2026-10-01&per=1");
        var tabel = Pagina.GetByRole(AriaRole.Table, new() { Name = "regels op 1 oktober 2026", Exact = false });
        await Assertions.Expect(tabel).ToContainTextAsync("2 regels op 1 oktober 2026");
        await Assertions.Expect(tabel).ToContainTextAsync("regel 1 tot en met 1");
        await Assertions.Expect(tabel.GetByRole(AriaRole.Row).Filter(new() { HasText = "BSN 99999" })).ToHaveCountAsync(1);
        var eersteRegel = await tabel.GetByRole(AriaRole.Row).Filter(new() { HasText = "BSN 99999" }).InnerTextAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Link, new() { Name = "Vorige" })).ToHaveCountAsync(0);
        await ToegankelijkAsync();
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Volgende" }).ClickAsync();
        await Assertions.Expect(tabel).ToContainTextAsync("regel 2 tot en met 2");
        Assert.Contains("teldatum=2026-10-01", Pagina.Url, StringComparison.Ordinal);
        var tweedeRegel = tabel.GetByRole(AriaRole.Row).Filter(new() { HasText = "BSN 99999" });
        await Assertions.Expect(tweedeRegel).ToHaveCountAsync(1);
        await Assertions.Expect(tweedeRegel).ToContainTextAsync("1 oktober 2026");
        Assert.NotEqual(eersteRegel, await tweedeRegel.InnerTextAsync());
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Link, new() { Name = "Volgende" })).ToHaveCountAsync(0);
        await ToegankelijkAsync();
        await SchermafdrukAsync("bekostiging-tbgi-pagina");

        await Pagina.GotoAsync($"/portaal/bekostiging/verschil?voor={eerste}&na={tweede}&per=1");
        var verschillen = Pagina.GetByRole(AriaRole.Table, new() { Name = "waarvan de bekostiging veranderde", Exact = false });
        await Assertions.Expect(verschillen).ToContainTextAsync("regel 1 tot en met 1");
        await Assertions.Expect(verschillen.GetByRole(AriaRole.Row).Filter(new() { HasText = "BSN 999990056" })).ToHaveCountAsync(1);
        await ToegankelijkAsync();
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Volgende" }).ClickAsync();
        await Assertions.Expect(verschillen).ToContainTextAsync("regel 2 tot en met 2");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Link, new() { Name = "Vorige" })).ToBeVisibleAsync();
        await ToegankelijkAsync();
    }

    private async Task<long> StartRunAsync()
    {
        await Pagina.GetByLabel("Sector").SelectOptionAsync("MBO");
        await Pagina.GetByLabel("Bekostigingsjaar").FillAsync("2028");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Run starten" }).ClickAsync();
        var melding = Pagina.GetByRole(AriaRole.Status);
        await Assertions.Expect(melding).ToContainTextAsync("is gestart");
        return long.Parse((await melding.InnerTextAsync()).Split(' ')[1], CultureInfo.InvariantCulture);
    }
}
