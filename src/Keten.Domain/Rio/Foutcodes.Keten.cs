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

    /// <summary>REST: a body larger than the configured limit.</summary>
    /// <summary>The register kept refusing a write for concurrency (retries used up); nothing was written. REST answers 503 with Retry-After.</summary>
    public static Foutmelding KTN503(string wat) => Foutmelding.Van("KTN503",
        $"Het register is even bezet; er is niets vastgelegd ({wat}). Probeer het over een minuut opnieuw.", ("register", "bezet"));

    public static Foutmelding KTN413(long limiet) => Foutmelding.Van("KTN413",
        string.Create(CultureInfo.InvariantCulture, $"De body is groter dan de maximale berichtgrootte van {limiet} bytes (Keten:Rest:MaxBerichtgrootte)"),
        ("maxBerichtgrootte", limiet.ToString(CultureInfo.InvariantCulture)));
}
