using System.Globalization;
using Keten.Application.Rod;
using Keten.Domain.Toegang;
using Keten.Server.Tests.Infrastructure;
using Keten.Storage.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// Issue 9 point 3, the records beside the enrolment, in a real browser as J. Beheerder (100B001, BRIN 99MA, aanbieder
/// 110A001, CREBO 25336): an MBO BBL enrolment with its BPVs (beroepspraktijkvorming) through the form, on the detail and
/// in the history; a BPV the form cannot read (KTN400) and one the handler refuses (ROD060); uitschrijven with a diploma
/// whose date differs from the datum uitschrijving (ROD050) and then matches; verwijderen (V) after its confirmation
/// page, gone from the search, the detail saying so; the door for a medewerker without the function.
/// </summary>
[Collection(PortaalCollection.Naam)]
public sealed class PortaalInschrijvingBpvTests() : PortaalBrowserTest(StoreKind.Sqlite, null)
{
    private const string Bsn = "999990032";
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The wait for the answer to a form: the handler writes, on a machine that may be busy.</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions NaVersturen = new() { Timeout = 15_000 };

    [Fact]
    public async Task An_MBO_BBL_enrolment_is_delivered_with_a_BPV_shown_on_the_detail_and_a_second_BPV_in_the_history()
    {
        await InloggenAlsAsync("J. Beheerder");
        await Pagina.GotoAsync("/portaal/inschrijvingen/nieuw");
        await VulBblInschrijvingInAsync();
        await VulBpvInAsync(1, "1", "100016707", "480");
        await ToegankelijkAsync();
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Inschrijving aanleveren" }).ClickAsync();

        var terugkoppeling = Pagina.GetByRole(AriaRole.Status).Filter(new() { HasText = "Levering goedgekeurd" });
        await Assertions.Expect(terugkoppeling).ToBeVisibleAsync(NaVersturen);
        await Assertions.Expect(terugkoppeling).Not.ToContainTextAsync("RS004");
        // BBL is funded with its praktijkovereenkomst (BEK01), not held back for the lack of one (BEK06).
        await Assertions.Expect(terugkoppeling).ToContainTextAsync("BEK01");
        var bpvs = Pagina.GetByRole(AriaRole.Table, new() { Name = "Beroepspraktijkvormingen (BPV)" });
        var eerste = bpvs.GetByRole(AriaRole.Row).Filter(new() { Has = Pagina.GetByRole(AriaRole.Rowheader, new() { Name = "1", Exact = true }) });
        await Assertions.Expect(eerste).ToContainTextAsync("100016707");
        await Assertions.Expect(eerste).ToContainTextAsync("25336");
        await Assertions.Expect(eerste).ToContainTextAsync("15 juli 2026");
        await Assertions.Expect(eerste).ToContainTextAsync("1 augustus 2026");
        await Assertions.Expect(eerste).ToContainTextAsync("31 juli 2028");
        await Assertions.Expect(eerste).ToContainTextAsync("480");
        var historie = Pagina.GetByRole(AriaRole.Table, new() { Name = "Elke geregistreerde versie, oudste eerst" });
        await Assertions.Expect(historie.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("1 periode, 1 BPV");
        await ToegankelijkAsync();
        Server.Server.Clock.Advance(TimeSpan.FromMinutes(10));

        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Aanpassen" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByLabel("Volgnummer BPV 1", new() { Exact = true })).ToHaveValueAsync("1");
        await Assertions.Expect(Pagina.GetByLabel("Leerbedrijf (LeerbedrijfID) BPV 1", new() { Exact = true })).ToHaveValueAsync("100016707");
        await Pagina.GetByLabel("Werkelijke einddatum BPV 1", new() { Exact = true }).FillAsync("2026-12-31");
        await VulBpvInAsync(2, "2", "100016708", "");
        await ToegankelijkAsync();
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Wijziging aanleveren" }).ClickAsync();

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Levering goedgekeurd" })).ToBeVisibleAsync(NaVersturen);
        await Assertions.Expect(bpvs.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Assertions.Expect(eerste).ToContainTextAsync("31 december 2026");
        var tweede = bpvs.GetByRole(AriaRole.Row).Filter(new() { Has = Pagina.GetByRole(AriaRole.Rowheader, new() { Name = "2", Exact = true }) });
        await Assertions.Expect(tweede).ToContainTextAsync("100016708");
        await Assertions.Expect(historie.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Assertions.Expect(historie.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("1 periode, 2 BPV's");
        await ToegankelijkAsync();

        await historie.GetByRole(AriaRole.Link, new() { Name = "Versie 1" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Gegevens zoals bekend op", Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(bpvs.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Assertions.Expect(eerste).Not.ToContainTextAsync("31 december 2026");
        await ToegankelijkAsync();

        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Zoals nu bekend" }).ClickAsync();
        await Assertions.Expect(bpvs.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await SchermafdrukAsync("inschrijvingen-bpv");
    }

    [Fact]
    public async Task A_BPV_the_form_cannot_read_is_KTN400_and_one_the_handler_refuses_is_ROD060_both_linked_to_the_field_and_nothing_is_registered()
    {
        await InloggenAlsAsync("J. Beheerder");
        await Pagina.GotoAsync("/portaal/inschrijvingen/nieuw");
        await VulBblInschrijvingInAsync();
        await VulBpvInAsync(1, "1", "100016707", "veel");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Inschrijving aanleveren" }).ClickAsync();

        var samenvatting = Pagina.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Er is een probleem" });
        await Assertions.Expect(samenvatting).ToBeVisibleAsync(NaVersturen);
        await Assertions.Expect(samenvatting).ToContainTextAsync("De omvang van BPV 1 is een aantal uren");
        await Assertions.Expect(samenvatting).ToContainTextAsync("(KTN400)");
        await samenvatting.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(Pagina.GetByLabel("Omvang in uren BPV 1", new() { Exact = true })).ToBeFocusedAsync();
        await ToegankelijkAsync();

        await Pagina.GetByLabel("Omvang in uren BPV 1", new() { Exact = true }).FillAsync("480");
        await Pagina.GetByLabel("Leerbedrijf (LeerbedrijfID) BPV 1", new() { Exact = true }).FillAsync("12345");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Inschrijving aanleveren" }).ClickAsync();

        await Assertions.Expect(samenvatting).ToContainTextAsync("Het LeerbedrijfID is 9 cijfers");
        await Assertions.Expect(samenvatting).ToContainTextAsync("(ROD060)");
        await samenvatting.GetByRole(AriaRole.Link).First.ClickAsync();
        var leerbedrijf = Pagina.GetByLabel("Leerbedrijf (LeerbedrijfID) BPV 1", new() { Exact = true });
        await Assertions.Expect(leerbedrijf).ToBeFocusedAsync();
        await Assertions.Expect(leerbedrijf).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(Pagina.GetByLabel("Omvang in uren BPV 1", new() { Exact = true })).ToHaveValueAsync("480");
        await ToegankelijkAsync();

        await ZoekAsync();
        await Assertions.Expect(Pagina.GetByText("0 inschrijvingen gevonden.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Uitschrijven_with_a_diploma_dated_otherwise_is_refused_with_ROD050_and_with_the_matching_date_registers_the_diploma()
    {
        await PortaalInschrijvingen.MboAsync(Server, fase: null);
        var uitschrijving = PortaalInschrijvingen.Schooljaarbegin.AddMonths(3).AddDays(-1);
        await InloggenAlsAsync("J. Beheerder");
        await OpenDetailAsync();

        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Uitschrijven" }).ClickAsync();
        await Pagina.GetByLabel("Datum uitschrijving", new() { Exact = true }).FillAsync(Veld(uitschrijving));
        await Pagina.GetByLabel("Reden uitstroom", new() { Exact = true }).SelectOptionAsync("01");
        await Pagina.GetByLabel("Resultaatvolgnummer diploma 1", new() { Exact = true }).FillAsync("R1");
        await Pagina.GetByLabel("Opleiding diploma 1", new() { Exact = true }).FillAsync("25336");
        await Pagina.GetByLabel("Datum behaald diploma 1", new() { Exact = true }).FillAsync(Veld(uitschrijving.AddDays(-1)));
        await ToegankelijkAsync();
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitschrijven" }).ClickAsync();

        var samenvatting = Pagina.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Er is een probleem" });
        await Assertions.Expect(samenvatting).ToBeVisibleAsync(NaVersturen);
        await Assertions.Expect(samenvatting).ToContainTextAsync("De datum van het diploma moet gelijk zijn aan de werkelijke datum uitschrijving");
        await Assertions.Expect(samenvatting).ToContainTextAsync("(ROD050)");
        await samenvatting.GetByRole(AriaRole.Link).First.ClickAsync();
        var behaald = Pagina.GetByLabel("Datum behaald diploma 1", new() { Exact = true });
        await Assertions.Expect(behaald).ToBeFocusedAsync();
        await Assertions.Expect(Pagina.GetByLabel("Datum uitschrijving", new() { Exact = true })).ToHaveValueAsync(Veld(uitschrijving));
        await ToegankelijkAsync();

        await behaald.FillAsync(Veld(uitschrijving));
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitschrijven" }).ClickAsync();

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Levering goedgekeurd" })).ToBeVisibleAsync(NaVersturen);
        await Assertions.Expect(Gegeven("Datum uitschrijving werkelijk")).ToHaveTextAsync(Tekst(uitschrijving));
        var diploma = Pagina.GetByRole(AriaRole.Table, new() { Name = "Behaalde diploma's" }).GetByRole(AriaRole.Row)
            .Filter(new() { Has = Pagina.GetByRole(AriaRole.Rowheader, new() { Name = "R1", Exact = true }) });
        await Assertions.Expect(diploma).ToContainTextAsync("25336");
        await Assertions.Expect(diploma).ToContainTextAsync(Tekst(uitschrijving));
        // The refused uitschrijving registered nothing: the delivery and the uitschrijving are the only versions.
        var historie = Pagina.GetByRole(AriaRole.Table, new() { Name = "Elke geregistreerde versie, oudste eerst" });
        await Assertions.Expect(historie.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Assertions.Expect(historie.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("1 diploma");
        await ToegankelijkAsync();
    }

    [Fact]
    public async Task Verwijderen_after_its_confirmation_removes_the_enrolment_from_the_search_and_the_detail_says_so_with_its_history()
    {
        await PortaalInschrijvingen.MboAsync(Server, fase: null);
        await InloggenAlsAsync("J. Beheerder");
        await OpenDetailAsync();
        var detail = new Uri(Pagina.Url).AbsolutePath;
        Server.Server.Clock.Advance(TimeSpan.FromMinutes(10));

        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Verwijderen" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Inschrijving verwijderen", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByText("alleen voor een inschrijving die ten onrechte is aangeleverd", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Link, new() { Name = "schrijf de student uit" })).ToBeVisibleAsync();
        await Assertions.Expect(Gegeven("Inschrijvingvolgnummer")).ToHaveTextAsync("M1");
        Assert.DoesNotContain(Bsn, Pagina.Url, StringComparison.Ordinal);
        await SchermafdrukAsync("inschrijvingen-verwijderen");
        await ToegankelijkAsync();

        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Inschrijving verwijderen" }).ClickAsync();

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Inschrijvingen", Level = 1 })).ToBeVisibleAsync(NaVersturen);
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Status).Filter(new() { HasText = "Inschrijving M1 bij 99MA is verwijderd." })).ToBeVisibleAsync();
        await ToegankelijkAsync();
        await Pagina.GetByLabel("Burgerservicenummer of onderwijsnummer", new() { Exact = true }).FillAsync(Bsn);
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByText("0 inschrijvingen gevonden.")).ToBeVisibleAsync();

        await Pagina.GotoAsync(detail);
        await Assertions.Expect(Pagina.GetByText("Deze inschrijving is verwijderd.")).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Link, new() { Name = "Aanpassen" })).ToHaveCountAsync(0);
        var historie = Pagina.GetByRole(AriaRole.Table, new() { Name = "Elke geregistreerde versie, oudste eerst" });
        await Assertions.Expect(historie.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Assertions.Expect(historie.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("verwijderd");
        await ToegankelijkAsync();

        await historie.GetByRole(AriaRole.Link, new() { Name = "Versie 1" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Gegevens zoals bekend op", Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(Gegeven("Inschrijvingvolgnummer")).ToHaveTextAsync("M1");
    }

    [Fact]
    public async Task A_medewerker_without_an_inschrijvingen_function_cannot_open_verwijderen_TGA021()
    {
        await PortaalInschrijvingen.MboAsync(Server, fase: null);
        var queries = Server.Server.Services.GetRequiredService<InschrijvingQueries>();
        var gevonden = await queries.ZoekenAsync("100B001", new InschrijvingZoekopdracht(Persoon: PortaalInschrijvingen.Leerling), CancellationToken.None);
        var id = Assert.Single(gevonden.Inschrijvingen!.Items).InschrijvingId;
        var store = Database.CreateStore(TimeProvider.System);
        var mulder = (await store.Medewerkers.MedewerkersVanBestuurAsync("100B001", CancellationToken.None)).Single(m => m.Naam == "K. Mulder");
        await store.Medewerkers.WijzigAutorisatiesAsync("100B001", mulder.Id, [], [new Autorisatie(Functie.InschrijvingenMbo, "110A001")], Auditbron.Onbekend, CancellationToken.None);

        await InloggenAlsAsync("K. Mulder");
        await Pagina.GotoAsync($"/portaal/inschrijvingen/{id}/verwijderen");

        Assert.Contains("/portaal/geen-toegang?code=TGA021", Pagina.Url, StringComparison.Ordinal);
        await ToegankelijkAsync();
    }

    private static string Veld(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Tekst(DateOnly datum) => datum.ToString("d MMMM yyyy", Nl);

    /// <summary>The value beside a key of a page's data list.</summary>
    private ILocator Gegeven(string naam) =>
        Pagina.Locator(".utrecht-data-list__item").Filter(new() { Has = Pagina.Locator("dt", new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{naam}$") }) }).Locator("dd");

    private async Task ZoekAsync()
    {
        await Pagina.GotoAsync("/portaal/inschrijvingen");
        await Pagina.GetByLabel("Burgerservicenummer of onderwijsnummer", new() { Exact = true }).FillAsync(Bsn);
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
    }

    private async Task OpenDetailAsync()
    {
        await ZoekAsync();
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "99MA, volgnummer M1" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Inschrijving M1 bij 99MA", Level = 1 })).ToBeVisibleAsync();
    }

    private async Task VulBblInschrijvingInAsync()
    {
        await Pagina.GetByLabel("Sector", new() { Exact = true }).SelectOptionAsync("MBO");
        await Pagina.GetByLabel("Instelling (BRIN)", new() { Exact = true }).SelectOptionAsync("99MA");
        await Pagina.GetByLabel("Burgerservicenummer of onderwijsnummer", new() { Exact = true }).FillAsync(Bsn);
        await Pagina.GetByLabel("Inschrijvingvolgnummer", new() { Exact = true }).FillAsync("M1");
        await Pagina.GetByLabel("Datum inschrijving", new() { Exact = true }).FillAsync("2026-08-01");
        await Pagina.GetByLabel("Hoogste vooropleiding", new() { Exact = true }).FillAsync("04");
        await Pagina.GetByLabel("Datum begin periode 1", new() { Exact = true }).FillAsync("2026-08-01");
        await Pagina.GetByLabel("Opleiding periode 1", new() { Exact = true }).FillAsync("25336");
        await Pagina.GetByLabel("Onderwijsaanbieder periode 1", new() { Exact = true }).FillAsync("110A001");
        await Pagina.GetByLabel("Leertraject periode 1", new() { Exact = true }).SelectOptionAsync("BBL");
    }

    /// <summary>A praktijkovereenkomst concluded 15 July 2026 for the two years from 1 August 2026.</summary>
    private async Task VulBpvInAsync(int n, string volgnummer, string leerbedrijfId, string omvangUren)
    {
        await Pagina.GetByLabel($"Volgnummer BPV {n}", new() { Exact = true }).FillAsync(volgnummer);
        await Pagina.GetByLabel($"Afsluitdatum BPV {n}", new() { Exact = true }).FillAsync("2026-07-15");
        await Pagina.GetByLabel($"Datum begin BPV {n}", new() { Exact = true }).FillAsync("2026-08-01");
        await Pagina.GetByLabel($"Geplande einddatum BPV {n}", new() { Exact = true }).FillAsync("2028-07-31");
        await Pagina.GetByLabel($"Leerbedrijf (LeerbedrijfID) BPV {n}", new() { Exact = true }).FillAsync(leerbedrijfId);
        await Pagina.GetByLabel($"Omvang in uren BPV {n}", new() { Exact = true }).FillAsync(omvangUren);
        await Pagina.GetByLabel($"Opleiding BPV {n}", new() { Exact = true }).FillAsync("25336");
    }
}
