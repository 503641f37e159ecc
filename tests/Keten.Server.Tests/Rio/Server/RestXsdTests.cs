using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Keten.Application.Rio;
using Keten.Contract.Rio.Xml;
using Keten.Contract.Soap;
using Keten.Domain.Rio;
using Keten.Server.Soap;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Soap;
using Keten.Storage;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Server;

/// <summary>
/// REST refuses what DUO's XSD refuses at the SOAP door (ADR 0026): 400 KTN400 naming the JSON field, before any rule,
/// in a dry run too, and nothing is stored, so the SOAP reads keep answering. Found in exploratory testing: an offering
/// with <c>"perioden":[]</c> or a 5000-character eigenNaamAangebodenOpleiding, and a gebruik at postcode "x", huisnummer
/// -1, were stored, after which opvragen_aangebodenOpleiding(enVanOrganisatie), opvragen_onderwijslocatiegebruikVanOrganisatie
/// and opvragen_onderwijslocatie answered Server.DK0050.
/// </summary>
public abstract class RestXsdTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private const string Opleidingen = "/api/rio/aangeboden-opleidingen";
    private const string Gebruiken = "/api/rio/onderwijslocatiegebruiken";
    private static readonly XNamespace R = RioSoapServices.RaadplegenNamespace;

    private static AangebodenOpleiding ZonderPeriode() => NieuweMboOpleiding("110A001") with { Perioden = [] };

    private static AangebodenOpleiding MetLangeNaam()
    {
        var ao = NieuweMboOpleiding("110A001");
        return ao with { Perioden = [ao.Perioden[0] with { EigenNaamAangebodenOpleiding = new string('a', 5000) }] };
    }

    private static Onderwijslocatiegebruik OpOngeldigAdres() =>
        new(RocVoorbeeld, null, new DateOnly(2024, 8, 1), null, new AanduidingAdres("x", -1, null), null, null, [], []);

    [Theory]
    [InlineData("")]
    [InlineData("?dryRun=true")]
    public async Task An_offering_without_a_period_is_refused_naming_perioden_and_not_stored(string query)
    {
        var ao = ZonderPeriode();

        var (veld, _) = await GeweigerdAsync(await RestAsync(Opleidingen + query, ao, RocVoorbeeldOin));

        Assert.Equal("$.perioden", veld);
        await AssertNietOpgeslagenAsync(ao);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?dryRun=true")]
    public async Task An_offering_with_a_5000_character_eigen_naam_is_refused_naming_the_field_and_not_stored(string query)
    {
        var ao = MetLangeNaam();

        using var antwoord = await RestAsync(Opleidingen + query, ao, RocVoorbeeldOin);

        var (veld, detail) = await GeweigerdAsync(antwoord);
        Assert.Equal("$.perioden[0].eigenNaamAangebodenOpleiding", veld);
        Assert.Contains("MaxLength", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("aaaaa", detail, StringComparison.Ordinal);
        await AssertNietOpgeslagenAsync(ao);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?dryRun=true")]
    public async Task A_gebruik_at_postcode_x_huisnummer_minus_1_is_refused_naming_both_fields_and_not_stored(string query)
    {
        var voor = await GebruikenAsync();

        using var antwoord = await RestAsync(Gebruiken + query, OpOngeldigAdres(), RocVoorbeeldOin);

        var (veld, _) = await GeweigerdAsync(antwoord);
        Assert.Equal("$.aanduidingAdres.postcode", veld);
        var probleem = await antwoord.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["$.aanduidingAdres.postcode", "$.aanduidingAdres.huisnummer"],
            probleem.GetProperty("velden").EnumerateArray().Select(v => v.GetProperty("veld").GetString()));
        Assert.Equal(voor, await GebruikenAsync());
        var locaties = await SoapRaadplegenAsync("opvragen_onderwijslocatiegebruikVanOrganisatie", new XElement(R + "onderwijsbestuurCode", RocVoorbeeld));
        Assert.True(RaadplegenXmlReader.RequestGoedgekeurd(locaties));
    }

    /// <summary>The XSD comes before every rule, as on SOAP: another board's aanbieder would be AUT401 (403), an invalid body is 400 first.</summary>
    [Fact]
    public async Task The_xsd_check_comes_before_the_rules()
    {
        using var antwoord = await RestAsync(Opleidingen, ZonderPeriode(), ZuidrandOin);

        Assert.Equal("$.perioden", (await GeweigerdAsync(antwoord)).Veld);
    }

    /// <summary>The SOAP door answers the same offering, as a message, with Client.DK0004: the REST door refuses the same thing.</summary>
    [Fact]
    public async Task The_soap_door_refuses_the_same_offering_with_Client_DK0004()
    {
        var body = SoapEnvelopes.Verzoek(RioSoapServices.Beheren, "aanleveren_aangebodenOpleiding", "SCHOOL", BeherenXmlWriter.AanleverenAangebodenOpleiding(MetLangeNaam()));

        var antwoord = await SoapEnvelopes.PostAsync(Client, RioSoapServices.Beheren,
            SoapEnvelopes.Envelope(RioSoapServices.Beheren, "aanleveren_aangebodenOpleiding", body, fromOin: RocVoorbeeldOin, toOin: Oin.Duo));

        Assert.Equal("Client.DK0004", antwoord.FaultCode);
    }

    [Fact]
    public async Task Every_object_type_is_checked()
    {
        var aanbieders = await AantalAsync($"/api/rio/onderwijsbesturen/{RocVoorbeeld}/onderwijsaanbieders");
        var eenheden = await AantalAsync($"/api/rio/onderwijsbesturen/{RocVoorbeeld}/opleidingseenheden");
        var aanbieder = new Onderwijsaanbieder(null, RocVoorbeeld, new DateOnly(2024, 8, 1), null,
            [new OnderwijsaanbiederPeriode(new DateOnly(2024, 8, 1), new string('n', 81), null, [])], [new JuridischeRelatie("99MA", new DateOnly(2024, 8, 1), null)], []);
        var eenheid = new Opleidingseenheid(null, RocVoorbeeld, Opleidingseenheid.SoortParticuliereOpleiding, new DateOnly(2024, 1, 1), null, null, null, null, null, [], []);
        var relatie = new Opleidingsrelatie(RocVoorbeeld, new DateOnly(2024, 2, 1), null, "1000O0001", "x");

        Assert.Equal("$.perioden[0].naam", (await GeweigerdAsync(await RestAsync("/api/rio/onderwijsaanbieders", aanbieder, RocVoorbeeldOin))).Veld);
        Assert.Equal("$.perioden", (await GeweigerdAsync(await RestAsync("/api/rio/opleidingseenheden", eenheid, RocVoorbeeldOin))).Veld);
        Assert.Equal("$.opleidingseenheidcode2", (await GeweigerdAsync(await RestAsync("/api/rio/opleidingsrelaties", relatie, RocVoorbeeldOin))).Veld);

        Assert.Equal(aanbieders, await AantalAsync($"/api/rio/onderwijsbesturen/{RocVoorbeeld}/onderwijsaanbieders"));
        Assert.Equal(eenheden, await AantalAsync($"/api/rio/onderwijsbesturen/{RocVoorbeeld}/opleidingseenheden"));
    }

    [Fact]
    public async Task A_character_xml_cannot_hold_is_refused_naming_the_field()
    {
        var ao = NieuweMboOpleiding("110A001");
        ao = ao with { Perioden = [ao.Perioden[0] with { EigenNaamAangebodenOpleiding = "Verkoop\u0001" }] };

        var (veld, _) = await GeweigerdAsync(await RestAsync(Opleidingen, ao, RocVoorbeeldOin));

        Assert.Equal("$.perioden[0].eigenNaamAangebodenOpleiding", veld);
        await AssertNietOpgeslagenAsync(ao);
    }

    [Fact]
    public async Task A_normal_delivery_is_still_accepted_and_read_over_soap()
    {
        var ao = NieuweMboOpleiding("110A001");

        using var proef = await RestAsync(Opleidingen + "?dryRun=true", ao, RocVoorbeeldOin);
        using var echt = await RestAsync(Opleidingen, ao, RocVoorbeeldOin);
        using var gebruik = await RestAsync(Gebruiken, OpOngeldigAdres() with { AanduidingAdres = new AanduidingAdres("3511AB", 40, "A") }, RocVoorbeeldOin);

        Assert.Equal(HttpStatusCode.OK, proef.StatusCode);
        Assert.Equal(HttpStatusCode.OK, echt.StatusCode);
        Assert.Equal(HttpStatusCode.OK, gebruik.StatusCode);
        var gelezen = await SoapRaadplegenAsync("opvragen_aangebodenOpleiding", new XElement(R + "aangebodenOpleidingCode", ao.AangebodenOpleidingCode));
        Assert.Equal(Json(ao), Json(RaadplegenXmlReader.AangebodenOpleidingen(gelezen).Single().GetValueOrThrow()));
        var locatie = (await gebruik.Content.ReadFromJsonAsync<Terugkoppeling>(RioJson.Options))!.ToegekendeCode!;
        Assert.True(RaadplegenXmlReader.RequestGoedgekeurd(await SoapRaadplegenAsync("opvragen_onderwijslocatie", new XElement(R + "onderwijslocatieCode", locatie))));
    }

    /// <summary>400 KTN400 with a veld; returns it and the detail.</summary>
    private static async Task<(string Veld, string Detail)> GeweigerdAsync(HttpResponseMessage antwoord)
    {
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.BadRequest, $"{antwoord.StatusCode}: {tekst}");
        using var probleem = JsonDocument.Parse(tekst);
        Assert.Equal("KTN400", probleem.RootElement.GetProperty("code").GetString());
        return (probleem.RootElement.GetProperty("veld").GetString()!, probleem.RootElement.GetProperty("detail").GetString()!);
    }

    /// <summary>Not stored: REST finds nothing, and the SOAP reads of the offering and its aanbieder answer (no Server.DK0050).</summary>
    private async Task AssertNietOpgeslagenAsync(AangebodenOpleiding ao)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"{Opleidingen}/{ao.AangebodenOpleidingCode}")).StatusCode);
        var enkel = await SoapRaadplegenAsync("opvragen_aangebodenOpleiding", new XElement(R + "aangebodenOpleidingCode", ao.AangebodenOpleidingCode));
        Assert.Equal("KTN404", enkel.Element(R + "foutmelding")?.Element(R + "foutcode")?.Value);
        var lijst = await SoapRaadplegenAsync("opvragen_aangebodenOpleidingenVanOrganisatie",
            new XElement(R + "onderwijsaanbiedercode", ao.Onderwijsaanbiedercode), new XElement(R + "pagina", "0"));
        Assert.DoesNotContain(lijst.Descendants(R + "aangebodenOpleidingCode"), c => c.Value == ao.AangebodenOpleidingCode.ToString("D"));
    }

    private async Task<int> GebruikenAsync() => await AantalAsync($"/api/rio/onderwijsbesturen/{RocVoorbeeld}/onderwijslocatiegebruiken");

    private async Task<int> AantalAsync(string pad) => (await Client.GetFromJsonAsync<JsonElement>(pad)).GetProperty("aantalResultaten").GetInt32();

    private Task<XElement> SoapRaadplegenAsync(string operatie, params object[] inhoud) =>
        PostAsync(RioSoapServices.Raadplegen, operatie, SoapEnvelopes.Verzoek(RioSoapServices.Raadplegen, operatie, "SCHOOL", inhoud), RocVoorbeeldOin);
}

public sealed class RestXsdTestsOnSqlite() : RestXsdTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class RestXsdTestsOnPostgres(PostgresServer postgres) : RestXsdTests(StoreKind.Postgres, postgres);
