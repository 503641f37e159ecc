using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Rod;

/// <summary>
/// Signals on an accepted enrolment mutation (prefix RS): accepted, but worth a look. Keten's codes, described in
/// docs/rod-codes.md; like the foutcodes they never carry a person's number.
/// </summary>
public static class RodSignaalcodes
{
    /// <summary>More than <see cref="InschrijvingRegels.Leveringstermijn"/> days after the mutation date (domain.md rule 10).</summary>
    public static Signaal RS001(string veld, DateOnly datum, int dagen) => Signaal.Van("RS001",
        $"Te laat geleverd: {dagen} dagen na de mutatiedatum; lever binnen 7 dagen", (veld, RodFoutcodes.D(datum)));

    /// <summary>Domain.md rule 12: a pupil who comes after the summer holiday is enrolled from 1 August.</summary>
    public static Signaal RS002(DateOnly datum) => Signaal.Van("RS002",
        "Een VO-inschrijving na de zomervakantie gaat in op 1 augustus", ("datumInschrijving", RodFoutcodes.D(datum)));

    /// <summary>Domain.md rule 12: a transfer's dates must connect; here a few days lie between the two enrolments.</summary>
    public static Signaal RS003(DateOnly vorigeLaatsteDag, DateOnly inschrijving) => Signaal.Van("RS003",
        "De inschrijving sluit niet aan op de vorige VO-inschrijving van de leerling (ook geen weekend ertussen)",
        ("vorigeUitschrijving", RodFoutcodes.D(vorigeLaatsteDag)), ("datumInschrijving", RodFoutcodes.D(inschrijving)));

    /// <summary>A BBL period without a BPV: the enrolment counts for funding only with a praktijkovereenkomst (domain.md rule 53).</summary>
    public static Signaal RS004(DateOnly begin) => Signaal.Van("RS004",
        "BBL-periode zonder BPV: voor bekostiging is een praktijkovereenkomst nodig", ("datumBegin", RodFoutcodes.D(begin)));

    /// <summary>Domain.md rule 11: accepted past the mutation stop because the mutation carries an accountantsverklaring.</summary>
    public static Signaal RS005(string veld, DateOnly teldatum) => Signaal.Van("RS005",
        "Bekostigingsgegeven op een teldatum na de mutatiestop gewijzigd, met accountantsverklaring", ("veld", veld), ("teldatum", RodFoutcodes.D(teldatum)));
}
