namespace Keten.Domain.Rio;

/// <summary>Which kenmerk a specialisation allows, its type, how often, and its value list.</summary>
public sealed record KenmerkDefinitie(string Kenmerknaam, KenmerkType Type, int Min, int Max, Waardelijst? Waardelijst = null);

/// <summary>
/// The kenmerken per entity specialisation, as DUO's XSD declares them in the Kenmerkwaardenbereik_… types
/// (an inherited kenmerkwaardenbereik adds the base type's kenmerken).
/// </summary>
public static class KenmerkDefinities
{
    private static readonly KenmerkDefinitie EigenAangebodenOpleidingSleutel = new("eigenAangebodenOpleidingSleutel", KenmerkType.Tekst, 0, 1);
    private static readonly KenmerkDefinitie LaatsteInstroomdatum = new("laatsteInstroomdatum", KenmerkType.Datum, 0, 1);
    private static readonly KenmerkDefinitie DoorlopendeLeerlijn =
        new(Kenmerk.DoorlopendeLeerlijnVmboMbo, KenmerkType.Enumeratiewaarde, 0, 1, Waardelijsten.DoorlopendeLeerlijnVmboMbo);
    private static readonly KenmerkDefinitie Samenwerkend = new(Kenmerk.SamenwerkendeOnderwijsaanbiedercode, KenmerkType.Tekst, 0, 99);

    public static IReadOnlyList<KenmerkDefinitie> AangebodenMboOpleiding { get; } =
    [
        EigenAangebodenOpleidingSleutel, LaatsteInstroomdatum, DoorlopendeLeerlijn,
        new("voertaal", KenmerkType.Enumeratiewaarde, 0, 1, Waardelijsten.Taalcode),
    ];

    public static IReadOnlyList<KenmerkDefinitie> AangebodenVOOpleiding { get; } =
    [
        EigenAangebodenOpleidingSleutel, LaatsteInstroomdatum, DoorlopendeLeerlijn,
        new("opleidingskenmerk", KenmerkType.Enumeratiewaarde, 0, 99, Waardelijsten.AangebodenVoOpleidingskenmerk),
        new("doorlopendeLeerlijnBoVo", KenmerkType.Enumeratiewaarde, 0, 1, Waardelijsten.DoorlopendeLeerlijnBoVo),
    ];

    public static IReadOnlyList<KenmerkDefinitie> AangebodenMboOpleidingPeriode { get; } =
        [Samenwerkend, new("website", KenmerkType.Tekst, 0, 1)];

    public static IReadOnlyList<KenmerkDefinitie> AangebodenVOOpleidingPeriode { get; } = [Samenwerkend];

    public static IReadOnlyList<KenmerkDefinitie> AangebodenMboOpleidingCohort { get; } =
    [
        new("deelnemersplaatsen", KenmerkType.Getal, 0, 1),
        new("opleidingsvorm", KenmerkType.Enumeratiewaarde, 1, 1, Waardelijsten.Opleidingsvorm),
    ];

    public static IReadOnlyList<KenmerkDefinitie> AangebodenVOOpleidingCohort { get; } = [new("deelnemersplaatsen", KenmerkType.Getal, 0, 1)];

    public static IReadOnlyList<KenmerkDefinitie> Onderwijsaanbieder { get; } = [new("eigenOnderwijsaanbiederSleutel", KenmerkType.Tekst, 0, 1)];

    public static IReadOnlyList<KenmerkDefinitie> OnderwijsaanbiederPeriode { get; } = [];

    public static IReadOnlyList<KenmerkDefinitie> Onderwijslocatiegebruik { get; } = [new("eigenOnderwijslocatiegebruikSleutel", KenmerkType.Tekst, 0, 1)];

    public static IReadOnlyList<KenmerkDefinitie> ParticuliereOpleiding { get; } =
        [new("eigenOpleidingseenheidSleutel", KenmerkType.Tekst, 0, 1), new("categorie", KenmerkType.Enumeratiewaarde, 0, 3)];

    public static IReadOnlyList<KenmerkDefinitie> OpleidingseenheidPeriode { get; } = [];
}
