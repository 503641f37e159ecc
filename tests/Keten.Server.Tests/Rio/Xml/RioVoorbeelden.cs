using Keten.Contract.Rio.Xml;
using Keten.Domain.Rio;

namespace Keten.Server.Tests.Rio.Xml;

/// <summary>Rich domain instances: every optional field filled, several periods, cohorts and kenmerken.</summary>
internal static class RioVoorbeelden
{
    public const string Bestuur = "100B001";
    public const string Aanbieder = "110A133";
    public const string Partner1 = "120A001";
    public const string Partner2 = "130A002";

    public static readonly BedrijfsdocumentKop Kop = new(
        "0b6f8a51-3c1e-4f7e-9a55-2d8f1c0e7a11",
        "00000001123456789000",
        "00000001800866472000",
        new DateTimeOffset(2025, 1, 15, 10, 30, 0, TimeSpan.FromHours(1)));

    public static Onderwijsaanbieder NieuweOnderwijsaanbieder() => new(
        null,
        Bestuur,
        new DateOnly(2020, 8, 1),
        new DateOnly(2035, 7, 31),
        [
            new OnderwijsaanbiederPeriode(
                new DateOnly(2020, 8, 1),
                "ROC Voorbeeld",
                "Regional Training Centre Example",
                [new Kenmerk("website", KenmerkType.Tekst, "https://roc.example")]),
            new OnderwijsaanbiederPeriode(new DateOnly(2024, 8, 1), "ROC Voorbeeld & Co", null, []),
        ],
        [
            new JuridischeRelatie("25LZ", new DateOnly(2020, 8, 1), new DateOnly(2024, 7, 31)),
            new JuridischeRelatie("25LZ01", new DateOnly(2024, 8, 1), null),
        ],
        [
            new Kenmerk("eigenOnderwijsaanbiederSleutel", KenmerkType.Tekst, "ROC-1"),
            new Kenmerk("opgericht", KenmerkType.Datum, "2020-08-01"),
        ]);

    public static Onderwijsaanbieder BestaandeOnderwijsaanbieder() => NieuweOnderwijsaanbieder() with { Onderwijsaanbiedercode = Aanbieder };

    public static Onderwijslocatiegebruik LocatiegebruikOpAdres() => new(
        Bestuur,
        null,
        new DateOnly(2021, 8, 1),
        new DateOnly(2031, 7, 31),
        new AanduidingAdres("1234AB", 12, "bis"),
        null,
        null,
        [
            new JuridischeOnderwijslocatiegebruikRelatie("25LZ", new DateOnly(2021, 8, 1), new DateOnly(2024, 7, 31)),
            new JuridischeOnderwijslocatiegebruikRelatie("25LZ01", new DateOnly(2024, 8, 1), null),
        ],
        [
            new Kenmerk("eigenOnderwijslocatiegebruikSleutel", KenmerkType.Tekst, "LOC-12"),
            new Kenmerk("lokalen", KenmerkType.Getal, "14"),
        ]);

    public static Onderwijslocatiegebruik LocatiegebruikOpCode() => new(
        Bestuur, "123X456", new DateOnly(2022, 8, 1), null, null, null, null, [], []);

    public static Onderwijslocatiegebruik LocatiegebruikOpGps() => LocatiegebruikOpCode() with
    {
        Onderwijslocatiecode = null,
        AanduidingGps = new AanduidingGps(52.37021700m, -4.89516800m),
    };

    public static Onderwijslocatiegebruik LocatiegebruikOpPlaats() => LocatiegebruikOpCode() with
    {
        Onderwijslocatiecode = null,
        AanduidingPlaats = new AanduidingPlaats("Hengelo", "Hengelo (O)"),
    };

    public static Opleidingseenheid ParticuliereOpleiding(string? code = "1234O5678") => new(
        code,
        Bestuur,
        Opleidingseenheid.SoortParticuliereOpleiding,
        new DateOnly(2023, 8, 1),
        new DateOnly(2033, 7, 31),
        "DIPLOMA",
        "MBO-4",
        "4",
        "4",
        [
            new OpleidingseenheidPeriode(
                new DateOnly(2023, 8, 1),
                "Vakopleiding lassen",
                "Lassen",
                "Welding",
                "Een particuliere opleiding tot lasser.",
                "240",
                "SBU",
                [new Kenmerk("website", KenmerkType.Tekst, "https://roc.example/lassen")]),
            new OpleidingseenheidPeriode(new DateOnly(2025, 8, 1), "Vakopleiding lassen en snijden", null, null, null, null, null, []),
        ],
        [
            new Kenmerk("eigenOpleidingseenheidSleutel", KenmerkType.Tekst, "LAS-01"),
            new Kenmerk("categorie", KenmerkType.Enumeratiewaarde, "TECHNIEK"),
        ]);

    public static Opleidingsrelatie Relatie() => new(
        Bestuur, new DateOnly(2024, 8, 1), new DateOnly(2028, 7, 31), "1234O5678", "0125O0180");

    /// <summary>An MBO offering on a CREBO erkenning, with a DLR route and two samenwerkende aanbieders.</summary>
    public static AangebodenOpleiding MboOpleiding() => new(
        Guid.Parse("5f1c2b9e-8a7d-4c3b-9e21-0f6a7b8c9d01"),
        AangebodenOpleidingSoort.Mbo,
        Aanbieder,
        "123X456",
        new DateOnly(2024, 8, 1),
        new DateOnly(2024, 9, 1),
        new DateOnly(2030, 7, 31),
        new OpleidingserkenningSleutel("CREBO", "25180"),
        null,
        null,
        [
            new AangebodenOpleidingPeriode(
                new DateOnly(2024, 8, 1),
                "Mediavormgever (DLR)",
                "Media designer",
                "Doorlopende leerroute vmbo-mbo met twee partnerscholen.",
                [
                    new Kenmerk(Kenmerk.SamenwerkendeOnderwijsaanbiedercode, KenmerkType.Tekst, Partner1),
                    new Kenmerk(Kenmerk.SamenwerkendeOnderwijsaanbiedercode, KenmerkType.Tekst, Partner2),
                    new Kenmerk("website", KenmerkType.Tekst, "https://roc.example/media"),
                ]),
            new AangebodenOpleidingPeriode(
                new DateOnly(2026, 8, 1),
                "Mediavormgever",
                null,
                null,
                [new Kenmerk(Kenmerk.SamenwerkendeOnderwijsaanbiedercode, KenmerkType.Tekst, Partner1)]),
        ],
        [
            new AangebodenOpleidingCohort(
                "2024-SEPT",
                "O",
                [
                    new Kenmerk("deelnemersplaatsen", KenmerkType.Getal, "25"),
                    new Kenmerk("opleidingsvorm", KenmerkType.Enumeratiewaarde, "VOLTIJD"),
                ],
                new DateOnly(2023, 10, 1),
                new DateOnly(2024, 9, 2),
                null,
                null,
                new DateOnly(2024, 4, 1),
                "JA",
                "Intakegesprek verplicht.",
                "BEDRIJF-42",
                new DateOnly(2028, 7, 31),
                [new Prijs("LESGELD", 1250.00m), new Prijs("MATERIAALKOSTEN", 99.95m)]),
            new AangebodenOpleidingCohort(
                "2025-FLEX",
                "G",
                [],
                new DateOnly(2024, 10, 1),
                null,
                new DateOnly(2025, 1, 1),
                new DateOnly(2025, 6, 30),
                null,
                "NEE",
                null,
                null,
                null,
                []),
        ],
        new AfwijkendeOpleidingsduur("M", 18),
        [
            new Kenmerk(Kenmerk.DoorlopendeLeerlijnVmboMbo, KenmerkType.Enumeratiewaarde, "DLR_VMBO_MBO"),
            new Kenmerk("voertaal", KenmerkType.Enumeratiewaarde, "NLD"),
            new Kenmerk("eigenAangebodenOpleidingSleutel", KenmerkType.Tekst, "MEDIA-DLR"),
            new Kenmerk("laatsteInstroomdatum", KenmerkType.Datum, "2029-09-01"),
            new Kenmerk("toestemmingDeelnameSTAP", KenmerkType.Boolean, "true"),
            new Kenmerk("studiepunten", KenmerkType.Getal, "12.5"),
        ],
        "BOL",
        "MBO-4",
        "JA",
        "ALL");

    /// <summary>An MBO offering of the board's own particuliere opleiding (opleidingseenheidSleutel).</summary>
    public static AangebodenOpleiding MboOpParticuliereOpleiding() => MboOpleiding() with
    {
        AangebodenOpleidingCode = Guid.Parse("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"),
        OpleidingserkenningSleutel = null,
        OpleidingseenheidSleutel = "1234O5678",
        Cohorten = [],
        MboNiveau = null,
    };

    /// <summary>A VO offering on a vakerkenning: VO has no cohorten and no MBO fields.</summary>
    public static AangebodenOpleiding VoOpleiding() => new(
        Guid.Parse("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"),
        AangebodenOpleidingSoort.VO,
        "140A140",
        "140X140",
        new DateOnly(2022, 8, 1),
        new DateOnly(2022, 8, 22),
        new DateOnly(2032, 7, 31),
        null,
        new VoVakerkenningSleutel("ILT", "0137", "VO-VMBO-KB"),
        null,
        [
            new AangebodenOpleidingPeriode(
                new DateOnly(2022, 8, 1),
                "Techniek kader",
                "Engineering (pre-vocational)",
                "Vmbo kaderberoepsgericht, profiel techniek.",
                [new Kenmerk(Kenmerk.SamenwerkendeOnderwijsaanbiedercode, KenmerkType.Tekst, Aanbieder)]),
            new AangebodenOpleidingPeriode(new DateOnly(2027, 8, 1), "Techniek kader (DLR)", null, null, []),
        ],
        [],
        new AfwijkendeOpleidingsduur("J", 4),
        [
            new Kenmerk(Kenmerk.DoorlopendeLeerlijnVmboMbo, KenmerkType.Enumeratiewaarde, "DLR_VMBO_MBO"),
            new Kenmerk("opleidingskenmerk", KenmerkType.Enumeratiewaarde, "TECHNASIUM"),
        ],
        null,
        null,
        null,
        null);
}
