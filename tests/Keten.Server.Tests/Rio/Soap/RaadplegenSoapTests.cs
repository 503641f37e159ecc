using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Keten.Contract.Soap;
using Keten.Domain.Rio;
using Keten.Application.Rio;
using Keten.Contract.Rio.Xml;
using Keten.Server.Soap;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Referentie;
using Keten.Server.Tests.Server;
using Keten.Server.Tests.Soap;

namespace Keten.Server.Tests.Rio.Soap;

/// <summary>
/// The Raadplegen V4 operations on the real server with the demo RIO content: every answer is no fault, is valid
/// against DUO's XSD and holds what rio-demo.json registered.
/// </summary>
public abstract class RaadplegenSoapTests(StoreKind kind, PostgresServer? postgres)
{
    private const string Service = SoapEnvelopes.Raadplegen;
    private static readonly XNamespace Ns = SoapEnvelopes.RaadplegenNs;

    /// <summary>Stichting ROC Voorbeeld (100B001) in the demo reference data.</summary>
    private const string BestuurOin = "00000001123456789000";

    private static readonly Guid MboOpleiding = Guid.Parse("a0000000-0000-4000-8000-000000000001");
    private static readonly Guid VoOpleiding = Guid.Parse("b0000000-0000-4000-8000-000000000001");

    [Fact]
    public async Task Opvragen_aangebodenOpleiding_returns_the_demo_state()
    {
        await using var omgeving = await Omgeving.StartAsync(kind, postgres);

        foreach (var code in new[] { MboOpleiding, VoOpleiding })
        {
            var body = await omgeving.VraagAsync("opvragen_aangebodenOpleiding", new XElement(Ns + "aangebodenOpleidingCode", code.ToString()));

            Assert.True(RaadplegenXmlReader.RequestGoedgekeurd(body));
            var gelezen = RaadplegenXmlReader.AangebodenOpleidingen(body).Single().GetValueOrThrow();
            Assert.Equal(Json(Demo<AangebodenOpleiding>("aangebodenOpleidingen", "aangebodenOpleidingCode", code.ToString())), Json(gelezen));
        }
    }

    [Fact]
    public async Task Opvragen_aangebodenOpleiding_of_an_unknown_code_is_refused_with_a_foutmelding()
    {
        await using var omgeving = await Omgeving.StartAsync(kind, postgres);
        var onbekend = Guid.NewGuid().ToString();

        var body = await omgeving.VraagAsync("opvragen_aangebodenOpleiding", new XElement(Ns + "aangebodenOpleidingCode", onbekend));

        Assert.False(RaadplegenXmlReader.RequestGoedgekeurd(body));
        var fout = body.Element(Ns + "foutmelding")!;
        Assert.Equal("KTN404", fout.Element(Ns + "foutcode")!.Value);
        Assert.Equal(Guid.Parse(onbekend).ToString("N")[..25], fout.Element(Ns + "sleutelgegeven")!.Element(Ns + "sleutelwaarde")!.Value);
    }

    [Fact]
    public async Task Opvragen_aangebodenOpleidingenVanOrganisatie_returns_the_aanbieders_offerings_on_one_page()
    {
        await using var omgeving = await Omgeving.StartAsync(kind, postgres);

        var body = await omgeving.VraagAsync("opvragen_aangebodenOpleidingenVanOrganisatie",
            new XElement(Ns + "onderwijsaanbiedercode", "110A001"),
            new XElement(Ns + "pagina", "0"));

        Assert.True(RaadplegenXmlReader.RequestGoedgekeurd(body));
        var verwacht = DemoRecords<AangebodenOpleiding>("aangebodenOpleidingen").Where(a => a.Onderwijsaanbiedercode == "110A001").ToList();
        var gelezen = RaadplegenXmlReader.AangebodenOpleidingen(body).Select(r => r.GetValueOrThrow()).ToList();
        Assert.Equal(
            verwacht.Select(Json).Order(StringComparer.Ordinal),
            gelezen.Select(Json).Order(StringComparer.Ordinal));
        Assert.Equal(new Paginering(0, 1, verwacht.Count), RaadplegenXmlReader.Paginering(body));
    }

    [Fact]
    public async Task Opvragen_aangebodenOpleidingenVanOrganisatie_by_erkendeVestigingCode_is_not_supported()
    {
        await using var omgeving = await Omgeving.StartAsync(kind, postgres);

        var body = await omgeving.VraagAsync("opvragen_aangebodenOpleidingenVanOrganisatie",
            new XElement(Ns + "erkendeVestigingCode", "99MA00"),
            new XElement(Ns + "pagina", "0"));

        Assert.False(RaadplegenXmlReader.RequestGoedgekeurd(body));
        Assert.Equal("KTN405", body.Element(Ns + "foutmelding")!.Element(Ns + "foutcode")!.Value);
    }

    [Fact]
    public async Task Opvragen_onderwijsaanbieder_returns_the_demo_state_with_its_board()
    {
        await using var omgeving = await Omgeving.StartAsync(kind, postgres);

        var body = await omgeving.VraagAsync("opvragen_onderwijsaanbieder", new XElement(Ns + "onderwijsaanbiedercode", "110A001"));

        Assert.True(RaadplegenXmlReader.RequestGoedgekeurd(body));
        var element = body.Element(Ns + "onderwijsaanbieder")!;
        Assert.Equal(Json(Demo<Onderwijsaanbieder>("onderwijsaanbieders", "onderwijsaanbiedercode", "110A001")),
            Json(RaadplegenXmlReader.Onderwijsaanbieder(element).GetValueOrThrow()));
        var bestuur = Assert.Single(RaadplegenXmlReader.BijbehorendeOnderwijsbesturen(element));
        Assert.Equal("100B001", bestuur.Onderwijsbestuurcode);
        Assert.Equal("Stichting ROC Voorbeeld", Assert.Single(bestuur.Perioden).Naam);
        Assert.Equal("OCW", RaadplegenXmlReader.Erkenners(element)["99MA"]);
    }

    [Fact]
    public async Task Opvragen_onderwijsaanbiedersVanOrganisatie_returns_the_board_with_its_aanbieders()
    {
        await using var omgeving = await Omgeving.StartAsync(kind, postgres);

        var body = await omgeving.VraagAsync("opvragen_onderwijsaanbiedersVanOrganisatie", new XElement(Ns + "onderwijsbestuurCode", "100B002"));

        Assert.True(RaadplegenXmlReader.RequestGoedgekeurd(body));
        var bestuur = body.Element(Ns + "onderwijsbestuur")!;
        Assert.Equal("100B002", bestuur.Element(Ns + "onderwijsbestuurcode")!.Value);
        var verwacht = DemoRecords<Onderwijsaanbieder>("onderwijsaanbieders").Where(a => a.Onderwijsbestuurcode == "100B002").Select(Json);
        var gelezen = bestuur.Elements(Ns + "onderwijsaanbieder").Select(e => Json(RaadplegenXmlReader.Onderwijsaanbieder(e).GetValueOrThrow()));
        Assert.Equal(verwacht.Order(StringComparer.Ordinal), gelezen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Opvragen_onderwijslocatiegebruik_and_onderwijslocatie_return_the_demo_location()
    {
        await using var omgeving = await Omgeving.StartAsync(kind, postgres);
        var demo = Demo<Onderwijslocatiegebruik>("onderwijslocatiegebruiken", "onderwijslocatiecode", "110X001");

        var body = await omgeving.VraagAsync("opvragen_onderwijslocatiegebruik",
            new XElement(Ns + "onderwijsbestuurCode", "100B001"),
            new XElement(Ns + "onderwijslocatieCode", "110X001"));

        Assert.True(RaadplegenXmlReader.RequestGoedgekeurd(body));
        AssertZelfdeGebruik(demo, RaadplegenXmlReader.Onderwijslocatiegebruik(body.Element(Ns + "onderwijslocatiegebruik")!).GetValueOrThrow());

        var locatie = await omgeving.VraagAsync("opvragen_onderwijslocatie", new XElement(Ns + "onderwijslocatieCode", "110X001"));
        Assert.True(RaadplegenXmlReader.RequestGoedgekeurd(locatie));
        var gelezen = RaadplegenXmlReader.Onderwijslocatie(locatie.Element(Ns + "onderwijslocatie")!);
        Assert.Equal("110X001", gelezen.Onderwijslocatiecode);
        Assert.Equal(demo.AanduidingAdres!.Postcode, gelezen.AanduidingAdres!.Postcode);
        Assert.Equal(demo.AanduidingAdres.Huisnummer, gelezen.AanduidingAdres.Huisnummer);
    }

    [Fact]
    public async Task Opvragen_onderwijslocatiegebruikVanOrganisatie_returns_every_gebruik_of_the_board()
    {
        await using var omgeving = await Omgeving.StartAsync(kind, postgres);

        var body = await omgeving.VraagAsync("opvragen_onderwijslocatiegebruikVanOrganisatie", new XElement(Ns + "onderwijsbestuurCode", "100B001"));

        Assert.True(RaadplegenXmlReader.RequestGoedgekeurd(body));
        var verwacht = DemoRecords<Onderwijslocatiegebruik>("onderwijslocatiegebruiken").Where(g => g.Onderwijsbestuurcode == "100B001")
            .OrderBy(g => g.Onderwijslocatiecode, StringComparer.Ordinal).ToList();
        var gelezen = body.Elements(Ns + "onderwijslocatiegebruik").Select(e => RaadplegenXmlReader.Onderwijslocatiegebruik(e).GetValueOrThrow())
            .OrderBy(g => g.Gebruik.Onderwijslocatiecode, StringComparer.Ordinal).ToList();
        Assert.Equal(verwacht.Count, gelezen.Count);
        Assert.NotEmpty(gelezen);
        for (var i = 0; i < verwacht.Count; i++)
        {
            AssertZelfdeGebruik(verwacht[i], gelezen[i]);
        }
    }

    [Fact]
    public async Task Unknown_keys_are_refused_with_DUOs_foutcodes()
    {
        await using var omgeving = await Omgeving.StartAsync(kind, postgres);

        Assert.Equal("A01060", Foutcode(await omgeving.VraagAsync("opvragen_onderwijslocatie", new XElement(Ns + "onderwijslocatieCode", "999X999"))));
        Assert.Equal("A01130", Foutcode(await omgeving.VraagAsync("opvragen_onderwijslocatiegebruik",
            new XElement(Ns + "onderwijsbestuurCode", "100B002"), new XElement(Ns + "onderwijslocatieCode", "110X001"))));
        Assert.Equal("A01070", Foutcode(await omgeving.VraagAsync("opvragen_opleidingsrelatiesBijOpleidingseenheid", new XElement(Ns + "opleidingseenheidcode", "1000O0001"))));
        Assert.Equal("A01110", Foutcode(await omgeving.VraagAsync("opvragen_onderwijsaanbiedersVanOrganisatie", new XElement(Ns + "onderwijsbestuurCode", "999B999"))));
        Assert.Equal("KTN404", Foutcode(await omgeving.VraagAsync("opvragen_onderwijsaanbieder", new XElement(Ns + "onderwijsaanbiedercode", "999A999"))));
    }

    [Fact]
    public async Task Opvragen_opleidingseenhedenVanOrganisatie_of_a_board_without_particuliere_opleidingen_is_empty()
    {
        await using var omgeving = await Omgeving.StartAsync(kind, postgres);

        var body = await omgeving.VraagAsync("opvragen_opleidingseenhedenVanOrganisatie",
            new XElement(Ns + "onderwijsbestuurcode", "100B001"), new XElement(Ns + "pagina", "0"));

        Assert.True(RaadplegenXmlReader.RequestGoedgekeurd(body));
        Assert.Empty(body.Elements(Ns + "particuliereOpleiding"));
        Assert.Equal(new Paginering(0, 0, 0), RaadplegenXmlReader.Paginering(body));
    }

    [Fact]
    public async Task Change_feeds_show_the_demo_as_added_and_later_only_what_changed()
    {
        await using var omgeving = await Omgeving.StartAsync(kind, postgres);

        // The demo was seeded at the clock's start (2024-09-02 08:00 UTC); the day before everything is new.
        var alles = await omgeving.VraagAsync("opvragen_gewijzigdeAangebodenOpleidingen",
            new XElement(Ns + "peildatumtijdMutaties", "2024-09-01T00:00:00"),
            new XElement(Ns + "onderwijsaanbiederCode", "110A001"),
            new XElement(Ns + "pagina", "0"));
        var verwacht = DemoRecords<AangebodenOpleiding>("aangebodenOpleidingen").Where(a => a.Onderwijsaanbiedercode == "110A001")
            .Select(a => a.AangebodenOpleidingCode).Order().ToList();
        var eerst = RaadplegenXmlReader.GewijzigdeAangebodenOpleidingen(alles);
        Assert.Equal(verwacht, eerst.Select(g => g.AangebodenOpleidingCode).Order());
        Assert.All(eerst, g => Assert.Equal(SoortWijziging.Toegevoegd, g.SoortWijziging));

        var aanbieders = RaadplegenXmlReader.GewijzigdeOnderwijsaanbieders(await omgeving.VraagAsync("opvragen_gewijzigdeOnderwijsaanbieders",
            new XElement(Ns + "peildatumtijdMutaties", "2024-09-01T00:00:00Z"), new XElement(Ns + "pagina", "0"),
            new XElement(Ns + "onderwijsbestuurcode", "100B002")));
        Assert.Equal(["110A002", "110A003"], aanbieders.Select(a => a.Onderwijsaanbiedercode).Order(StringComparer.Ordinal));
        Assert.All(aanbieders, a => Assert.Equal(SoortWijziging.Toegevoegd, a.SoortWijziging));

        var gebruik = RaadplegenXmlReader.GewijzigdOnderwijslocatiegebruik(await omgeving.VraagAsync("opvragen_gewijzigdOnderwijslocatiegebruik",
            new XElement(Ns + "peildatumtijdMutaties", "2024-09-01T00:00:00"), new XElement(Ns + "pagina", "0")));
        Assert.Equal(
            DemoRecords<Onderwijslocatiegebruik>("onderwijslocatiegebruiken").Where(g => g.Onderwijsbestuurcode == "100B001")
                .Select(g => g.Onderwijslocatiecode!).Order(StringComparer.Ordinal),
            gebruik.Select(g => g.Onderwijslocatiecode).Order(StringComparer.Ordinal));

        // An hour later the board renames one offering through REST.
        omgeving.Server.Clock.Advance(TimeSpan.FromHours(1));
        var demo = Demo<AangebodenOpleiding>("aangebodenOpleidingen", "aangebodenOpleidingCode", MboOpleiding.ToString());
        var gewijzigd = demo with
        {
            Perioden = [demo.Perioden[0] with { EigenNaamAangebodenOpleiding = "Eerste monteur elektrotechniek (nieuwe naam)" }],
        };
        await omgeving.LeverAanAsync("/api/rio/aangeboden-opleidingen", gewijzigd);

        // 10:30 Dutch summer time = 08:30 UTC: after the seeding, before the change.
        var later = await omgeving.VraagAsync("opvragen_gewijzigdeAangebodenOpleidingen",
            new XElement(Ns + "peildatumtijdMutaties", "2024-09-02T10:30:00"),
            new XElement(Ns + "onderwijsaanbiederCode", "110A001"),
            new XElement(Ns + "pagina", "0"));
        var entry = Assert.Single(RaadplegenXmlReader.GewijzigdeAangebodenOpleidingen(later));
        Assert.Equal(new GewijzigdeAangebodenOpleiding(MboOpleiding, SoortWijziging.Gewijzigd), entry);
        Assert.Equal(new Paginering(0, 1, 1), RaadplegenXmlReader.Paginering(later));

        var opgevraagd = await omgeving.VraagAsync("opvragen_aangebodenOpleiding", new XElement(Ns + "aangebodenOpleidingCode", MboOpleiding.ToString()));
        Assert.Equal(Json(gewijzigd), Json(RaadplegenXmlReader.AangebodenOpleidingen(opgevraagd).Single().GetValueOrThrow()));
    }

    [Fact]
    public async Task Particuliere_opleidingen_and_their_relations_delivered_through_REST_can_be_asked_for()
    {
        await using var omgeving = await Omgeving.StartAsync(kind, postgres);
        var basis = new Opleidingseenheid(
            null, "100B001", Opleidingseenheid.SoortParticuliereOpleiding, new DateOnly(2024, 1, 1), null, null, null, null, null,
            [new OpleidingseenheidPeriode(new DateOnly(2024, 1, 1), "Cursus zonnepanelen", null, null, null, null, null, [])],
            [new Kenmerk("eigenOpleidingseenheidSleutel", KenmerkType.Tekst, "ZP-1")]);
        var eerste = basis with { Opleidingseenheidcode = await omgeving.LeverAanAsync("/api/rio/opleidingseenheden", basis) };
        var tweede = basis with
        {
            Perioden = [basis.Perioden[0] with { NaamLang = "Cursus warmtepompen" }],
            Kenmerken = [new Kenmerk("eigenOpleidingseenheidSleutel", KenmerkType.Tekst, "WP-1")],
        };
        tweede = tweede with { Opleidingseenheidcode = await omgeving.LeverAanAsync("/api/rio/opleidingseenheden", tweede) };
        await omgeving.LeverAanAsync("/api/rio/opleidingsrelaties",
            new Opleidingsrelatie("100B001", new DateOnly(2024, 2, 1), null, eerste.Opleidingseenheidcode!, tweede.Opleidingseenheidcode!));

        var lijst = await omgeving.VraagAsync("opvragen_opleidingseenhedenVanOrganisatie",
            new XElement(Ns + "onderwijsbestuurcode", "100B001"), new XElement(Ns + "pagina", "0"));
        Assert.True(RaadplegenXmlReader.RequestGoedgekeurd(lijst));
        Assert.Equal(
            new[] { eerste, tweede }.Select(Json).Order(StringComparer.Ordinal),
            lijst.Elements(Ns + "particuliereOpleiding").Select(e => Json(RaadplegenXmlReader.Opleidingseenheid(e).GetValueOrThrow())).Order(StringComparer.Ordinal));
        Assert.Equal(new Paginering(0, 1, 2), RaadplegenXmlReader.Paginering(lijst));

        var samenhang = await omgeving.VraagAsync("opvragen_opleidingsrelatiesBijOpleidingseenheid",
            new XElement(Ns + "opleidingseenheidcode", eerste.Opleidingseenheidcode));
        Assert.True(RaadplegenXmlReader.RequestGoedgekeurd(samenhang));
        var element = samenhang.Element(Ns + "samenhangOpleidingseenheid")!;
        Assert.Equal("ZP-1", element.Element(Ns + "eigenOpleidingseenheidSleutel")!.Value);
        var relatie = Assert.Single(RaadplegenXmlReader.Opleidingsrelaties(element, "100B001"));
        Assert.Equal(new DateOnly(2024, 2, 1), relatie.Begindatum);
        Assert.Equal(
            new[] { eerste.Opleidingseenheidcode, tweede.Opleidingseenheidcode }.Order(StringComparer.Ordinal),
            new[] { relatie.Opleidingseenheidcode1, relatie.Opleidingseenheidcode2 }.Order(StringComparer.Ordinal));
        Assert.Equal("WP-1", element.Element(Ns + "gerelateerdeOpleidingseenheid")!.Element(Ns + "eigenOpleidingseenheidSleutel")!.Value);
    }

    [Fact]
    public async Task Opvragen_instellingsstructuur_returns_the_bevoegd_gezag_with_its_brin_instellingen()
    {
        await using var omgeving = await Omgeving.StartAsync(kind, postgres);

        var body = await omgeving.VraagAsync("opvragen_instellingsstructuur", new XElement(Ns + "bevoegdGezagNummer", "90002"));
        var onbekend = await omgeving.VraagAsync("opvragen_instellingsstructuur", new XElement(Ns + "bevoegdGezagNummer", "12345"));

        Assert.True(RaadplegenXmlReader.RequestGoedgekeurd(body));
        var bevoegdGezag = body.Element(Ns + "bevoegdGezag")!;
        Assert.Equal("Stichting Rivierenland College", bevoegdGezag.Element(Ns + "bevoegdGezagPeriode")!.Element(Ns + "naamLang")!.Value);
        Assert.Equal(["99MB", "99MC"], bevoegdGezag.Elements(Ns + "erkendeOnderwijsinstelling").Select(e => e.Element(Ns + "code")!.Value));
        Assert.Equal("KTN404", Foutcode(onbekend));
    }

    private static void AssertZelfdeGebruik(Onderwijslocatiegebruik demo, OnderwijslocatiegebruikMetLocatie gelezen)
    {
        Assert.Equal(demo.Onderwijsbestuurcode, gelezen.Gebruik.Onderwijsbestuurcode);
        Assert.Equal(demo.Onderwijslocatiecode, gelezen.Gebruik.Onderwijslocatiecode);
        Assert.Equal(demo.InBedrijfdatum, gelezen.Gebruik.InBedrijfdatum);
        Assert.Equal(demo.UitBedrijfdatum, gelezen.Gebruik.UitBedrijfdatum);
        Assert.Equal(Json(demo.JuridischeRelaties), Json(gelezen.Gebruik.JuridischeRelaties));
        Assert.Equal(Json(demo.Kenmerken), Json(gelezen.Gebruik.Kenmerken));
        Assert.Equal(demo.AanduidingAdres?.Postcode, gelezen.Onderwijslocatie.AanduidingAdres?.Postcode);
        Assert.Equal(demo.AanduidingAdres?.Huisnummer, gelezen.Onderwijslocatie.AanduidingAdres?.Huisnummer);
    }

    private static string Foutcode(XElement body)
    {
        Assert.False(RaadplegenXmlReader.RequestGoedgekeurd(body));
        return body.Element(Ns + "foutmelding")!.Element(Ns + "foutcode")!.Value;
    }

    private static string Json<T>(T waarde) => RioJson.Serialize(waarde);

    private static IEnumerable<T> DemoRecords<T>(string lijst)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(DemoDataBestanden.Pad("rio-demo.json")));
        return [.. document.RootElement.GetProperty(lijst).EnumerateArray().Select(e => RioJson.Deserialize<T>(e.GetRawText()))];
    }

    private static T Demo<T>(string lijst, string sleutel, string waarde)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(DemoDataBestanden.Pad("rio-demo.json")));
        var element = document.RootElement.GetProperty(lijst).EnumerateArray()
            .Single(e => string.Equals(e.GetProperty(sleutel).GetString(), waarde, StringComparison.OrdinalIgnoreCase));
        return RioJson.Deserialize<T>(element.GetRawText());
    }

    /// <summary>A fresh SQLite database with the demo seeded, the server on it and a client.</summary>
    [Fact]
    public async Task Change_feed_reports_an_object_created_after_the_moment_and_changed_since_as_toegevoegd()
    {
        await using var omgeving = await Omgeving.StartAsync(kind, postgres);
        omgeving.Server.Clock.Advance(TimeSpan.FromHours(1));
        var demo = Demo<AangebodenOpleiding>("aangebodenOpleidingen", "aangebodenOpleidingCode", MboOpleiding.ToString());
        await omgeving.LeverAanAsync("/api/rio/aangeboden-opleidingen", demo with { Einddatum = new DateOnly(2031, 8, 1) });

        // The moment is before the seeding: the offering did not exist then, so it is new, however often it changed since.
        var antwoord = await omgeving.VraagAsync("opvragen_gewijzigdeAangebodenOpleidingen",
            new XElement(Ns + "peildatumtijdMutaties", "2024-09-01T00:00:00Z"),
            new XElement(Ns + "onderwijsaanbiederCode", "110A001"),
            new XElement(Ns + "pagina", "0"));

        var entry = RaadplegenXmlReader.GewijzigdeAangebodenOpleidingen(antwoord).Single(g => g.AangebodenOpleidingCode == MboOpleiding);
        Assert.Equal(SoortWijziging.Toegevoegd, entry.SoortWijziging);
    }

    [Fact]
    public async Task Change_feed_reports_a_deletion_by_its_code_as_verwijderd_whether_or_not_it_existed_at_the_moment()
    {
        await using var omgeving = await Omgeving.StartAsync(kind, postgres);
        omgeving.Server.Clock.Advance(TimeSpan.FromHours(1));
        await omgeving.VerwijderAsync($"/api/rio/aangeboden-opleidingen/{MboOpleiding}");

        foreach (var moment in new[] { "2024-09-01T00:00:00Z", "2024-09-02T08:30:00Z" })
        {
            var antwoord = await omgeving.VraagAsync("opvragen_gewijzigdeAangebodenOpleidingen",
                new XElement(Ns + "peildatumtijdMutaties", moment),
                new XElement(Ns + "onderwijsaanbiederCode", "110A001"),
                new XElement(Ns + "pagina", "0"));

            var entry = RaadplegenXmlReader.GewijzigdeAangebodenOpleidingen(antwoord).Single(g => g.AangebodenOpleidingCode == MboOpleiding);
            Assert.Equal(SoortWijziging.Verwijderd, entry.SoortWijziging);
        }
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1000000")]
    [InlineData("99999999999")]
    public async Task Pagina_out_of_range_is_refused_with_DK0004_naming_the_element(string pagina)
    {
        await using var omgeving = await Omgeving.StartAsync(kind, postgres);

        var antwoord = await omgeving.PostAsync("opvragen_gewijzigdeAangebodenOpleidingen",
            new XElement(Ns + "peildatumtijdMutaties", "2024-09-01T00:00:00Z"),
            new XElement(Ns + "onderwijsaanbiederCode", "110A001"),
            new XElement(Ns + "pagina", pagina));

        Assert.True(antwoord.IsFault);
        Assert.Equal("Client.DK0004", antwoord.FaultCode);
        Assert.Contains("pagina", antwoord.FaultString, StringComparison.Ordinal);
    }

    private sealed class Omgeving : IAsyncDisposable
    {
        private readonly TestDatabase _database;

        private Omgeving(TestDatabase database)
        {
            _database = database;
            Server = new KetenTestServer(database.ConnectionString, demo: true);
            Client = Server.CreateClient();
        }

        public KetenTestServer Server { get; }

        public HttpClient Client { get; }

        public static async Task<Omgeving> StartAsync(StoreKind kind, PostgresServer? postgres) => new(await KetenConnectionStrings.CreateAsync(kind, postgres));

        /// <summary>Sends the request as the demo board, unchecked; the answer may be a fault.</summary>
        public Task<SoapAntwoord> PostAsync(string operatie, params object[] inhoud) =>
            SoapEnvelopes.PostAsync(Client, Service, SoapEnvelopes.Envelope(
                Service, operatie, SoapEnvelopes.Verzoek(Service, operatie, BestuurOin, inhoud), fromOin: BestuurOin, toOin: Oin.Duo));

        /// <summary>Sends the request as the demo board and returns the *_response element, checked against the XSD.</summary>
        public async Task<XElement> VraagAsync(string operatie, params object[] inhoud)
        {
            var verzoek = SoapEnvelopes.Verzoek(Service, operatie, BestuurOin, inhoud);
            ContractValidatie.AssertValid(verzoek);
            var antwoord = await SoapEnvelopes.PostAsync(
                Client, Service, SoapEnvelopes.Envelope(Service, operatie, verzoek, fromOin: BestuurOin, toOin: Oin.Duo));
            Assert.False(antwoord.IsFault, $"{operatie}: {antwoord.FaultCode} {antwoord.FaultString}");
            Assert.Equal(Ns + (operatie + "_response"), antwoord.Body.Name);
            ContractValidatie.AssertValid(antwoord.Body);
            return antwoord.Body;
        }

        /// <summary>Delivers a record through REST as the demo board; returns the code Keten assigned, if any.</summary>
        public async Task<string?> LeverAanAsync<T>(string pad, T record)
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Post, pad);
            verzoek.Headers.Add("Keten-Ontwikkel-OIN", BestuurOin);
            verzoek.Content = new StringContent(RioJson.Serialize(record), Encoding.UTF8, "application/json");
            using var antwoord = await Client.SendAsync(verzoek);
            var tekst = await antwoord.Content.ReadAsStringAsync();
            Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
            using var json = JsonDocument.Parse(tekst);
            return json.RootElement.TryGetProperty("toegekendeCode", out var code) ? code.GetString() : null;
        }

        /// <summary>Deletes through REST as the demo board.</summary>
        public async Task VerwijderAsync(string pad)
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Delete, pad);
            verzoek.Headers.Add("Keten-Ontwikkel-OIN", BestuurOin);
            using var antwoord = await Client.SendAsync(verzoek);
            Assert.True(antwoord.StatusCode == HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Server.DisposeAsync();
            await _database.DisposeAsync();
        }
    }
}

public sealed class RaadplegenSoapTestsOnSqlite() : RaadplegenSoapTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class RaadplegenSoapTestsOnPostgres(PostgresServer postgres) : RaadplegenSoapTests(StoreKind.Postgres, postgres);
