using System.Globalization;
using Keten.Domain.Bekostiging;
using Keten.Server.Portaal;
using Keten.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// Issue 9's "Done means", in a real browser and through the portal alone: ROC Voorbeeld (J. Beheerder, 100B001) and
/// Lyceum Zuidrand (S. Bakker, 100B003) register a new DLR in RIO naming each other (110A001 and 110A005), the VO school
/// enrols a pupil in leerjaar 3 in fase MBO and sees the chain signal that the MBO enrolment is missing (the MBO side does
/// not: not its pupil yet, docs/rod.md "Who sees a signal"), the MBO institution enrols the pupil on the route, the signal
/// disappears, both schools see the same KS005 (in fase MBO and still at the VO school: allowed, flagged so that funding
/// never counts twice), and both read that MBO funds the pupil on 1 October, in the preliminary status and in a funding
/// run's TBG-i.
/// </summary>
[Collection(PortaalCollection.Naam)]
public sealed class PortaalLeerrouteReisTests() : PortaalBrowserTest(StoreKind.Sqlite, null)
{
    private const string Leerling = "999990044";

    private static readonly DateOnly Begin = PortaalInschrijvingen.Schooljaarbegin;

    private static string Invoerdatum(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_new_dlr_pupil_goes_from_RIO_through_both_enrolments_and_the_chain_signal_to_MBO_funding_on_1_October()
    {
        await InloggenAlsAsync("J. Beheerder", start: "/portaal/aanbod");
        await RegistreerMboKantAsync();
        await Pagina.GotoAsync("/portaal/aanbod/leerroutes");
        await Assertions.Expect(RouteRij("Leerroutes als mbo-instelling", "Lyceum Zuidrand (110A005)")).ToContainTextAsync("wacht op Lyceum Zuidrand");
        await UitloggenAsync();

        await InloggenAlsAsync("S. Bakker", "100B003", start: "/portaal/aanbod");
        await RegistreerVoKantAsync();
        await Pagina.GotoAsync("/portaal/aanbod/leerroutes");
        var route = RouteRij("Leerroutes als vo-school", "Lyceum Zuidrand (110A005)");
        await Assertions.Expect(route).ToContainTextAsync("ROC Voorbeeld (110A001)");
        await Assertions.Expect(route).ToContainTextAsync("Gevestigd: door beide kanten geregistreerd");
        await ToegankelijkAsync();
        await SchermafdrukAsync("reis-leerroute-gevestigd");

        await SchrijfInAsync("VO", "99VA", "V7", p => VulVoPeriodeInAsync(p));
        await Assertions.Expect(Pagina.GetByText("bekostigd door MBO", new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByText("KS001", new() { Exact = false }).First).ToBeVisibleAsync();
        await ToegankelijkAsync();
        await Pagina.GotoAsync("/portaal/signalen");
        await Assertions.Expect(Signaal("KS001")).ToContainTextAsync("99VA (V7)");
        await Assertions.Expect(Signaal("KS001")).ToContainTextAsync("geen inschrijving bij de partner");
        await ToegankelijkAsync();
        await SchermafdrukAsync("reis-signaal-vo");
        await UitloggenAsync();

        await InloggenAlsAsync("J. Beheerder", start: "/portaal/signalen");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Signalen", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Signaal("KS001")).ToHaveCountAsync(0);
        await SchrijfInAsync("MBO", "99MA", "M7", p => VulMboPeriodeInAsync(p));
        await Assertions.Expect(VoorlopigeBekostiging()).ToContainTextAsync($"op {Portaalopmaak.Datum(Teldata.VolgendeEenOktober(Vandaag))}");
        await Assertions.Expect(VoorlopigeBekostiging()).ToContainTextAsync("bekostigd door MBO");
        await ToegankelijkAsync();
        await SchermafdrukAsync("reis-mbo-inschrijving");

        await Pagina.GotoAsync("/portaal/signalen");
        await Assertions.Expect(Signaal("KS001")).ToHaveCountAsync(0);
        await Assertions.Expect(Signaal("KS005")).ToContainTextAsync("toegestaan zolang het vmbo-diploma ontbreekt");
        await Assertions.Expect(Signaal("KS005")).ToContainTextAsync("99VA Lyceum Zuidrand");
        await ToegankelijkAsync();

        await LeesTbgiAsync();
        await UitloggenAsync();

        await InloggenAlsAsync("S. Bakker", "100B003", start: "/portaal/signalen");
        await Assertions.Expect(Signaal("KS001")).ToHaveCountAsync(0);
        await Assertions.Expect(Signaal("KS005")).ToContainTextAsync("99MA ROC Voorbeeld");
        await ToegankelijkAsync();
    }

    private DateOnly Vandaag => DateOnly.FromDateTime(Server.Server.Clock.GetUtcNow().UtcDateTime);

    private async Task RegistreerMboKantAsync()
    {
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Nieuwe mbo-opleiding" }).ClickAsync();
        await Pagina.GetByLabel("Onderwijslocatie").SelectOptionAsync("110X001");
        await Pagina.GetByLabel("Opleiding (CREBO)").SelectOptionAsync("25604");
        await Pagina.GetByLabel("Eigen naam").FillAsync("Software developer - doorlopende leerroute Lyceum Zuidrand");
        await Pagina.GetByLabel("Begindatum").FillAsync(Invoerdatum(Begin));
        await Pagina.GetByLabel("Leertraject").SelectOptionAsync("BOL");
        await Pagina.GetByLabel("Leerroute", new() { Exact = true }).SelectOptionAsync("DLR_VMBO_MBO");
        await Pagina.GetByLabel("Samenwerkende onderwijsaanbieder").FillAsync("110A005");
        await ControlerenEnOpslaanAsync();
    }

    private async Task RegistreerVoKantAsync()
    {
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Nieuwe vo-opleiding" }).ClickAsync();
        await Pagina.GetByLabel("Onderwijsaanbieder", new() { Exact = true }).SelectOptionAsync("110A005");
        await Pagina.GetByLabel("Onderwijslocatie").SelectOptionAsync("110X006");
        await Pagina.GetByLabel("VO-vakerkenning").SelectOptionAsync("ILT/0137/VO-VMBO-KB");
        await Pagina.GetByLabel("Eigen naam").FillAsync("PIE kader - doorlopende leerroute ROC Voorbeeld");
        await Pagina.GetByLabel("Begindatum").FillAsync(Invoerdatum(Begin));
        await Pagina.GetByLabel("Leerroute", new() { Exact = true }).SelectOptionAsync("DLR_VMBO_MBO");
        await Pagina.GetByLabel("Samenwerkende onderwijsaanbieder").FillAsync("110A001");
        await ControlerenEnOpslaanAsync();
    }

    private async Task ControlerenEnOpslaanAsync()
    {
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByText("Goedgekeurd: RIO zou deze aanlevering accepteren.")).ToBeVisibleAsync();
        await ToegankelijkAsync();
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByText("De aangeboden opleiding is opgeslagen in RIO.")).ToBeVisibleAsync();
    }

    /// <summary>The enrolment form from the menu, its first period filled by <paramref name="periode"/>, delivered and goedgekeurd.</summary>
    private async Task SchrijfInAsync(string sector, string brin, string volgnummer, Func<int, Task> periode)
    {
        await Pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Inschrijvingen" }).ClickAsync();
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Nieuwe inschrijving" }).ClickAsync();
        await Pagina.GetByLabel("Sector", new() { Exact = true }).SelectOptionAsync(sector);
        await Pagina.GetByLabel("Instelling (BRIN)", new() { Exact = true }).SelectOptionAsync(brin);
        await Pagina.GetByLabel("Burgerservicenummer of onderwijsnummer", new() { Exact = true }).FillAsync(Leerling);
        await Pagina.GetByLabel("Inschrijvingvolgnummer", new() { Exact = true }).FillAsync(volgnummer);
        await Pagina.GetByLabel("Datum inschrijving", new() { Exact = true }).FillAsync(Invoerdatum(Begin));
        await Pagina.GetByLabel("Datum begin periode 1", new() { Exact = true }).FillAsync(Invoerdatum(Begin));
        await periode(1);
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Inschrijving aanleveren" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Levering goedgekeurd" })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = $"Inschrijving {volgnummer} bij {brin}", Level = 1 })).ToBeVisibleAsync();
        Assert.DoesNotContain(Leerling, Pagina.Url, StringComparison.Ordinal);
    }

    private async Task VulVoPeriodeInAsync(int n)
    {
        await Pagina.GetByLabel($"Opleiding periode {n}", new() { Exact = true }).FillAsync("0137");
        await Pagina.GetByLabel($"Niveau periode {n}", new() { Exact = true }).FillAsync("VO-VMBO-KB");
        await Pagina.GetByLabel($"Onderwijsaanbieder periode {n}", new() { Exact = true }).FillAsync("110A005");
        await Pagina.GetByLabel($"Leerjaar periode {n}", new() { Exact = true }).FillAsync("3");
        await Pagina.GetByLabel($"Leerroute periode {n}", new() { Exact = true }).SelectOptionAsync("DLR");
        await Pagina.GetByLabel($"Fase periode {n}", new() { Exact = true }).SelectOptionAsync("MBO");
        await Pagina.GetByLabel($"Samenwerkende onderwijsaanbieder periode {n}", new() { Exact = true }).FillAsync("110A001");
    }

    private async Task VulMboPeriodeInAsync(int n)
    {
        await Pagina.GetByLabel("Hoogste vooropleiding", new() { Exact = true }).FillAsync("04");
        await Pagina.GetByLabel($"Opleiding periode {n}", new() { Exact = true }).FillAsync("25604");
        await Pagina.GetByLabel($"Onderwijsaanbieder periode {n}", new() { Exact = true }).FillAsync("110A001");
        await Pagina.GetByLabel($"Leertraject periode {n}", new() { Exact = true }).SelectOptionAsync("BOL");
        await Pagina.GetByLabel($"Leerroute periode {n}", new() { Exact = true }).SelectOptionAsync("DLR");
        await Pagina.GetByLabel($"Fase periode {n}", new() { Exact = true }).SelectOptionAsync("MBO");
        await Pagina.GetByLabel($"Samenwerkende onderwijsaanbieder periode {n}", new() { Exact = true }).FillAsync("110A005");
    }

    /// <summary>A preliminary MBO run for the bekostigingsjaar whose first teldatum is this school year's 1 October; the pupil's TBG-i line.</summary>
    private async Task LeesTbgiAsync()
    {
        var eenOktober = new DateOnly(Begin.Year, 10, 1);
        await Pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Bekostiging" }).ClickAsync();
        await Pagina.GetByLabel("Sector").SelectOptionAsync("MBO");
        await Pagina.GetByLabel("Bekostigingsjaar").FillAsync((Begin.Year + 2).ToString(CultureInfo.InvariantCulture));
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Run starten" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("is gestart");
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Run ", Exact = false }).First.ClickAsync();
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "TBG-i van 99MA" }).ClickAsync();
        await Pagina.GetByLabel("Teldatum", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Portaalopmaak.Datum(eenOktober) });
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        var regel = Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = $"BSN {Leerling}" });
        await Assertions.Expect(regel).ToHaveCountAsync(1);
        await Assertions.Expect(regel).ToContainTextAsync(Portaalopmaak.Datum(eenOktober));
        await Assertions.Expect(regel).ToContainTextAsync("MBO");
        await Assertions.Expect(regel).ToContainTextAsync("fase MBO", new() { IgnoreCase = true });
        await ToegankelijkAsync();
        await SchermafdrukAsync("reis-tbgi");
    }

    private ILocator RouteRij(string tabel, string aanbieder) =>
        Pagina.GetByRole(AriaRole.Table, new() { Name = tabel, Exact = false }).GetByRole(AriaRole.Row).Filter(new() { HasText = aanbieder });

    private ILocator Signaal(string code) => Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = code });

    private ILocator VoorlopigeBekostiging() =>
        Pagina.Locator(".utrecht-data-list__item").Filter(new() { Has = Pagina.Locator("dt", new() { HasText = "Voorlopige bekostigingsstatus" }) });

    private Task UitloggenAsync() => Pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
}
