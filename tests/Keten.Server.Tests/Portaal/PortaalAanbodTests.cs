using System.Text.RegularExpressions;
using Keten.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// Issue 9 point 3, RIO aanbod, in a real browser: the list of a board's aangeboden opleidingen, creating and editing
/// one with the dry run's terugkoppeling and diff before saving, a refusal in the error summary with DUO's code, a value
/// DUO's XSD refuses (ADR 0026), the leerroutes on both sides of a route, and the door closed to a medewerker without
/// RioBeheren.
/// </summary>
[Collection(PortaalCollection.Naam)]
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
    public async Task A_new_mbo_offering_is_checked_first_without_being_stored_and_then_saved()
    {
        await InloggenAlsAsync("J. Beheerder", start: "/portaal/aanbod");
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Nieuwe mbo-opleiding" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Nieuwe mbo-opleiding", Level = 1 })).ToBeVisibleAsync();
        await ToegankelijkAsync();

        await Pagina.GetByLabel("Onderwijslocatie").SelectOptionAsync("110X001");
        await Pagina.GetByLabel("Opleiding (CREBO)").SelectOptionAsync("25604");
        await Pagina.GetByLabel("Eigen naam").FillAsync("Software developer - avondopleiding");
        await Pagina.GetByLabel("Begindatum").FillAsync("2027-08-01");
        await Pagina.GetByLabel("Leertraject").SelectOptionAsync("BBL");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Uitkomst van de controle" })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByText("Goedgekeurd: RIO zou deze aanlevering accepteren.")).ToBeVisibleAsync();
        var verschillen = Pagina.GetByRole(AriaRole.Table).Filter(new() { HasText = "Wat er verandert bij opslaan" });
        await Assertions.Expect(verschillen).ToContainTextAsync("wordt toegevoegd");
        await Assertions.Expect(verschillen.GetByRole(AriaRole.Row).Filter(new() { HasText = "leertrajectMbo" })).ToContainTextAsync("BBL");
        await Assertions.Expect(verschillen.GetByRole(AriaRole.Row).Filter(new() { HasText = "perioden[begindatum=2027-08-01].eigenNaamAangebodenOpleiding" })).ToContainTextAsync("Software developer - avondopleiding");
        await Assertions.Expect(Pagina.GetByLabel("Eigen naam")).ToHaveValueAsync("Software developer - avondopleiding");
        await Assertions.Expect(Pagina.GetByLabel("Leertraject")).ToHaveValueAsync("BBL");
        await ToegankelijkAsync();
        await SchermafdrukAsync("aanbod-controle");

        var lijst = await Pagina.Context.NewPageAsync();
        await lijst.GotoAsync("/portaal/aanbod");
        await Assertions.Expect(lijst.GetByRole(AriaRole.Heading, new() { Name = "RIO-aanbod", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(lijst.GetByText("Software developer - avondopleiding")).ToHaveCountAsync(0);

        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Assertions.Expect(Pagina.GetByText("De aangeboden opleiding is opgeslagen in RIO.")).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByLabel("Eigen naam")).ToHaveValueAsync("Software developer - avondopleiding");
        await ToegankelijkAsync();
        await lijst.ReloadAsync();
        var rij = lijst.GetByRole(AriaRole.Row).Filter(new() { HasText = "Software developer - avondopleiding" });
        await Assertions.Expect(rij).ToContainTextAsync("CREBO 25604");
        await Assertions.Expect(rij).ToContainTextAsync("1 augustus 2027");
    }

    [Fact]
    public async Task A_refused_offering_shows_DUOs_code_in_the_error_summary_linked_to_the_field_and_stores_nothing()
    {
        await InloggenAlsAsync("J. Beheerder", start: "/portaal/aanbod/opleiding?soort=mbo");
        await Pagina.GetByLabel("Opleiding (CREBO)").SelectOptionAsync("25604");
        await Pagina.GetByLabel("Eigen naam").FillAsync("Software developer - te kort");
        await Pagina.GetByLabel("Begindatum").FillAsync("2027-08-01");
        await Pagina.GetByLabel("Einddatum (niet verplicht)").FillAsync("2027-07-01");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        var samenvatting = Pagina.GetByRole(AriaRole.Alert);
        await Assertions.Expect(samenvatting).ToContainTextAsync("N09010");
        await Assertions.Expect(samenvatting).ToContainTextAsync("De einddatum van een aangeboden opleiding moet na de begindatum liggen.");
        await Assertions.Expect(samenvatting.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#einddatum");
        await Assertions.Expect(Pagina.GetByLabel("Einddatum (niet verplicht)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(Pagina.GetByLabel("Einddatum (niet verplicht)")).ToHaveValueAsync("2027-07-01");
        await ToegankelijkAsync();

        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Alert)).ToContainTextAsync("N09010");
        await Assertions.Expect(Pagina.GetByText("Afgekeurd: RIO zou deze aanlevering weigeren")).ToBeVisibleAsync();

        await Pagina.GotoAsync("/portaal/aanbod");
        await Assertions.Expect(Pagina.GetByText("Software developer - te kort")).ToHaveCountAsync(0);
    }

    /// <summary>ADR 0026: the form checks DUO's XSD before the handler, as REST and the CLI do, with REST's KTN400 text.</summary>
    [Fact]
    public async Task An_eigen_naam_DUOs_xsd_refuses_is_KTN400_on_its_field_on_both_buttons_and_nothing_is_stored()
    {
        await InloggenAlsAsync("J. Beheerder", start: "/portaal/aanbod/opleiding?soort=mbo");
        await Pagina.GetByLabel("Opleiding (CREBO)").SelectOptionAsync("25604");
        await Pagina.GetByLabel("Eigen naam").FillAsync("Te lange naam " + new string('x', 5000));
        await Pagina.GetByLabel("Begindatum").FillAsync("2027-08-01");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();

        var samenvatting = Pagina.GetByRole(AriaRole.Alert);
        await Assertions.Expect(samenvatting).ToContainTextAsync("Veld $.perioden[0].eigenNaamAangebodenOpleiding: voldoet niet aan DUO's XSD (aanleveren_aangebodenOpleiding_request)");
        await Assertions.Expect(samenvatting).ToContainTextAsync("(KTN400)");
        await Assertions.Expect(samenvatting.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#eigenNaamAangebodenOpleiding");
        await Assertions.Expect(Pagina.GetByLabel("Eigen naam")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Uitkomst van de controle" })).ToHaveCountAsync(0);
        await ToegankelijkAsync();

        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(Pagina).ToHaveURLAsync(new Regex("handler=Opslaan"));
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Alert)).ToContainTextAsync("Veld $.perioden[0].eigenNaamAangebodenOpleiding: voldoet niet aan DUO's XSD");
        await Assertions.Expect(Pagina.GetByText("De aangeboden opleiding is opgeslagen in RIO.")).ToHaveCountAsync(0);

        await Pagina.GotoAsync("/portaal/aanbod");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "RIO-aanbod", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByText("Te lange naam")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_offering_is_edited_with_the_field_by_field_diff_against_the_stored_state()
    {
        await InloggenAlsAsync("J. Beheerder", start: "/portaal/aanbod");
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Software developer" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Aangeboden opleiding", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByLabel("Eigen naam")).ToHaveValueAsync("Software developer");
        await ToegankelijkAsync();

        await Pagina.GetByLabel("Eigen naam").FillAsync("Software developer (met AI)");
        await Pagina.GetByLabel("Einddatum (niet verplicht)").FillAsync("2030-08-01");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();

        var verschillen = Pagina.GetByRole(AriaRole.Table).Filter(new() { HasText = "Wat er verandert bij opslaan" });
        await Assertions.Expect(verschillen).ToContainTextAsync("wordt gewijzigd");
        var naam = verschillen.GetByRole(AriaRole.Row).Filter(new() { HasText = "perioden[begindatum=2020-08-01].eigenNaamAangebodenOpleiding" });
        await Assertions.Expect(naam).ToContainTextAsync("gewijzigd");
        await Assertions.Expect(naam).ToContainTextAsync("Software developer");
        await Assertions.Expect(naam).ToContainTextAsync("Software developer (met AI)");
        await Assertions.Expect(verschillen.GetByRole(AriaRole.Row).Filter(new() { HasText = "einddatum" })).ToContainTextAsync("2030-08-01");
        await Assertions.Expect(verschillen.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await ToegankelijkAsync();

        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Assertions.Expect(Pagina.GetByText("De aangeboden opleiding is opgeslagen in RIO.")).ToBeVisibleAsync();
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Terug naar het RIO-aanbod" }).ClickAsync();
        var rij = Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "Software developer (met AI)" });
        await Assertions.Expect(rij).ToContainTextAsync("1 augustus 2030");
        await Assertions.Expect(rij).ToContainTextAsync("a0000000-0000-4000-8000-000000000005");
    }

    [Fact]
    public async Task The_leerroutes_page_shows_the_demo_route_on_the_mbo_side_with_what_the_partner_must_still_do()
    {
        await InloggenAlsAsync("J. Beheerder", start: "/portaal/aanbod");
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Leerroutes vmbo-mbo en hun status" }).ClickAsync();

        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Leerroutes vmbo-mbo", Level = 1 })).ToBeVisibleAsync();
        var alsMbo = Pagina.GetByRole(AriaRole.Table, new() { Name = "Leerroutes als mbo-instelling, per periode met hun status" });
        var gevestigd = alsMbo.GetByRole(AriaRole.Row).Filter(new() { HasText = "Zuidrand Vakcollege (110A004)" });
        await Assertions.Expect(gevestigd).ToContainTextAsync("doorlopende leerroute (DLR)");
        await Assertions.Expect(gevestigd).ToContainTextAsync("Gevestigd: door beide kanten geregistreerd");
        await Assertions.Expect(gevestigd).ToContainTextAsync("vanaf 1 augustus 2021");
        var wachtend = alsMbo.GetByRole(AriaRole.Row).Filter(new() { HasText = "Kanaalstreek Scholengemeenschap (110A008)" });
        await Assertions.Expect(wachtend).ToContainTextAsync("Alleen door u geregistreerd: wacht op Kanaalstreek Scholengemeenschap");
        await Assertions.Expect(wachtend).ToContainTextAsync("Kanaalstreek Scholengemeenschap (110A008) moet de leerroute nog registreren");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Als vo-school" })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Table, new() { Name = "Leerroutes als vo-school, per periode met hun status" })).ToHaveCountAsync(0);
        await ToegankelijkAsync();
        await SchermafdrukAsync("aanbod-leerroutes");
    }

    [Fact]
    public async Task The_vo_school_sees_the_same_route_from_its_side()
    {
        await InloggenAlsAsync("S. Bakker", "100B003", start: "/portaal/aanbod/leerroutes");

        var alsVo = Pagina.GetByRole(AriaRole.Table, new() { Name = "Leerroutes als vo-school, per periode met hun status" });
        var route = alsVo.GetByRole(AriaRole.Row).Filter(new() { HasText = "ROC Voorbeeld (110A001)" });
        await Assertions.Expect(route).ToContainTextAsync("Zuidrand Vakcollege (110A004)");
        await Assertions.Expect(route).ToContainTextAsync("Gevestigd: door beide kanten geregistreerd");
        await Assertions.Expect(route).ToContainTextAsync("Niets: de leerroute is gevestigd.");
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Table, new() { Name = "Leerroutes als mbo-instelling, per periode met hun status" })).ToHaveCountAsync(0);
        await ToegankelijkAsync();

        await route.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(Pagina.GetByLabel("Eigen naam")).ToHaveValueAsync("PIE kader - doorlopende leerroute elektrotechniek");
        await Assertions.Expect(Pagina.GetByLabel("VO-vakerkenning")).ToHaveValueAsync("ILT/0137/VO-VMBO-KB");
        await Assertions.Expect(Pagina.GetByLabel("Samenwerkende onderwijsaanbieder")).ToHaveValueAsync("110A001");
        await ToegankelijkAsync();
    }

    [Fact]
    public async Task A_dlr_registered_through_the_form_waits_for_the_vo_partner_on_the_leerroutes_page()
    {
        await InloggenAlsAsync("J. Beheerder", start: "/portaal/aanbod/opleiding?soort=mbo");
        await Pagina.GetByLabel("Opleiding (CREBO)").SelectOptionAsync("25604");
        await Pagina.GetByLabel("Eigen naam").FillAsync("Software developer - doorlopende leerroute");
        await Pagina.GetByLabel("Begindatum").FillAsync("2027-08-01");
        await Pagina.GetByLabel("Leerroute", new() { Exact = true }).SelectOptionAsync("DLR_VMBO_MBO");
        await Pagina.GetByLabel("Samenwerkende onderwijsaanbieder").FillAsync("110A005");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();

        var verschillen = Pagina.GetByRole(AriaRole.Table).Filter(new() { HasText = "Wat er verandert bij opslaan" });
        await Assertions.Expect(verschillen.GetByRole(AriaRole.Row).Filter(new() { HasText = "perioden[begindatum=2027-08-01].kenmerken[]" })).ToContainTextAsync("110A005");
        await Assertions.Expect(verschillen.GetByRole(AriaRole.Row, new() { Name = "doorlopendeLeerlijnVmboMbo toegevoegd (leeg) DLR_VMBO_MBO", Exact = true })).ToBeVisibleAsync();
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByText("De aangeboden opleiding is opgeslagen in RIO.")).ToBeVisibleAsync();

        await Pagina.GotoAsync("/portaal/aanbod/leerroutes");
        var route = Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "Lyceum Zuidrand (110A005)" });
        await Assertions.Expect(route).ToContainTextAsync("Alleen door u geregistreerd: wacht op Lyceum Zuidrand");
        await Assertions.Expect(route).ToContainTextAsync("vanaf 1 augustus 2027");
        await Assertions.Expect(route.GetByRole(AriaRole.Link, new() { Name = "Software developer - doorlopende leerroute" })).ToBeVisibleAsync();
        await ToegankelijkAsync();
    }

    [Fact]
    public async Task A_vo_school_registers_its_side_of_a_route_through_the_form_and_it_waits_for_the_mbo_partner()
    {
        await InloggenAlsAsync("S. Bakker", "100B003", start: "/portaal/aanbod");
        await Pagina.GetByRole(AriaRole.Link, new() { Name = "Nieuwe vo-opleiding" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Heading, new() { Name = "Nieuwe vo-opleiding", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByLabel("Leertraject")).ToHaveCountAsync(0);
        await Pagina.GetByLabel("Onderwijsaanbieder", new() { Exact = true }).SelectOptionAsync("110A005");
        await Pagina.GetByLabel("Onderwijslocatie").SelectOptionAsync("110X006");
        await Pagina.GetByLabel("VO-vakerkenning").SelectOptionAsync("ILT/0137/VO-VMBO-KB");
        await Pagina.GetByLabel("Eigen naam").FillAsync("PIE kader - leerroute Software developer");
        await Pagina.GetByLabel("Begindatum").FillAsync("2027-08-01");
        await Pagina.GetByLabel("Leerroute", new() { Exact = true }).SelectOptionAsync("DLR_VMBO_MBO");
        await Pagina.GetByLabel("Samenwerkende onderwijsaanbieder").FillAsync("110A001");
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByText("Goedgekeurd: RIO zou deze aanlevering accepteren.")).ToBeVisibleAsync();
        await Assertions.Expect(Pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "voVakerkenningSleutel.opleidingsniveau" })).ToContainTextAsync("VO-VMBO-KB");
        await ToegankelijkAsync();
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(Pagina.GetByText("De aangeboden opleiding is opgeslagen in RIO.")).ToBeVisibleAsync();

        await Pagina.GotoAsync("/portaal/aanbod");
        var rij = Pagina.GetByRole(AriaRole.Table, new() { Name = "Aangeboden opleidingen van Lyceum Zuidrand (110A005)" })
            .GetByRole(AriaRole.Row).Filter(new() { HasText = "PIE kader - leerroute Software developer" });
        await Assertions.Expect(rij).ToContainTextAsync("VO: ILT 0137 VO-VMBO-KB");
        await Assertions.Expect(rij).ToContainTextAsync("doorlopende leerroute (DLR) met 110A001");
        await Pagina.GotoAsync("/portaal/aanbod/leerroutes");
        var route = Pagina.GetByRole(AriaRole.Table, new() { Name = "Leerroutes als vo-school, per periode met hun status" })
            .GetByRole(AriaRole.Row).Filter(new() { HasText = "Lyceum Zuidrand (110A005)" });
        await Assertions.Expect(route).ToContainTextAsync("Alleen door u geregistreerd: wacht op ROC Voorbeeld");
        await Assertions.Expect(route).ToContainTextAsync("ROC Voorbeeld (110A001) moet de leerroute nog registreren");
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
