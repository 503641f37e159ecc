namespace Keten.Domain.Bekostiging;

/// <summary>
/// Why a preliminary funding status is what it is (prefix BEK): Keten's codes, listed in docs/rod-codes.md. DUO's
/// beslisboom outcomes come back as TBG-i signals whose codes are not public (domain.md §1.4).
/// </summary>
public static class Bekostigingsredenen
{
    public const string Bekostigbaar = "BEK01";
    public const string NietIngeschreven = "BEK02";
    public const string IndicatieNee = "BEK03";
    public const string FaseVo = "BEK04";
    public const string FaseMbo = "BEK05";
    public const string BblZonderPraktijkovereenkomst = "BEK06";
    public const string LeertrajectTeltNiet = "BEK07";

    public static string Tekst(string code, string? detail = null) => code switch
    {
        Bekostigbaar => $"Ingeschreven op de teldatum met indicatie bekostigbaar J: bekostiging door {detail}",
        NietIngeschreven => "Niet ingeschreven op de teldatum",
        IndicatieNee => "Indicatie bekostigbaar is N op de teldatum",
        FaseVo => "Leerroute vmbo-mbo in fase VO op de teldatum: de VO-school wordt bekostigd" + Toelichting(detail),
        FaseMbo => "Leerroute vmbo-mbo in fase MBO op de teldatum: de MBO-instelling wordt bekostigd" + Toelichting(detail),
        BblZonderPraktijkovereenkomst => "BBL zonder praktijkovereenkomst afgesloten uiterlijk 31 december van het jaar van de teldatum",
        LeertrajectTeltNiet => $"Leertraject {detail} telt niet voor bekostiging (alleen BOL en BBL)",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "geen bekostigingsreden"),
    };

    private static string Toelichting(string? detail) => detail is null ? "" : $" ({detail})";

    public static IReadOnlyList<string> Alle { get; } =
        [Bekostigbaar, NietIngeschreven, IndicatieNee, FaseVo, FaseMbo, BblZonderPraktijkovereenkomst, LeertrajectTeltNiet];
}
