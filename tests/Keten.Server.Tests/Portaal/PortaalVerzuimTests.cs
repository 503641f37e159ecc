using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rod;
using Keten.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// Issue 9 point 3 in a real browser: verzuim melden through the form, the list with its statuses and withdrawing; the
/// school that is not responsible gets VZM002 naming the one that is; the VSV report per instelling with its chart.
/// </summary>
[Collection(PortaalCollection.Naam)]
public sealed class PortaalVerzuimTests() : PortaalBrowserTest(StoreKind.Sqlite, null)
{
    private static readonly Persoonsnummer MboLeerling = Persoonsnummer.Bsn("999990056");

    private static string Begindatum => TimeProvider.System.Vandaag().AddDays(-3) is var d && d < PortaalInschrijvingen.Schooljaarbegin
        ? PortaalInschrijvingen.Schooljaarbegin.ToString("yyyy-MM-dd")
        : d.ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_report_through_the_form_is_registered_listed_with_its_status_and_can_be_withdrawn()
    {
        await PortaalInschrijvingen.MboAsync(Server, null, leerling: MboLeerling);
        await InloggenAlsAsync("J. Beheerder");
        await Pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Verzuim" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByText("Uw instellingen hebben nog geen verzuim gemeld.")).ToBeVisibleAsync();
        await ToegankelijkAsync();

        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Verzuim melden" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Verzuim melden", Level = 1 })).ToBeVisibleAsync();
        await ToegankelijkAsync();
        await Pagina.GetByLabel("Nummer van de leerling").FillAsync(MboLeerling.Waarde);
        await Pagina.GetByLabel("Woongemeente").SelectOptionAsync("0344");
        await Pagina.GetByLabel("Instelling").SelectOptionAsync("99MA");
        await Pagina.GetByLabel("Soort verzuim").SelectOptionAsync("Overig");
        await Pagina.GetByLabel("Begindatum").FillAsync(Begindatum);
        await Pagina.GetByLabel("Uren ongeoorloofd verzuim").FillAsync("6");
        await Pagina.GetByLabel("Toelichting (niet verplicht)").FillAsync("Drie dagen zonder bericht afwezig.");
        await SchermafdrukAsync("verzuim-melden");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Verzuim melden" }).PressAsync("Enter");

        await Assertions.Expect(Pagina.GetByText("Uw verzuimmelding is geregistreerd.")).ToBeVisibleAsync();
        Assert.DoesNotContain(MboLeerling.Waarde, Pagina.Url, StringComparison.Ordinal);
        var rij = Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = MboLeerling.Waarde });
        await Assertions.Expect(rij).ToHaveCountAsync(1);
        await Assertions.Expect(rij).ToContainTextAsync("99MA");
        await Assertions.Expect(rij).ToContainTextAsync("Overig verzuim");
        await Assertions.Expect(rij).ToContainTextAsync("Utrecht (0344)");
        await Assertions.Expect(rij).ToContainTextAsync("Geregistreerd");
        await ToegankelijkAsync();
        await SchermafdrukAsync("verzuim-lijst");

        await rij.GetByRole(AriaRole.Button, new() { Name = "Intrekken" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByText("De verzuimmelding is ingetrokken.")).ToBeVisibleAsync();
        await Pagina.GotoAsync("/portaal/verzuim");
        var ingetrokken = Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = MboLeerling.Waarde });
        await Assertions.Expect(ingetrokken).ToContainTextAsync("Ingetrokken");
        await Assertions.Expect(ingetrokken.GetByRole(AriaRole.Button, new() { Name = "Intrekken" })).ToHaveCountAsync(0);
        await ToegankelijkAsync();
    }

    [Fact]
    public async Task The_mbo_school_reporting_for_a_pupil_in_fase_VO_is_refused_with_VZM002_naming_the_vo_school_and_nothing_is_registered()
    {
        await PortaalInschrijvingen.VoAsync(Server, Leerroutefase.VO);
        await PortaalInschrijvingen.MboAsync(Server, Leerroutefase.VO);
        await InloggenAlsAsync("J. Beheerder", start: "/portaal/verzuim/melden");

        await Pagina.GetByLabel("Nummer van de leerling").FillAsync(PortaalInschrijvingen.Leerling.Waarde);
        await Pagina.GetByLabel("Woongemeente").SelectOptionAsync("0344");
        await Pagina.GetByLabel("Instelling").SelectOptionAsync("99MA");
        await Pagina.GetByLabel("Soort verzuim").SelectOptionAsync("Overig");
        await Pagina.GetByLabel("Begindatum").FillAsync(Begindatum);
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Verzuim melden" }).ClickAsync();

        var samenvatting = Pagina.GetByRole(AriaRole.Alert);
        await Assertions.Expect(samenvatting).ToContainTextAsync("Alleen de verantwoordelijke instelling meldt verzuim");
        await Assertions.Expect(samenvatting).ToContainTextAsync("99VA Lyceum Zuidrand");
        await Assertions.Expect(samenvatting).ToContainTextAsync("(VZM002)");
        await Assertions.Expect(samenvatting.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#brin");
        await Assertions.Expect(Pagina.GetByLabel("Instelling")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(Pagina.GetByLabel("Nummer van de leerling")).ToHaveValueAsync(PortaalInschrijvingen.Leerling.Waarde);
        await ToegankelijkAsync();

        await Pagina.GotoAsync("/portaal/verzuim");
        await Assertions.Expect(Pagina.GetByText("Uw instellingen hebben nog geen verzuim gemeld.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_medewerker_without_verzuim_melden_cannot_open_the_verzuim_pages()
    {
        await InloggenAlsAsync("K. Mulder");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Verzuim" })).ToHaveCountAsync(0);

        await Pagina.GotoAsync("/portaal/verzuim/melden");

        Assert.Contains("/portaal/geen-toegang?code=TGA021", Pagina.Url, StringComparison.Ordinal);
        await ToegankelijkAsync();
    }

    [Fact]
    public async Task The_vsv_page_shows_the_report_per_instelling_as_a_table_and_an_inline_chart_for_a_peiljaar()
    {
        await PortaalInschrijvingen.MboAsync(Server, null, leerling: MboLeerling);
        await InloggenAlsAsync("J. Beheerder");
        await Pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "VSV" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Voortijdig schoolverlaten", Level = 1 })).ToBeVisibleAsync();

        await Pagina.GetByLabel("Peiljaar").FillAsync("twintig");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Rapport tonen" }).PressAsync("Enter");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Alert)).ToContainTextAsync("(KTN400)");
        await ToegankelijkAsync();

        var peiljaar = PortaalInschrijvingen.Schooljaarbegin.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Pagina.GetByLabel("Peiljaar").FillAsync(peiljaar);
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Rapport tonen" }).PressAsync("Enter");

        var tabel = Pagina.GetByRole(AriaRole.Table, new() { Name = $"Voortijdig schoolverlaten per instelling, peiljaar {peiljaar}" });
        await Assertions.Expect(tabel).ToBeVisibleAsync();
        await Assertions.Expect(tabel.GetByRole(AriaRole.Rowheader, new() { Name = "99MA ROC Voorbeeld" })).ToBeVisibleAsync();
        await Assertions.Expect(tabel.GetByRole(AriaRole.Columnheader, new() { Name = "Percentage VSV" })).ToBeVisibleAsync();
        var grafiek = Pagina.GetByRole(AriaRole.Img, new() { Name = "Staafdiagram: percentage nieuwe voortijdig schoolverlaters per instelling", Exact = false });
        await Assertions.Expect(grafiek).ToBeVisibleAsync();
        await Assertions.Expect(grafiek).ToContainTextAsync("99MA ROC Voorbeeld");
        await ToegankelijkAsync();
        await SchermafdrukAsync("vsv");
    }
}
