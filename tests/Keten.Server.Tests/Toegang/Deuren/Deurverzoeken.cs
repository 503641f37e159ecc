using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Keten.Application.Rio;
using Keten.Domain.Rio;
using Keten.Server.Tests.Rod.Batch;
using static Keten.Application.Rod.Batch.BatchKolommen;

namespace Keten.Server.Tests.Toegang.Deuren;

/// <summary>What a foreign institution must get from an endpoint of the owner's data.</summary>
public enum VreemdeUitkomst
{
    /// <summary>Refused: 403, 404, or 422 with AUT401; never the owner's data.</summary>
    Geweigerd,

    /// <summary>Answered from the caller's own data only: the owner's data is not in it.</summary>
    AlleenEigen,

    /// <summary>Any board may: the endpoint is chain-wide (e.g. identifying a person), but it still needs a caller.</summary>
    Ketenbreed,

    /// <summary>A person's login session only: a certificate gets 401.</summary>
    AlleenSessie,
}

/// <summary>The foreign board of the walks (Kanaalstreek, 100B005) and the codes of "not your board's".</summary>
public static class Vreemd
{
    public const string Oin = "00000001990100000005";

    /// <summary>RIO's AUT401 (no authorisation), ROD's ROD004 (instelling of another board).</summary>
    public static bool Code(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        return tekst.Contains("AUT401", StringComparison.Ordinal) || tekst.Contains("ROD004", StringComparison.Ordinal);
    }
}

/// <summary>One endpoint of the OpenAPI document, with a request aimed at the owner's data.</summary>
public sealed record Deurverzoek(string Methode, string Route, VreemdeUitkomst Vreemd, Func<Eigendom, HttpRequestMessage> Maak)
{
    public string Sleutel => $"{Methode} {Route}";
}

/// <summary>
/// The owner's objects every request aims at: demo board Rivierenland College (100B002, BRIN 99MB, aanbieder 110A002),
/// its demo enrolment DEMOM1, and two opleidingseenheden with a relation the test makes first.
/// </summary>
public sealed record Eigendom(JsonNode Aanbieder, JsonNode Locatiegebruik, JsonNode AangebodenOpleiding, JsonNode Eenheid, string Eenheidcode,
    string Eenheidcode2, JsonNode Inschrijving, string InschrijvingId)
{
    public const string Bestuur = "100B002";
    public const string Oin = "00000001990100000002";
    public const string Brin = "99MB";
    public const string Aanbiedercode = "110A002";
    public const string Volgnummer = "DEMOM1";
    public const string Bsn = "999990111";
    public const string EigenSleutel = "DEUR-1";

    /// <summary>A preliminary funding run of the owner (MBO 2020: no demo student, so it needs no determination).</summary>
    public long RunId { get; init; }

    public string Locatiecode => Locatiegebruik["onderwijslocatiecode"]!.GetValue<string>();

    public string AangebodenOpleidingCode => AangebodenOpleiding["aangebodenOpleidingCode"]!.GetValue<string>();

    public JsonObject InschrijvingSleutel => new() { ["brin"] = Brin, ["persoon"] = Inschrijving["persoon"]!.DeepClone(), ["inschrijvingvolgnummer"] = Volgnummer };
}

/// <summary>Every endpoint of the JSON API and a request for it; a new endpoint must be added here (ElkeDeurTests checks).</summary>
public static class Deurverzoeken
{
    private const string DryRun = "?dryRun=true";

    public static IReadOnlyList<Deurverzoek> Alle { get; } =
    [
        new("POST", "/api/rio/onderwijsaanbieders", VreemdeUitkomst.Geweigerd, e => Json(HttpMethod.Post, "/api/rio/onderwijsaanbieders" + DryRun, e.Aanbieder)),
        new("DELETE", "/api/rio/onderwijsaanbieders/{code}", VreemdeUitkomst.Geweigerd, _ => Leeg(HttpMethod.Delete, $"/api/rio/onderwijsaanbieders/{Eigendom.Aanbiedercode}{DryRun}")),
        new("POST", "/api/rio/onderwijslocatiegebruiken", VreemdeUitkomst.Geweigerd, e => Json(HttpMethod.Post, "/api/rio/onderwijslocatiegebruiken" + DryRun, e.Locatiegebruik)),
        new("DELETE", "/api/rio/onderwijsbesturen/{bestuur}/onderwijslocatiegebruiken/{locatie}", VreemdeUitkomst.Geweigerd,
            e => Leeg(HttpMethod.Delete, $"/api/rio/onderwijsbesturen/{Eigendom.Bestuur}/onderwijslocatiegebruiken/{e.Locatiecode}{DryRun}")),
        new("POST", "/api/rio/opleidingseenheden", VreemdeUitkomst.Geweigerd, e => Json(HttpMethod.Post, "/api/rio/opleidingseenheden" + DryRun, e.Eenheid)),
        new("DELETE", "/api/rio/opleidingseenheden/{code}", VreemdeUitkomst.Geweigerd, e => Leeg(HttpMethod.Delete, $"/api/rio/opleidingseenheden/{e.Eenheidcode}{DryRun}")),
        new("POST", "/api/rio/opleidingsrelaties", VreemdeUitkomst.Geweigerd, e => Json(HttpMethod.Post, "/api/rio/opleidingsrelaties" + DryRun, Relatie(e))),
        new("DELETE", "/api/rio/opleidingsrelaties/{code1}/{code2}/{begindatum}", VreemdeUitkomst.Geweigerd,
            e => Leeg(HttpMethod.Delete, $"/api/rio/opleidingsrelaties/{e.Eenheidcode}/{e.Eenheidcode2}/2024-02-01{DryRun}")),
        new("POST", "/api/rio/aangeboden-opleidingen", VreemdeUitkomst.Geweigerd, e => Json(HttpMethod.Post, "/api/rio/aangeboden-opleidingen" + DryRun, e.AangebodenOpleiding)),
        new("DELETE", "/api/rio/aangeboden-opleidingen/{code}", VreemdeUitkomst.Geweigerd, e => Leeg(HttpMethod.Delete, $"/api/rio/aangeboden-opleidingen/{e.AangebodenOpleidingCode}{DryRun}")),
        new("GET", "/api/rio/rio-identificatiecode", VreemdeUitkomst.Geweigerd,
            _ => Leeg(HttpMethod.Get, $"/api/rio/rio-identificatiecode?soort=Opleidingseenheid&eigenSleutel={Eigendom.EigenSleutel}")),

        new("POST", "/api/rod/inschrijvingen", VreemdeUitkomst.Geweigerd, e => Json(HttpMethod.Post, "/api/rod/inschrijvingen", e.Inschrijving)),
        new("PUT", "/api/rod/inschrijvingen", VreemdeUitkomst.Geweigerd, e => Json(HttpMethod.Put, "/api/rod/inschrijvingen", e.Inschrijving)),
        new("POST", "/api/rod/uitschrijvingen", VreemdeUitkomst.Geweigerd, e => Json(HttpMethod.Post, "/api/rod/uitschrijvingen",
            new JsonObject { ["sleutel"] = e.InschrijvingSleutel, ["datumUitschrijvingWerkelijk"] = "2026-12-01", ["redenUitstroom"] = null, ["diplomas"] = new JsonArray() })),
        new("POST", "/api/rod/verwijderingen", VreemdeUitkomst.Geweigerd, e => Json(HttpMethod.Post, "/api/rod/verwijderingen", e.InschrijvingSleutel)),
        new("POST", "/api/rod/identificatieverzoeken", VreemdeUitkomst.Ketenbreed, _ => Json(HttpMethod.Post, "/api/rod/identificatieverzoeken", new JsonObject
        {
            ["achternaam"] = "Deurproef", ["voorvoegsel"] = null, ["voornamen"] = "Ada", ["geboortedatum"] = "2010-05-04", ["geslacht"] = "V", ["postcode"] = "3511AB",
        })),
        new("POST", "/api/rod/inschrijvingen/zoeken", VreemdeUitkomst.AlleenEigen, _ => Json(HttpMethod.Post, "/api/rod/inschrijvingen/zoeken", new JsonObject { ["brin"] = Eigendom.Brin })),
        new("GET", "/api/rod/ketensignalen/gewijzigd", VreemdeUitkomst.AlleenEigen, _ => Leeg(HttpMethod.Get, "/api/rod/ketensignalen/gewijzigd")),
        new("POST", "/api/rod/verantwoordelijke", VreemdeUitkomst.Geweigerd, e => Json(HttpMethod.Post, "/api/rod/verantwoordelijke",
            new JsonObject { ["persoon"] = e.Inschrijving["persoon"]!.DeepClone(), ["datum"] = "2026-10-01" })),
        new("GET", "/api/rod/inschrijvingen/{id}", VreemdeUitkomst.Geweigerd, e => Leeg(HttpMethod.Get, $"/api/rod/inschrijvingen/{e.InschrijvingId}")),
        new("GET", "/api/rod/registratieoverzicht", VreemdeUitkomst.Geweigerd,
            _ => Leeg(HttpMethod.Get, $"/api/rod/registratieoverzicht?brin={Eigendom.Brin}&van=2026-08-01&tot=2027-07-31")),
        new("POST", "/api/rod/batches", VreemdeUitkomst.AlleenEigen, _ => new HttpRequestMessage(HttpMethod.Post, "/api/rod/batches")
        {
            Content = new StringContent(BatchBestanden.Bestand([BatchBestanden.Regel([(Recordsoort, "ISG"), (Mutatiesoort, "V"), (Sector, "MBO"),
                (Keten.Application.Rod.Batch.BatchKolommen.Brin, Eigendom.Brin), (Burgerservicenummer, Eigendom.Bsn), (Inschrijvingvolgnummer, Eigendom.Volgnummer)])]), Encoding.UTF8, "text/csv"),
        }),

        new("POST", "/api/bekostiging/runs", VreemdeUitkomst.Geweigerd, _ => Json(HttpMethod.Post, "/api/bekostiging/runs", Run(Eigendom.Brin))),
        new("GET", "/api/bekostiging/runs", VreemdeUitkomst.AlleenEigen, _ => Leeg(HttpMethod.Get, "/api/bekostiging/runs")),
        new("GET", "/api/bekostiging/runs/{runId}/tbgi/{brin}", VreemdeUitkomst.Geweigerd, e => Leeg(HttpMethod.Get, $"/api/bekostiging/runs/{e.RunId}/tbgi/{Eigendom.Brin}")),
        new("GET", "/api/bekostiging/runs/{runId}/tbgi/{brin}/xml", VreemdeUitkomst.Geweigerd, e => Leeg(HttpMethod.Get, $"/api/bekostiging/runs/{e.RunId}/tbgi/{Eigendom.Brin}/xml")),
        new("GET", "/api/bekostiging/runs/{runId}/totalen", VreemdeUitkomst.Geweigerd, e => Leeg(HttpMethod.Get, $"/api/bekostiging/runs/{e.RunId}/totalen")),
        new("GET", "/api/bekostiging/verschil", VreemdeUitkomst.Geweigerd, e => Leeg(HttpMethod.Get, $"/api/bekostiging/verschil?voor={e.RunId}&na={e.RunId}")),
        new("GET", "/api/vsv/rapport", VreemdeUitkomst.Geweigerd, _ => Leeg(HttpMethod.Get, $"/api/vsv/rapport?peiljaar=2026&brin={Eigendom.Brin}")),

        new("GET", "/api/toegang/ik", VreemdeUitkomst.AlleenSessie, _ => Leeg(HttpMethod.Get, "/api/toegang/ik")),
        new("GET", "/api/toegang/medewerkers", VreemdeUitkomst.AlleenSessie, _ => Leeg(HttpMethod.Get, "/api/toegang/medewerkers")),
        new("POST", "/api/toegang/medewerkers", VreemdeUitkomst.AlleenSessie,
            _ => Json(HttpMethod.Post, "/api/toegang/medewerkers", new JsonObject { ["naam"] = "Deur", ["autorisaties"] = new JsonArray() })),
        new("GET", "/api/toegang/medewerkers/export", VreemdeUitkomst.AlleenSessie, _ => Leeg(HttpMethod.Get, "/api/toegang/medewerkers/export")),
        new("GET", "/api/toegang/audit", VreemdeUitkomst.AlleenSessie, _ => Leeg(HttpMethod.Get, "/api/toegang/audit")),
        new("GET", "/api/toegang/audit.csv", VreemdeUitkomst.AlleenSessie, _ => Leeg(HttpMethod.Get, "/api/toegang/audit.csv")),
        new("POST", "/api/toegang/medewerkers/{id}/autorisaties", VreemdeUitkomst.AlleenSessie,
            _ => Json(HttpMethod.Post, "/api/toegang/medewerkers/m1/autorisaties", new JsonObject { ["toekennen"] = new JsonArray() })),
        new("POST", "/api/toegang/token/verhuizen", VreemdeUitkomst.AlleenSessie,
            _ => Json(HttpMethod.Post, "/api/toegang/token/verhuizen", new JsonObject { ["gebruikersnaam"] = "x", ["code"] = "123456" })),
        new("POST", "/api/toegang/koppelcode", VreemdeUitkomst.AlleenSessie, _ => Json(HttpMethod.Post, "/api/toegang/koppelcode", new JsonObject { ["koppelcode"] = "X" })),
        new("GET", "/toegang/ik", VreemdeUitkomst.AlleenSessie, _ => Leeg(HttpMethod.Get, "/toegang/ik")),
    ];

    /// <summary>Open by design; listed so that the walk knows every endpoint of the OpenAPI document.</summary>
    public static IReadOnlySet<string> Openbaar { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "GET /api/rio/onderwijsaanbieders/{code}",
        "GET /api/rio/onderwijsbesturen/{bestuur}/onderwijsaanbieders",
        "GET /api/rio/onderwijsbesturen/{bestuur}/onderwijsaanbieders/gewijzigd",
        "GET /api/rio/onderwijslocaties/{code}",
        "GET /api/rio/onderwijsbesturen/{bestuur}/onderwijslocatiegebruiken",
        "GET /api/rio/onderwijsbesturen/{bestuur}/onderwijslocatiegebruiken/{locatie}",
        "GET /api/rio/onderwijsbesturen/{bestuur}/onderwijslocatiegebruiken/gewijzigd",
        "GET /api/rio/opleidingseenheden/{code}",
        "GET /api/rio/onderwijsbesturen/{bestuur}/opleidingseenheden",
        "GET /api/rio/opleidingseenheden/{code}/opleidingsrelaties",
        "GET /api/rio/aangeboden-opleidingen/{code}",
        "GET /api/rio/onderwijsaanbieders/{code}/aangeboden-opleidingen",
        "GET /api/rio/onderwijsaanbieders/{code}/aangeboden-opleidingen/gewijzigd",
        "GET /api/rio/onderwijsbesturen/{bestuur}/leerroutes",
        "POST /api/toegang/token/inloggen",
        "POST /toegang/uitloggen",
    };

    /// <summary>A particuliere opleiding of the owner, with its own key (for rio-identificatiecode).</summary>
    public static Opleidingseenheid Eenheid(string eigenSleutel) =>
        new(null, Eigendom.Bestuur, Opleidingseenheid.SoortParticuliereOpleiding, new DateOnly(2024, 1, 1), new DateOnly(2028, 1, 1), null, null, null, null,
            [new OpleidingseenheidPeriode(new DateOnly(2024, 1, 1), "Cursus lassen", "Lassen", "Welding course", "Leer lassen", null, null, [])],
            [new Kenmerk("eigenOpleidingseenheidSleutel", KenmerkType.Tekst, eigenSleutel)]);

    public static JsonNode Relatie(Eigendom e) =>
        JsonNode.Parse(RioJson.Serialize(new Opleidingsrelatie(Eigendom.Bestuur, new DateOnly(2024, 2, 1), null, e.Eenheidcode, e.Eenheidcode2)))!;

    /// <summary>A preliminary MBO 2020 run (no demo student) of one instelling.</summary>
    public static JsonObject Run(string brin) =>
        new() { ["sector"] = "MBO", ["bekostigingsjaar"] = 2020, ["status"] = "Voorlopig", ["brin"] = brin };

    private static HttpRequestMessage Json(HttpMethod methode, string pad, JsonNode body) =>
        new(methode, pad) { Content = JsonContent.Create(body) };

    private static HttpRequestMessage Leeg(HttpMethod methode, string pad) => new(methode, pad);
}
