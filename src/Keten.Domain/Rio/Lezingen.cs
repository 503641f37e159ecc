namespace Keten.Domain.Rio;

/// <summary>How a value's validity is weighed against the life of the object that carries it.</summary>
public enum Geldigheidslezing
{
    /// <summary>The value is valid on at least one day of the object's life.</summary>
    OpEenDag,

    /// <summary>The value is valid on every day of the object's life (an open end needs an open value).</summary>
    OpElkeDag,
}

/// <summary>
/// Where a condition text of DUO's (RIO-Beheren-V4-foutcodes) can be read two ways, the reading Keten takes: one setting
/// per question, here only, each documented in docs/foutcodes.md ("Readings").
/// </summary>
public static class Lezingen
{
    /// <summary>
    /// K01051 "De waarde voor [entiteit]kenmerk.naam moet in de tijd geldig zijn" and the value-list checks of the
    /// aangeboden opleiding (N09030 leertraject, N09060, N09070, N09080, N11440 cohortstatus, N11450) and of the
    /// opleidingseenheid (P01040, P01060, P02040 in its period's life): valid on some day of the object's life. A kenmerk has no period of its own, so an offering that began in 2014 with KUNSKAPSSKOLAN (valid
    /// until 2021-08-01) and still runs is not refused for the years after; one that begins after the value ended is.
    /// </summary>
    public static Geldigheidslezing WaardeInDeTijdGeldig => Geldigheidslezing.OpEenDag;

    /// <summary>
    /// J06410 "De einddatum &lt;= (OrganisatorischeEenheid.einddatum)", P04410 (the same for an opleidingsrelatie),
    /// N01410 "de uitBedrijfdatum &lt;= OrganisatorischeEenheid(type = onderwijsbestuur).uitBedrijfdatum" (an
    /// onderwijslocatiegebruik and its board), N09430 (an aangeboden opleiding and its aanbieder), and the
    /// Verbandscontroles that compare the other way round when the aanbieder or opleidingseenheid changes (N04430,
    /// N09410, P01410, P01430): false reads an open einddatum as "not filled", which these checks then leave alone (as
    /// DUO's notes say outright elsewhere, e.g. N04430's "wordt buiten beschouwing gelaten wanneer deze niet gevuld is"):
    /// a juridische relatie without einddatum ends with its aanbieder, an offering with its aanbieder, a gebruik without
    /// uitBedrijfdatum with its board, so ending the aanbieder or board needs no second change. True would read it as
    /// "runs for ever", refusing the open relation of an aanbieder (the open gebruik of a board) that goes uit bedrijf.
    /// </summary>
    public static bool OpenEinddatumLooptDoor => false;

    /// <summary>
    /// N09410 and P01410 "Deze controle wordt NIET uitgevoerd wanneer de (gerelateerde) opleidingseenheidcode begint met
    /// 0100, 0200, 0300, 0400, 0600 of 2210 en de herkomst 'OCW' is": those prefixes are DUO's numbering of the
    /// opleidingseenheden it issues itself. Keten derives its own code for the opleidingseenheid of an erkenning
    /// (<see cref="ErkendeOpleidingseenheid"/>: 01nnOnnnn for a CREBO, 02nnOnnnn for a VO vakerkenning), which meets a
    /// prefix only by accident (a CREBO below 10000 gives 0100…). False: every aangeboden opleiding is checked against
    /// its erkenning, vakerkenning or own opleidingseenheid. True: the prefixes are applied to Keten's derived code.
    /// </summary>
    public static bool OcwPrefixenOpAfgeleideCode => false;

    /// <summary>
    /// P01040 "Bij Opleidingseenheid.type = Opleiding / VoOpleidingsonderdeel / Opleidingsfase moet de waarde voor
    /// niveau(s) voorkomen in de waardelijst", P01060 "Bij Opleidingseenheid.type = Opleiding moet de waarde voor
    /// waardedocumentsoort voorkomen in de waardelijst" and P02040 "Bij opleidingseenheidperiode specialisatie = (mbo- /
    /// ho-opleidingperiode of opleidingsonderdeelperiode) moet de waarde voor studielasteenheid voorkomen in de
    /// waardelijst": true reads the particuliereOpleiding (and its period) as an opleiding, whose niveau,
    /// waardedocumentsoort and studielasteenheid are DUO's value lists Niveaucode-v06, SoortWaardedocument-v01 and
    /// StudielastEenheid-v03 as on any opleiding. False reads "Opleiding" as the XSD type, which the particuliereOpleiding
    /// does not extend: its values would then go unchecked, and stored values Raadplegen hands out outside DUO's lists.
    /// </summary>
    public static bool ParticuliereOpleidingIsOpleiding => true;
}
