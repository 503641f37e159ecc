using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Keten.Contract.Soap;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Leerroutes;
using Keten.Application.Rio;
using Keten.Contract.Rio.Xml;
using Keten.Server.Soap;
using Keten.Server.Tests.Infrastructure;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Server;

/// <summary>
/// For each RIO object type: what is delivered comes back unchanged, SOAP in and SOAP out (Beheren, then
/// Raadplegen), and REST in and REST out.
/// </summary>
public abstract class RioRondreisTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private static readonly XNamespace R = RioSoapServices.RaadplegenNamespace;

    [Fact]
    public async Task Mbo_offering_with_leerroute_cohorts_and_kenmerken_round_trips_over_soap()
    {
        var ao = RijkeMboOpleiding();

        await SoapBeherenAsync("aanleveren_aangebodenOpleiding", RocVoorbeeldOin, BeherenXmlWriter.AanleverenAangebodenOpleiding(ao));
        var antwoord = await SoapRaadplegenAsync("opvragen_aangebodenOpleiding", new XElement(R + "aangebodenOpleidingCode", ao.AangebodenOpleidingCode));

        Assert.Equal(Json(ao), Json(RaadplegenXmlReader.AangebodenOpleidingen(antwoord).Single().GetValueOrThrow()));
    }

    [Fact]
    public async Task Vo_offering_round_trips_over_soap_and_over_rest()
    {
        var soap = VoOpleiding();
        var rest = VoOpleiding();

        await SoapBeherenAsync("aanleveren_aangebodenOpleiding", ZuidrandOin, BeherenXmlWriter.AanleverenAangebodenOpleiding(soap));
        Assert.Equal(HttpStatusCode.OK, (await RestAsync("/api/rio/aangeboden-opleidingen", rest, ZuidrandOin)).StatusCode);

        var antwoord = await SoapRaadplegenAsync("opvragen_aangebodenOpleiding", new XElement(R + "aangebodenOpleidingCode", soap.AangebodenOpleidingCode));
        Assert.Equal(Json(soap), Json(RaadplegenXmlReader.AangebodenOpleidingen(antwoord).Single().GetValueOrThrow()));
        Assert.Equal(Json(rest), Json(await Client.GetFromJsonAsync<AangebodenOpleiding>($"/api/rio/aangeboden-opleidingen/{rest.AangebodenOpleidingCode}", RioJson.Options)));
    }

    [Fact]
    public async Task Mbo_offering_round_trips_over_rest()
    {
        var ao = RijkeMboOpleiding();

        Assert.Equal(HttpStatusCode.OK, (await RestAsync("/api/rio/aangeboden-opleidingen", ao, RocVoorbeeldOin)).StatusCode);

        Assert.Equal(Json(ao), Json(await Client.GetFromJsonAsync<AangebodenOpleiding>($"/api/rio/aangeboden-opleidingen/{ao.AangebodenOpleidingCode}", RioJson.Options)));
    }

    [Fact]
    public async Task Onderwijsaanbieder_round_trips_over_soap_and_over_rest()
    {
        var viaSoap = NieuweAanbieder("ROC Voorbeeld Zorg");
        var code = (await SoapBeherenAsync("aanleveren_onderwijsaanbieder", RocVoorbeeldOin, BeherenXmlWriter.AanleverenOnderwijsaanbieder(viaSoap)))
            .Element(Ns + "onderwijsaanbiedercode")!.Value;
        var antwoord = await SoapRaadplegenAsync("opvragen_onderwijsaanbieder", new XElement(R + "onderwijsaanbiedercode", code));
        Assert.Equal(Json(viaSoap with { Onderwijsaanbiedercode = code }),
            Json(RaadplegenXmlReader.Onderwijsaanbieder(antwoord.Element(R + "onderwijsaanbieder")!).GetValueOrThrow()));

        var viaRest = NieuweAanbieder("ROC Voorbeeld Techniek");
        var response = await RestAsync("/api/rio/onderwijsaanbieders", viaRest, RocVoorbeeldOin);
        var restCode = (await response.Content.ReadFromJsonAsync<Terugkoppeling>(RioJson.Options))!.ToegekendeCode;
        Assert.Equal(Json(viaRest with { Onderwijsaanbiedercode = restCode }),
            Json(await Client.GetFromJsonAsync<Onderwijsaanbieder>($"/api/rio/onderwijsaanbieders/{restCode}", RioJson.Options)));
    }

    [Fact]
    public async Task Changing_an_existing_onderwijsaanbieder_replaces_its_state()
    {
        var bestaand = await Client.GetFromJsonAsync<Onderwijsaanbieder>("/api/rio/onderwijsaanbieders/110A001", RioJson.Options);
        var hernoemd = bestaand! with { Perioden = [.. bestaand.Perioden, new OnderwijsaanbiederPeriode(new DateOnly(2025, 1, 1), "ROC Voorbeeld Nieuw", null, [])] };

        var antwoord = await SoapBeherenAsync("aanleveren_onderwijsaanbieder", RocVoorbeeldOin, BeherenXmlWriter.AanleverenOnderwijsaanbieder(hernoemd));

        Assert.Equal("true", antwoord.Element(Ns + "requestGoedgekeurd")?.Value);
        Assert.Equal(Json(hernoemd), Json(await Client.GetFromJsonAsync<Onderwijsaanbieder>("/api/rio/onderwijsaanbieders/110A001", RioJson.Options)));
    }

    [Fact]
    public async Task Onderwijslocatiegebruik_round_trips_over_soap_and_over_rest()
    {
        var gebruik = new Onderwijslocatiegebruik(RocVoorbeeld, null, new DateOnly(2024, 8, 1), new DateOnly(2030, 8, 1),
            new AanduidingAdres("1234AB", 7, "A"), null, null, [new JuridischeOnderwijslocatiegebruikRelatie("99MA", new DateOnly(2024, 8, 1), null)],
            [new Kenmerk("eigenOnderwijslocatiegebruikSleutel", KenmerkType.Tekst, "LOC-7")]);
        var code = (await SoapBeherenAsync("aanleveren_onderwijslocatiegebruik", RocVoorbeeldOin, BeherenXmlWriter.AanleverenOnderwijslocatiegebruik(gebruik)))
            .Element(Ns + "onderwijslocatiecode")!.Value;

        var antwoord = await SoapRaadplegenAsync("opvragen_onderwijslocatiegebruik",
            new XElement(R + "onderwijsbestuurCode", RocVoorbeeld), new XElement(R + "onderwijslocatieCode", code));
        var gelezen = RaadplegenXmlReader.Onderwijslocatiegebruik(antwoord.Element(R + "onderwijslocatiegebruik")!).GetValueOrThrow();
        Assert.Equal(Json(gebruik with { Onderwijslocatiecode = code, AanduidingAdres = null }), Json(gelezen.Gebruik));
        Assert.Equal(Json(gebruik.AanduidingAdres), Json(gelezen.Onderwijslocatie.AanduidingAdres));

        var viaRest = gebruik with { AanduidingAdres = new AanduidingAdres("1234AB", 9, null) };
        var restCode = (await (await RestAsync("/api/rio/onderwijslocatiegebruiken", viaRest, RocVoorbeeldOin)).Content.ReadFromJsonAsync<Terugkoppeling>(RioJson.Options))!.ToegekendeCode;
        Assert.Equal(Json(viaRest with { Onderwijslocatiecode = restCode }),
            Json(await Client.GetFromJsonAsync<Onderwijslocatiegebruik>($"/api/rio/onderwijsbesturen/{RocVoorbeeld}/onderwijslocatiegebruiken/{restCode}", RioJson.Options)));
    }

    [Fact]
    public async Task Opleidingseenheid_and_relatie_round_trip_over_soap_and_over_rest()
    {
        var eenheid = new Opleidingseenheid(null, RocVoorbeeld, Opleidingseenheid.SoortParticuliereOpleiding, new DateOnly(2024, 1, 1), new DateOnly(2028, 1, 1),
            null, null, null, null,
            [new OpleidingseenheidPeriode(new DateOnly(2024, 1, 1), "Cursus lassen", "Lassen", "Welding course", "Leer lassen", null, null, [])],
            [new Kenmerk("eigenOpleidingseenheidSleutel", KenmerkType.Tekst, "LAS-1")]);
        var soapCode = (await SoapBeherenAsync("aanleveren_opleidingseenheid", RocVoorbeeldOin, BeherenXmlWriter.AanleverenOpleidingseenheid(eenheid)))
            .Element(Ns + "opleidingseenheidcode")!.Value;
        var restEenheid = eenheid with { Kenmerken = [new Kenmerk("eigenOpleidingseenheidSleutel", KenmerkType.Tekst, "LAS-2")] };
        var restCode = (await (await RestAsync("/api/rio/opleidingseenheden", restEenheid, RocVoorbeeldOin)).Content.ReadFromJsonAsync<Terugkoppeling>(RioJson.Options))!.ToegekendeCode!;
        var relatie = new Opleidingsrelatie(RocVoorbeeld, new DateOnly(2024, 2, 1), null, soapCode, restCode);
        await SoapBeherenAsync("aanleveren_opleidingsrelatie", RocVoorbeeldOin, BeherenXmlWriter.AanleverenOpleidingsrelatie(relatie));

        var lijst = await SoapRaadplegenAsync("opvragen_opleidingseenhedenVanOrganisatie", new XElement(R + "onderwijsbestuurcode", RocVoorbeeld), new XElement(R + "pagina", "0"));
        var gelezen = lijst.Elements(R + "particuliereOpleiding").Select(e => RaadplegenXmlReader.Opleidingseenheid(e).GetValueOrThrow()).ToList();
        Assert.Equal(Json(eenheid with { Opleidingseenheidcode = soapCode }), Json(gelezen.Single(e => e.Opleidingseenheidcode == soapCode)));
        Assert.Equal(Json(restEenheid with { Opleidingseenheidcode = restCode }),
            Json(await Client.GetFromJsonAsync<Opleidingseenheid>($"/api/rio/opleidingseenheden/{restCode}", RioJson.Options)));

        var samenhang = await SoapRaadplegenAsync("opvragen_opleidingsrelatiesBijOpleidingseenheid", new XElement(R + "opleidingseenheidcode", soapCode));
        var gelezenRelatie = Assert.Single(RaadplegenXmlReader.Opleidingsrelaties(samenhang.Element(R + "samenhangOpleidingseenheid")!, RocVoorbeeld));
        Assert.Equal(relatie.Sleutel, gelezenRelatie.Sleutel);
        Assert.Equal(Json(relatie), Json(Assert.Single(await Client.GetFromJsonAsync<List<Opleidingsrelatie>>($"/api/rio/opleidingseenheden/{restCode}/opleidingsrelaties", RioJson.Options) ?? [])));
    }

    [Fact]
    public async Task Rio_identificatiecode_finds_the_code_behind_a_boards_own_key_and_an_address()
    {
        var aanbieder = NieuweAanbieder("ROC Voorbeeld Zorg");
        var code = (await SoapBeherenAsync("aanleveren_onderwijsaanbieder", RocVoorbeeldOin, BeherenXmlWriter.AanleverenOnderwijsaanbieder(aanbieder)))
            .Element(Ns + "onderwijsaanbiedercode")!.Value;
        var gebruik = new Onderwijslocatiegebruik(RocVoorbeeld, null, new DateOnly(2024, 8, 1), null, new AanduidingAdres("9999ZZ", 3, null), null, null, [], []);
        var locatie = (await SoapBeherenAsync("aanleveren_onderwijslocatiegebruik", RocVoorbeeldOin, BeherenXmlWriter.AanleverenOnderwijslocatiegebruik(gebruik)))
            .Element(Ns + "onderwijslocatiecode")!.Value;

        var bijSleutel = await SoapRaadplegenAsync("opvragen_rioIdentificatiecode", new XElement(R + "eigenOnderwijsaanbiederSleutel", aanbieder.Kenmerken[0].Waarde));
        var bijAdres = await SoapRaadplegenAsync("opvragen_rioIdentificatiecode",
            new XElement(R + "aanduidingAdres", new XElement(R + "postcode", "9999ZZ"), new XElement(R + "huisnummer", "3")));
        var onbekend = await SoapRaadplegenAsync("opvragen_rioIdentificatiecode", new XElement(R + "eigenOnderwijsaanbiederSleutel", "BESTAAT-NIET"));

        Assert.Equal(code, bijSleutel.Element(R + "onderwijsaanbiedercode")?.Value);
        Assert.Equal(locatie, bijAdres.Element(R + "onderwijslocatiecode")?.Value);
        Assert.Equal("KTN404", onbekend.Element(R + "foutmelding")?.Element(R + "foutcode")?.Value);
    }

    private Task<XElement> SoapRaadplegenAsync(string operatie, params object[] inhoud) =>
        PostAsync(RioSoapServices.Raadplegen, operatie, Keten.Server.Tests.Soap.SoapEnvelopes.Verzoek(RioSoapServices.Raadplegen, operatie, "SCHOOL", inhoud), RocVoorbeeldOin);

    private static Onderwijsaanbieder NieuweAanbieder(string naam) => new(null, RocVoorbeeld, new DateOnly(2024, 8, 1), null,
        [new OnderwijsaanbiederPeriode(new DateOnly(2024, 8, 1), naam, naam + " International", [])],
        [new JuridischeRelatie("99MA", new DateOnly(2024, 8, 1), null)],
        [new Kenmerk("eigenOnderwijsaanbiederSleutel", KenmerkType.Tekst, naam[..8])]);

    private static AangebodenOpleiding RijkeMboOpleiding()
    {
        var ao = NieuweMboOpleiding("110A001");
        return ao with
        {
            Onderwijslocatiecode = "110X001",
            EersteInstroomDatum = new DateOnly(2024, 9, 1),
            Einddatum = new DateOnly(2032, 8, 1),
            Kenmerken = [new Kenmerk(Kenmerk.DoorlopendeLeerlijnVmboMbo, KenmerkType.Enumeratiewaarde, LeerrouteCodes.Dlr), new Kenmerk("voertaal", KenmerkType.Enumeratiewaarde, "NLD")],
            Perioden =
            [
                new AangebodenOpleidingPeriode(new DateOnly(2024, 8, 1), "Verkoop", "Sales", "Omschrijving", [Samenwerkend("110A004")]),
                new AangebodenOpleidingPeriode(new DateOnly(2026, 8, 1), "Verkoop 2", null, null, [Samenwerkend("110A004"), Samenwerkend("110A005")]),
            ],
            Cohorten = [Cohort("2025-A"), Cohort("2026-A") with { Instroommoment = null, BeginInstroomperiode = new DateOnly(2026, 8, 1), EindeInstroomperiode = new DateOnly(2027, 2, 1) }],
            AfwijkendeOpleidingsduur = new AfwijkendeOpleidingsduur("M", 30),
            LeertrajectMbo = "BBL",
        };
    }

    private static AangebodenOpleiding VoOpleiding() => new(Guid.NewGuid(), AangebodenOpleidingSoort.VO, "110A004", null, new DateOnly(2024, 8, 1), null, null,
        null, new VoVakerkenningSleutel("ILT", "0137", "VO-VMBO-KB"), null,
        [new AangebodenOpleidingPeriode(new DateOnly(2024, 8, 1), "Vakcollege techniek", null, null, [Samenwerkend("110A001")])],
        [], null, [new Kenmerk(Kenmerk.DoorlopendeLeerlijnVmboMbo, KenmerkType.Enumeratiewaarde, LeerrouteCodes.Dlr)], null, null, null, null);
}

public sealed class RioRondreisTestsOnSqlite() : RioRondreisTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class RioRondreisTestsOnPostgres(PostgresServer postgres) : RioRondreisTests(StoreKind.Postgres, postgres);
