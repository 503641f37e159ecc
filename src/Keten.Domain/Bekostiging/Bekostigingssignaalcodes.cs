namespace Keten.Domain.Bekostiging;

/// <summary>
/// Why the funding determination decided what it did, per teldatum and per diploma (prefix B, three characters: TBG-i
/// Signaalcode is AN1..3). Keten's codes, listed in docs/rod-codes.md; where one means what a preliminary status code
/// means, <see cref="Bek"/> names that BEK code.
/// </summary>
public static class Bekostigingssignaalcodes
{
    public const string Bekostigd = "B01";
    public const string GeenTeldatum = "B02";
    public const string IndicatieNee = "B03";
    public const string FaseVo = "B04";
    public const string FaseMbo = "B05";
    public const string BblZonderBpv = "B06";
    public const string LeertrajectTeltNiet = "B07";
    public const string NietDeHoofdinschrijving = "B08";
    public const string VoVoorMbo = "B09";
    public const string AlleenCorrectiefactor = "B10";

    public const string DiplomaVolleWaarde = "B20";
    public const string DiplomaMinEerder = "B21";
    public const string DiplomaNietHoger = "B22";
    public const string DiplomaEntree = "B23";
    public const string EersteSpecialist = "B24";
    public const string SpecialistNietEerste = "B25";
    public const string DiplomaIndicatieNee = "B26";
    public const string OnderbrekingDrieJaar = "B27";
    public const string ZelfdeDag = "B28";
    public const string DiplomaOpleidingOnbekend = "B29";

    public static IReadOnlyList<string> Alle { get; } =
    [
        Bekostigd, GeenTeldatum, IndicatieNee, FaseVo, FaseMbo, BblZonderBpv, LeertrajectTeltNiet, NietDeHoofdinschrijving, VoVoorMbo, AlleenCorrectiefactor,
        DiplomaVolleWaarde, DiplomaMinEerder, DiplomaNietHoger, DiplomaEntree, EersteSpecialist, SpecialistNietEerste, DiplomaIndicatieNee,
        OnderbrekingDrieJaar, ZelfdeDag, DiplomaOpleidingOnbekend,
    ];

    /// <summary>The Dutch text (Signaalomschrijving, at most 255 characters).</summary>
    public static string Tekst(string code) => code switch
    {
        Bekostigd => "Ingeschreven op de teldatum met indicatie bekostigbaar J en een leertraject dat telt: bekostigd",
        GeenTeldatum => "Geen geldige inschrijving op een teldatum van het bekostigingsjaar: komt niet voor bekostiging in aanmerking",
        IndicatieNee => "Indicatie bekostigbaar is N in de periode die op de teldatum geldt",
        FaseVo => "Leerroute vmbo-mbo in fase VO op de teldatum: de VO-school wordt bekostigd, de MBO-instelling niet",
        FaseMbo => "Leerroute vmbo-mbo in fase MBO op de teldatum: de MBO-instelling wordt bekostigd, de VO-school niet",
        BblZonderBpv => "BBL zonder praktijkovereenkomst die uiterlijk 31 december van het jaar van de teldatum is afgesloten en begonnen",
        LeertrajectTeltNiet => "Het leertraject telt niet voor bekostiging (alleen BOL, BBL en tot 31-07-2023 BOL_DT)",
        NietDeHoofdinschrijving => "De student heeft op de teldatum een andere bekostigbare inschrijving die de hoofdinschrijving is",
        VoVoorMbo => "Ingeschreven in VO en MBO zonder leerroute: de VO-inschrijving is de hoofdinschrijving en wordt bekostigd",
        AlleenCorrectiefactor => "Teldatum 1 februari: telt alleen voor de correctiefactor, niet voor de telling van 1 oktober",
        DiplomaVolleWaarde => "Diploma bekostigd met de volle diplomawaarde: geen eerder hoger of gelijk diploma",
        DiplomaMinEerder => "Diploma bekostigd met de diplomawaarde verminderd met die van het hoogste eerdere diploma",
        DiplomaNietHoger => "Diploma niet hoger dan het hoogste eerdere diploma: diplomawaarde 0",
        DiplomaEntree => "Entreediploma: geen diplomawaarde",
        EersteSpecialist => "Eerste specialistendiploma: de toeslag voor een specialistendiploma telt mee (bij een eerder diploma van gelijk niveau is dat de hele diplomawaarde)",
        SpecialistNietEerste => "Specialistendiploma, maar niet het eerste: geen toeslag",
        DiplomaIndicatieNee => "Indicatie bekostigbaar van het diploma is N: niet bekostigd",
        OnderbrekingDrieJaar => "Diploma's van voor een onderbreking van de inschrijving van 3 jaar of langer tellen niet als eerder diploma",
        ZelfdeDag => "Meerdere diploma's op dezelfde dag: het laagste telt als het eerdere",
        DiplomaOpleidingOnbekend => "De opleiding van het diploma is niet bekend in de referentiedata: geen diplomawaarde",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "geen bekostigingssignaal"),
    };

    /// <summary>The preliminary status code (BEK) that means the same, or null.</summary>
    public static string? Bek(string code) => code switch
    {
        Bekostigd => Bekostigingsredenen.Bekostigbaar,
        GeenTeldatum => Bekostigingsredenen.NietIngeschreven,
        IndicatieNee => Bekostigingsredenen.IndicatieNee,
        FaseVo => Bekostigingsredenen.FaseVo,
        FaseMbo => Bekostigingsredenen.FaseMbo,
        BblZonderBpv => Bekostigingsredenen.BblZonderPraktijkovereenkomst,
        LeertrajectTeltNiet => Bekostigingsredenen.LeertrajectTeltNiet,
        _ => null,
    };
}
