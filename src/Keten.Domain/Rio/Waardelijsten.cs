using Keten.Domain.Rio.Leerroutes;

namespace Keten.Domain.Rio;

/// <summary>
/// The value lists Keten checks, copied from DUO's service book
/// (Webservice documentatie DUO_RIO_Beheren_OnderwijsOrganisatie_V4, chapter 5) with their validity dates.
/// </summary>
public static class Waardelijsten
{
    private static readonly DateOnly Stelseldatum = new(1997, 8, 1);
    private static readonly DateOnly LeerrouteWet = new(2020, 8, 1);
    private static readonly DateOnly GecombineerdeLeerwegenVervallen = new(2016, 12, 9);

    /// <summary>§5.39 LeertrajectMBO-v02.</summary>
    public static Waardelijst LeertrajectMbo { get; } = new("LeertrajectMBO-v02",
    [
        new("BBL", Stelseldatum), new("BOL", Stelseldatum), new("BOL_DT", Stelseldatum),
        new("CBL", Stelseldatum, GecombineerdeLeerwegenVervallen), new("CBL_DT", Stelseldatum, GecombineerdeLeerwegenVervallen),
        new("COL", Stelseldatum, GecombineerdeLeerwegenVervallen), new("COL_DT", Stelseldatum, GecombineerdeLeerwegenVervallen),
        new("EX", Stelseldatum), new("ODT", new DateOnly(2019, 1, 1)), new("OVO", Stelseldatum),
    ]);

    /// <summary>§5.37 Kwalificatieniveau-v03. MBO-1 is Entree (from 2014) or Assistent.</summary>
    public static Waardelijst Kwalificatieniveau { get; } = new("Kwalificatieniveau-v03",
        [new("MBO-1", Stelseldatum), new("MBO-2", Stelseldatum), new("MBO-3", Stelseldatum), new("MBO-4", Stelseldatum)]);

    /// <summary>§5.63 OpleidingskenmerkcodeDoorlopendeLeerlijnenVmboMbo-v01.</summary>
    public static Waardelijst DoorlopendeLeerlijnVmboMbo { get; } = new("OpleidingskenmerkcodeDoorlopendeLeerlijnenVmboMbo-v01",
        [new(LeerrouteCodes.Dlr, LeerrouteWet), new(LeerrouteCodes.Glr, LeerrouteWet)]);

    /// <summary>§5.60 OpleidingskenmerkcodeAangebodenVoOpleiding-v01 (enumeratie v01.3).</summary>
    public static Waardelijst AangebodenVoOpleidingskenmerk { get; } = new("OpleidingskenmerkcodeAangebodenVoOpleiding-v01",
    [
        new("AGORA", new DateOnly(2014, 8, 1)), new("DALTON", new DateOnly(1925, 8, 1)), new("DAMU", new DateOnly(2006, 8, 1)),
        new("ISK", new DateOnly(1980, 8, 1)), new("JENAPLAN", new DateOnly(1962, 8, 1)),
        new("KUNSKAPSSKOLAN", new DateOnly(2014, 8, 1), new DateOnly(2021, 8, 1)), new("MONTESSORI", new DateOnly(1916, 8, 1)),
        new("PRAKTIJKGERICHT_PROGRAMMA", new DateOnly(2021, 8, 1)), new("PRO_VMBO_ONDERBOUW", new DateOnly(2019, 8, 1)),
        new("SCHAKELKLAS_PO_VO", new DateOnly(1993, 8, 1)), new("TECHNASIUM", new DateOnly(2004, 8, 1)),
        new("TIENERSCHOOL", new DateOnly(2018, 8, 1)), new("TOPSPORT_TALENT", new DateOnly(1991, 8, 1)), new("TTO", new DateOnly(2002, 8, 1)),
        new("VERRIJKT_PROGRAMMA_VWO", new DateOnly(2015, 8, 1)), new("VERSNELD_PROGRAMMA_VWO", new DateOnly(2015, 8, 1)),
        new("VRIJESCHOOL", new DateOnly(1923, 8, 1)), new("ZESJARIGE_HAVO", new DateOnly(2019, 8, 1)),
    ]);

    /// <summary>§5.62 OpleidingskenmerkcodeDoorlopendeLeerlijnenBoVo-v01 (enumeratie v01.3).</summary>
    public static Waardelijst DoorlopendeLeerlijnBoVo { get; } = new("OpleidingskenmerkcodeDoorlopendeLeerlijnenBoVo-v01",
        [new("SCHAKELKLAS_PO_VO", new DateOnly(1993, 8, 1)), new("TIENERSCHOOL", new DateOnly(2018, 8, 1))]);

    /// <summary>§5.86 Toelatingseisen-v01.</summary>
    public static Waardelijst Toelatingseisen { get; } = new("Toelatingseisen-v01", [new("JA"), new("NEE")]);

    /// <summary>§5.85 ToegankelijkVoor-v01.</summary>
    public static Waardelijst ToegankelijkVoor { get; } = new("ToegankelijkVoor-v01", [new("ALL"), new("SPEC")]);

    /// <summary>§5.80 Studieduureenheid-v01 (enumeratie v01.2).</summary>
    public static Waardelijst Studieduureenheid { get; } = new("Studieduureenheid-v01", [new("J"), new("M"), new("W"), new("D"), new("U")]);

    /// <summary>§5.88 ToestemmingAanmeldingscohortVereist-v01 (enumeratie v01.1).</summary>
    public static Waardelijst ToestemmingAanmeldingscohortVereist { get; } = new("ToestemmingAanmeldingscohortVereist-v01", [new("JA"), new("NEE")]);

    /// <summary>§5.44 Niveaucode-v06 (enumeratie v06.5). VO-VBO ended on 2018-01-01 (its T/m).</summary>
    public static Waardelijst Niveaucode { get; } = new("Niveaucode-v06",
    [
        new("PO-VVE"), new("PO-BAO"), new("PO-SBAO"), new("PO-SO"), new("PO-VSO"), new("PO-ARBEIDSMARKT"), new("PO-DAGBESTEDING"),
        new("VO-PRO"), new("VO-VMBO-BB"), new("VO-VMBO-KB"), new("VO-VMBO-GL"), new("VO-VMBO-TL"), new("VO-HAVO"), new("VO-VWO"),
        new("VO-VBO", null, new DateOnly(2018, 1, 1)),
        new("MBO"), new("MBO-1"), new("MBO-2"), new("MBO-3"), new("MBO-4"), new("NT2-I"), new("NT2-II"), new("EDUCATIE"),
        new("HBO-AD"), new("HBO-BA"), new("HBO-MA"), new("HBO-PM"), new("HBO-O"), new("WO-BA"), new("WO-MA"), new("WO-PM"), new("WO-O"),
        new("ONBEPAALD"),
    ]);

    /// <summary>§5.77 SoortWaardedocument-v01 (enumeratie v01.4).</summary>
    public static Waardelijst SoortWaardedocument { get; } = new("SoortWaardedocument-v01",
    [
        new("CERTIFICAAT"), new("DIPLOMA"), new("GEEN_OFFICIEEL_DOCUMENT"), new("GETUIGSCHRIFT"), new("SCHOOLADVIES"), new("VAKBEKWAAMHEIDSBEWIJS"),
    ]);

    /// <summary>§5.82 StudielastEenheid-v03 (enumeratie v03.2).</summary>
    public static Waardelijst StudielastEenheid { get; } = new("StudielastEenheid-v03",
        [new("CONTACTUUR"), new("ECTS_PUNT"), new("SBU"), new("STUDIEPUNT"), new("UUR")]);

    /// <summary>§5.8 Cohortstatus-v01.</summary>
    public static Waardelijst Cohortstatus { get; } = new("Cohortstatus-v01", [new("G"), new("O")]);

    /// <summary>§5.2 AangebodenOpleidingOpleidingsvorm-v01.</summary>
    public static Waardelijst Opleidingsvorm { get; } = new("AangebodenOpleidingOpleidingsvorm-v01",
        [new("COACHING"), new("KLASSIKAAL"), new("KLASSIKAAL_EN_ONLINE"), new("LEZING"), new("ONLINE"), new("ZELFSTUDIE")]);

    /// <summary>§5.84 Taalcode-v01 (enumeratie v01.4).</summary>
    public static Waardelijst Taalcode { get; } = new("Taalcode-v01",
    [
        new("ARA"), new("CHI"), new("DEU"), new("ENG"), new("FRA"), new("HRV"), new("ITA"), new("JPN"), new("NLD"),
        new("NOR"), new("PAP"), new("POL"), new("POR"), new("RON"), new("RUS"), new("SPA"), new("SWE"), new("TUR"),
    ]);
}
