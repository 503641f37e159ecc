using System.Globalization;
using Keten.Domain.Gemeenschappelijk;
using static Keten.Domain.Rod.RodFoutcodes;

namespace Keten.Domain.Verzuim;

/// <summary>
/// Why the verzuimregister refuses a report or a change (prefix VZM): Keten's codes, stable once published and listed in
/// docs/rod-codes.md. Each names its field; none carries a person's number.
/// </summary>
public static class VerzuimFoutcodes
{
    public static Foutmelding VZM001(DateOnly begindatum) => Foutmelding.Van("VZM001",
        "De leerling staat op de begindatum bij geen enkele instelling ingeschreven", ("begindatum", D(begindatum)));

    /// <summary>Names the responsible instelling (BRIN and name), never the pupil.</summary>
    public static Foutmelding VZM002(string brin, string naam, DateOnly begindatum) => Foutmelding.Van("VZM002",
        $"Alleen de verantwoordelijke instelling meldt verzuim: op {D(begindatum)} is dat {brin} {naam}", ("brin", brin), ("begindatum", D(begindatum)));

    public static Foutmelding VZM003(DateOnly einddatum, DateOnly begindatum) => Foutmelding.Van("VZM003",
        "De einddatum ligt voor de begindatum", ("einddatum", D(einddatum)), ("begindatum", D(begindatum)));

    public static Foutmelding VZM004(string veld, DateOnly datum) => Foutmelding.Van("VZM004",
        $"De {veld} ligt in de toekomst", (veld, D(datum)));

    public static Foutmelding VZM005(string gemeentecode) => Foutmelding.Van("VZM005",
        "De woongemeente is geen CBS-gemeentecode uit de referentiedata", ("woongemeente", gemeentecode));

    public static Foutmelding VZM006(int leeftijd) => Foutmelding.Van("VZM006",
        $"16 uur in 4 weken geldt voor leerlingen jonger dan 18; de leerling is op de begindatum {leeftijd}: meld RMC of overig verzuim",
        ("soort", nameof(Verzuimsoort.ZestienUur)), ("leeftijd", leeftijd.ToString(CultureInfo.InvariantCulture)));

    public static Foutmelding VZM007(int leeftijd) => Foutmelding.Van("VZM007",
        $"Een RMC-melding geldt voor leerlingen van 18 tot 23; de leerling is op de begindatum {leeftijd}",
        ("soort", nameof(Verzuimsoort.Rmc)), ("leeftijd", leeftijd.ToString(CultureInfo.InvariantCulture)));

    public static Foutmelding VZM008() => Foutmelding.Van("VZM008",
        "Een RMC-melding geldt alleen zonder startkwalificatie; de leerling heeft een havo-, vwo- of mbo-2-diploma of hoger", ("soort", nameof(Verzuimsoort.Rmc)));

    public static Foutmelding VZM009(DateOnly eerdere, DateOnly vanaf) => Foutmelding.Van("VZM009",
        $"Voor deze leerling en deze soort is al verzuim gemeld met begindatum {D(eerdere)}; bij voortdurend verzuim ten hoogste één melding per 7 dagen, een volgende vanaf {D(vanaf)}",
        ("begindatum", D(eerdere)));

    public static Foutmelding VZM010(string veld) => Foutmelding.Van("VZM010",
        "Een melding 16 uur in 4 weken vermeldt ten minste 16 uur ongeoorloofd verzuim; uren zijn nooit negatief", ("veld", veld));

    public static Foutmelding VZM011(DateOnly uitgeschreven) => Foutmelding.Van("VZM011",
        "De leerling is uitgeschreven: een melding 16 uur, LRV of RMC heeft dan een einddatum", ("einddatum", "(leeg)"), ("uitschrijving", D(uitgeschreven)));

    public static Foutmelding VZM012(Verzuimpartij partij, Verzuimstatus van, Verzuimstatus naar) => Foutmelding.Van("VZM012",
        $"De {(partij == Verzuimpartij.School ? "school" : "gemeente")} mag de status niet van {van} naar {naar} wijzigen", ("status", naar.ToString()));

    public static Foutmelding VZM013() => Foutmelding.Van("VZM013",
        "De melding heeft al een einddatum of is niet meer lopend; alleen een ontbrekende einddatum wordt aangevuld", ("einddatum", "(gevuld)"));

    public static Foutmelding VZM014(string veld) => Foutmelding.Van("VZM014",
        "Ongeoorloofd verzuim per dag is meer dan 0 en ten hoogste 24 uur, één regel per dag", ("veld", veld));

    public static Foutmelding VZM015(string regio) => Foutmelding.Van("VZM015",
        "De vakantieregio is noord, midden of zuid", ("vakantieregio", regio));

    public static Foutmelding VZM016(int lengte) => Foutmelding.Van("VZM016",
        "De toelichting is ten hoogste 1000 tekens", ("toelichting", lengte.ToString(CultureInfo.InvariantCulture)));
}
