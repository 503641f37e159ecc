namespace Keten.Domain.Verzuim;

/// <summary>Why an institution is the one that reports verzuim and VSV (prefix VER): Keten's codes, listed in docs/rod-codes.md.</summary>
public static class Verantwoordelijkheidsredenen
{
    public const string FaseVo = "VER01";
    public const string FaseMbo = "VER02";
    public const string FaseZonderInschrijving = "VER03";
    public const string EnigeInschrijving = "VER04";
    public const string VoVoorMbo = "VER05";
    public const string Hoofdinschrijving = "VER06";

    public static string Tekst(string code) => code switch
    {
        FaseVo => "Leerroute vmbo-mbo in fase VO: de VO-school meldt verzuim en voortijdig schoolverlaten",
        FaseMbo => "Leerroute vmbo-mbo in fase MBO: de MBO-instelling meldt verzuim en voortijdig schoolverlaten",
        FaseZonderInschrijving => "Leerroute vmbo-mbo, maar de instelling van de geleverde fase heeft op deze dag geen inschrijving: de instelling met de inschrijving blijft verantwoordelijk",
        EnigeInschrijving => "De enige inschrijving op deze dag",
        VoVoorMbo => "Ingeschreven in VO en MBO zonder leerroute: de VO-inschrijving is de hoofdinschrijving",
        Hoofdinschrijving => "Meerdere inschrijvingen in dezelfde sector: de hoofdinschrijving (hoogste niveau, dan laatst begonnen periode, dan laagste opleidingscode)",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "geen verantwoordelijkheidsreden"),
    };

    public static IReadOnlyList<string> Alle { get; } = [FaseVo, FaseMbo, FaseZonderInschrijving, EnigeInschrijving, VoVoorMbo, Hoofdinschrijving];
}
