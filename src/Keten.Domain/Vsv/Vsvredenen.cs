namespace Keten.Domain.Vsv;

/// <summary>
/// The outcome of the VSV measurement for one person enrolled on peildatum t, and why (prefix VSV): Keten's codes, listed
/// in docs/rod-codes.md. VSV01 and VSV02 are the new voortijdig schoolverlaters; VSV03 would be one but the age is unknown.
/// </summary>
public static class Vsvredenen
{
    public const string ZonderDiploma = "VSV01";
    public const string DiplomaOnderStartkwalificatie = "VSV02";
    public const string LeeftijdOnbekend = "VSV03";
    public const string WeerIngeschreven = "VSV10";
    public const string MboDiploma = "VSV11";
    public const string HavoVwoDiploma = "VSV12";
    public const string HavoVwoExamenjaarAfgerond = "VSV13";
    public const string Vanaf23 = "VSV14";

    /// <summary>The codes that make a person a new voortijdig schoolverlater.</summary>
    public static bool IsVsv(string code) => code is ZonderDiploma or DiplomaOnderStartkwalificatie;

    /// <summary>The codes of a person who left without a startkwalificatie (counted or, age unknown, listed apart).</summary>
    public static bool IsVerlaterZonderStartkwalificatie(string code) => IsVsv(code) || code == LeeftijdOnbekend;

    public static string Tekst(string code) => code switch
    {
        ZonderDiploma => "Nieuwe voortijdig schoolverlater: jonger dan 23 op peildatum t, op 1 oktober t+1 bij geen instelling ingeschreven, zonder diploma",
        DiplomaOnderStartkwalificatie => "Nieuwe voortijdig schoolverlater: jonger dan 23 op peildatum t, op 1 oktober t+1 bij geen instelling ingeschreven, alleen een diploma onder het niveau van een startkwalificatie (entree, MBO-1)",
        LeeftijdOnbekend => "Op 1 oktober t+1 bij geen instelling ingeschreven en zonder startkwalificatie, maar de geboortedatum is onbekend: niet meegeteld, apart vermeld",
        WeerIngeschreven => "Op 1 oktober t+1 ingeschreven bij een instelling: geen voortijdig schoolverlater",
        MboDiploma => "Startkwalificatie: een MBO-diploma op niveau 2 of hoger",
        HavoVwoDiploma => "Startkwalificatie: een havo- of vwo-diploma",
        HavoVwoExamenjaarAfgerond => "Startkwalificatie aangenomen: het examenjaar havo (leerjaar 5) of vwo (leerjaar 6) afgesloten met een uitschrijving in juni tot en met september (Keten registreert geen VO-diploma's)",
        Vanaf23 => "23 jaar of ouder op peildatum t: valt buiten de meting",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "geen VSV-reden"),
    };

    public static IReadOnlyList<string> Alle { get; } =
        [ZonderDiploma, DiplomaOnderStartkwalificatie, LeeftijdOnbekend, WeerIngeschreven, MboDiploma, HavoVwoDiploma, HavoVwoExamenjaarAfgerond, Vanaf23];
}
