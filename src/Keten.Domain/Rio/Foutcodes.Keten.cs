using System.Globalization;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Rio;

/// <summary>
/// Keten's own codes (prefix KTN): rules the public sources state but DUO publishes no code for, and the ways the
/// doors refuse what they cannot read. Every KTN code of every door is made here and nowhere else
/// (tests/Keten.Domain.Tests/Rio/KetenFoutcodesTests.cs); docs/foutcodes.md describes each one.
/// </summary>
public static partial class Foutcodes
{
    public static Foutmelding KTN001(string soort, string sleutel) => Foutmelding.Van("KTN001", $"Het te verwijderen object ({soort}) komt niet voor in RIO", (soort, sleutel));

    public static Foutmelding KTN002(string locatie) => Foutmelding.Van("KTN002", "Er bestaan nog aangeboden opleidingen op deze onderwijslocatie; verwijder of wijzig die eerst.", ("onderwijslocatiecode", locatie));

    public static Foutmelding KTN010(string leerroute, string niveau) => Foutmelding.Van("KTN010", $"Een leerroute vmbo-mbo ('{leerroute}') is niet mogelijk bij een entree-opleiding ({niveau})", ("doorlopendeLeerlijnVmboMbo", leerroute), ("mboNiveau", niveau));

    public static Foutmelding KTN011(string niveau) => Foutmelding.Van("KTN011", $"Een geïntegreerde leerroute (GLR_VMBO_MBO) is alleen mogelijk naar een MBO-2 opleiding, niet naar {niveau}", ("doorlopendeLeerlijnVmboMbo", "GLR_VMBO_MBO"), ("mboNiveau", niveau));

    public static Foutmelding KTN020(string soort) => Foutmelding.Van("KTN020", $"De specialisatie '{soort}' hoort niet bij MBO of VO en wordt door Keten niet ondersteund", ("specialisatie", soort));

    /// <summary>An XSD-valid value the domain cannot hold; names the element.</summary>
    public static Foutmelding KTN021(string element, string melding) => Foutmelding.Van("KTN021", $"De waarde van '{element}' kan Keten niet verwerken: {melding}", ("element", element));

    public static Foutmelding KTN030(string id) => Foutmelding.Van("KTN030", "Deze identificatiecodeBedrijfsdocument is al gebruikt voor een ander bericht (andere inhoud, operatie of afzender)", ("identificatiecodeBedrijfsdocument", id));

    public static Foutmelding KTN031(string veld) => Foutmelding.Van("KTN031", $"RIO kan geen nieuwe {veld} meer uitgeven: de codes van dit formaat zijn op", (veld, "nieuw"));

    /// <summary>A request Keten cannot read (REST body, header, query parameter; a CLI input file): names the field or JSON path.</summary>
    public static Foutmelding KTN400(string veld, string melding) => Foutmelding.Van("KTN400", KTN400Tekst(veld, melding), ("veld", veld));

    /// <summary>The text of <see cref="KTN400"/> in full (a foutmelding cuts it at DUO's 200 characters; ProblemDetails need not).</summary>
    public static string KTN400Tekst(string veld, string melding) => $"Veld {veld}: {melding}";

    /// <summary>Raadplegen: the object asked for does not exist (or was deleted).</summary>
    public static Foutmelding KTN404(string sleutelnaam, string sleutelwaarde) => Foutmelding.Van("KTN404", "Het gevraagde object komt niet voor in RIO", (sleutelnaam, sleutelwaarde));

    /// <summary>Raadplegen: a way of asking Keten cannot answer (e.g. by erkendeVestigingCode or bevoegdGezagNummer).</summary>
    public static Foutmelding KTN405(string sleutelnaam, string sleutelwaarde) => Foutmelding.Van("KTN405", $"Opvragen op {sleutelnaam} wordt door Keten niet ondersteund", (sleutelnaam, sleutelwaarde));

    /// <summary>The register kept refusing a write for concurrency (retries used up); nothing was written. REST answers 503 with Retry-After.</summary>
    public static Foutmelding KTN503(string wat) => Foutmelding.Van("KTN503",
        $"Het register is even bezet; er is niets vastgelegd ({wat}). Probeer het over een minuut opnieuw.", ("register", "bezet"));

    /// <summary>REST: a body larger than the configured limit.</summary>
    public static Foutmelding KTN413(long limiet) => Foutmelding.Van("KTN413",
        string.Create(CultureInfo.InvariantCulture, $"De body is groter dan de maximale berichtgrootte van {limiet} bytes (Keten:Rest:MaxBerichtgrootte)"),
        ("maxBerichtgrootte", limiet.ToString(CultureInfo.InvariantCulture)));

    /// <summary>When each code is given and its source: docs/foutcodes.md is written from this (Foutcodecatalogus).</summary>
    internal static IReadOnlyList<Ketenfoutcode> Beschrijvingen { get; } =
    [
        new("KTN001", "verwijderen_ of an aangeboden opleiding, onderwijsaanbieder or opleidingsrelatie that does not exist", "domain.md rule 27"),
        new("KTN002", "verwijderen_onderwijslocatiegebruik while the board's offerings still use the location", "Keten choice"),
        new("KTN010", "doorlopendeLeerlijnVmboMbo on an entree (MBO-1) offering", "domain.md §5.2, rule 18"),
        new("KTN011", "GLR_VMBO_MBO on an offering that is not MBO-2", "domain.md §5.2, rule 19"),
        new("KTN020", "an opleidingseenheid specialisation other than particuliereOpleiding (HO is outside Keten); an aangeboden opleiding other than aangebodenMboOpleiding or aangebodenVOOpleiding, or a cohort element of another specialisation than its offering (a period element of another specialisation is DUO's N10030 or P02030)", "Keten scope"),
        new("KTN021", "an XSD-valid value the domain cannot hold; names the element. No Beheren V4 field is known to reach it (a `toestemmingVereistVoorAanmelding` other than JA/NEE is DUO's N11450)", "Keten choice"),
        new("KTN404", "Raadplegen: the aangeboden opleiding or onderwijsaanbieder asked for does not exist (\"Het gevraagde object komt niet voor in RIO\")", "Keten choice: DUO publishes no Raadplegen codes"),
        new("KTN405", "Raadplegen: asking by erkendeVestigingCode, kadasterPlaatscode, or bevoegdGezagNummer in opvragen_onderwijsaanbiedersVanOrganisatie, which Keten does not support", "Keten scope"),
        new("KTN030", "the identificatiecodeBedrijfsdocument (REST: header `Keten-Bedrijfsdocument-Id`; a UUID in any case, compared as lowercase) was already used for another message: other content, operation or sender. REST 409 with `veld`; SOAP answers `Server.DK0050` \"Ongeldige waarde voor identificatiecodeBedrijfsdocument\" instead (PvE §6.4.5). Nothing is changed or recorded", "PvE §6.4.5 (unique per message); Keten code for REST"),
        new("KTN031", "RIO cannot issue a new onderwijsaanbiedercode / onderwijslocatiecode / opleidingseenheidcode: the national number space of that XSD pattern is used up (or 64 numbers in a row were taken); sleutelnaam names the code", "Keten choice (docs/storage.md \"Sequences\")"),
        new("KTN400", "REST body that is not valid JSON for the contract (names the JSON path in `veld`), a RIO aanleveren_ body that DUO's XSD refuses once rendered as the SOAP message, or that no SOAP message can carry (names the JSON path of each field in `veld` and `velden`, before any rule; docs/rio.md, ADR 0026), a `Keten-Bedrijfsdocument-Id` header that is not a UUID (`veld` = the header), a query parameter `pagina` that is no whole number 0…999999 (DUO's bounds; names `pagina`), a `dryRun` other than `true`/`false`, also an empty one (names `dryRun`), or any other query or route value an endpoint cannot read or needs and lacks: no date (`peildatum`, also empty; a route's `begindatum`), no moment within 0001-01-01T00:00:00Z…9999-12-31T23:59:59Z (`sinds`; also `0001-01-01T00:00:00+14:00`, before the first moment in UTC), no whole number (`voor`, `runId`), a `soort` not of its list, a missing `sinds` or `soort` (names the parameter, in Development and Production alike; docs/rio.md \"Malformed query and route values\"); HTTP 400. `keten rio aanleveren` names the same way the JSON path of an input file it cannot read or whose fields DUO's XSD refuses (exit code 2), and the portal's aanbod form the fields DUO's XSD refuses", "Keten REST"),
        new("KTN503", "the register kept refusing a write for concurrency after its retries; nothing was written (the portal shows it in the error summary; REST answers 503 with Retry-After, SOAP `Server.DK0051`)", "Keten choice"),
        new("KTN413", "REST body larger than `Keten:Rest:MaxBerichtgrootte` (HTTP 413; names the limit). The SOAP door answers `Client.DK0004` (docs/soap.md \"Message size\")", "Keten REST, ADR 0007"),
    ];
}
