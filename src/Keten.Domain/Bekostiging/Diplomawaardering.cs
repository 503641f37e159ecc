using Keten.Domain.Referentie;
using Keten.Domain.Rod;

namespace Keten.Domain.Bekostiging;

/// <summary>One of the student's MBO diplomas as the diploma value sees it.</summary>
public sealed record GewaardeerdDiploma(Inschrijving Inschrijving, Diploma Diploma, Opleidingserkenning? Erkenning, int Diplomawaarde)
{
    public string? Niveau => Erkenning?.Niveau;

    public bool Specialist => Erkenning?.Specialist ?? false;

    /// <summary>Counts as an earlier diploma of the student: indicatie bekostigbaar J and a recognised opleiding.</summary>
    public bool Bekostigd => Diploma.IndicatieBekostigbaar && Erkenning is not null;
}

/// <summary>The value of one diploma (domain.md rule 55) and why.</summary>
public sealed record Diplomabeslissing(
    GewaardeerdDiploma Diploma,
    bool Bekostigd,
    int? Waarde,
    GewaardeerdDiploma? HoogsteEerdere,
    string Redencode,
    IReadOnlyList<string> Signaalcodes);

/// <summary>
/// The diploma value (domain.md §4 and rule 55): DiW 1 basisberoep (MBO-2), 3 vak (MBO-3), 5 middenkader (MBO-4), 0 entree,
/// minus the DiW of the student's highest earlier funded diploma, never below 0; plus 2 for a first specialistendiploma.
/// Earlier: every diploma of the student at any instelling with an earlier datum resultaat, and of several on one day the
/// lower ones (DiW, then not-specialist, then volgnummer); a diploma from before a break in enrolment of 3 years or more
/// is not earlier. The institution's IDiW is the sum × 0.2 (<see cref="Bekostigingstotalen"/>).
/// </summary>
public static class Diplomawaardering
{
    /// <summary>The student's MBO diplomas in the order "earlier first".</summary>
    public static IReadOnlyList<GewaardeerdDiploma> OpVolgorde(Bekostigingsstudent student, Referentiedata referentie, Bekostigingsparameters parameters)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(referentie);
        ArgumentNullException.ThrowIfNull(parameters);
        if (!student.Inschrijvingen.Any(i => i.Diplomas.Count > 0))
        {
            return [];
        }

        return
        [
            .. student.Inschrijvingen.Where(i => i.Sector == Sector.MBO)
                .SelectMany(i => i.Diplomas.Select(d => (Inschrijving: i, Diploma: d, Erkenning: referentie.Erkenning("CREBO", d.Opleidingcode))))
                .Select(d => new GewaardeerdDiploma(d.Inschrijving, d.Diploma, d.Erkenning, parameters.Diplomawaarde(d.Erkenning?.Niveau)))
                .OrderBy(d => d.Diploma.DatumResultaat)
                .ThenBy(d => d.Diplomawaarde)
                .ThenBy(d => d.Specialist)
                .ThenBy(d => d.Diploma.Resultaatvolgnummer, StringComparer.Ordinal)
                .ThenBy(d => d.Inschrijving.Brin, StringComparer.Ordinal),
        ];
    }

    /// <summary>The value of <paramref name="diploma"/>, one of <paramref name="opVolgorde"/>.</summary>
    public static Diplomabeslissing Waardeer(GewaardeerdDiploma diploma, IReadOnlyList<GewaardeerdDiploma> opVolgorde, IReadOnlyList<Inschrijving> inschrijvingen, Bekostigingsparameters parameters)
    {
        ArgumentNullException.ThrowIfNull(diploma);
        ArgumentNullException.ThrowIfNull(opVolgorde);
        ArgumentNullException.ThrowIfNull(parameters);
        var signalen = new List<string>();
        var voorgaand = opVolgorde.TakeWhile(d => !ReferenceEquals(d, diploma)).Where(d => d.Bekostigd).ToList();
        var eerder = voorgaand.Where(d => !Onderbroken(inschrijvingen, d.Diploma.DatumResultaat, diploma.Diploma.DatumResultaat, parameters.OnderbrekingJaren)).ToList();
        if (eerder.Count < voorgaand.Count)
        {
            signalen.Add(Bekostigingssignaalcodes.OnderbrekingDrieJaar);
        }

        if (eerder.Any(d => d.Diploma.DatumResultaat == diploma.Diploma.DatumResultaat))
        {
            signalen.Add(Bekostigingssignaalcodes.ZelfdeDag);
        }

        var hoogste = eerder.OrderByDescending(d => d.Diplomawaarde).ThenByDescending(d => d.Specialist).FirstOrDefault();
        if (!diploma.Diploma.IndicatieBekostigbaar)
        {
            return new(diploma, false, null, hoogste, Bekostigingssignaalcodes.DiplomaIndicatieNee, signalen);
        }

        if (diploma.Erkenning is null)
        {
            return new(diploma, false, null, hoogste, Bekostigingssignaalcodes.DiplomaOpleidingOnbekend, signalen);
        }

        var eerdereWaarde = hoogste?.Diplomawaarde ?? 0;
        var basis = Math.Max(0, diploma.Diplomawaarde - eerdereWaarde);
        var eersteSpecialist = diploma.Specialist && !eerder.Any(d => d.Specialist);
        var toeslag = eersteSpecialist ? parameters.SpecialistToeslag : 0;
        var code = diploma.Niveau == "MBO-1" ? Bekostigingssignaalcodes.DiplomaEntree
            : eerdereWaarde == 0 ? Bekostigingssignaalcodes.DiplomaVolleWaarde
            : basis > 0 ? Bekostigingssignaalcodes.DiplomaMinEerder
            : toeslag > 0 ? Bekostigingssignaalcodes.EersteSpecialist
            : Bekostigingssignaalcodes.DiplomaNietHoger;
        var specialistcode = eersteSpecialist ? Bekostigingssignaalcodes.EersteSpecialist : Bekostigingssignaalcodes.SpecialistNietEerste;
        if (diploma.Specialist && specialistcode != code)
        {
            signalen.Insert(0, specialistcode);
        }

        return new(diploma, true, basis + toeslag, hoogste, code, signalen);
    }

    /// <summary>The niveau of the student's highest funded diploma obtained before the day (NiveauHoogstBekostigdeDiploma of an enrolment).</summary>
    public static string? HoogsteNiveauVoor(IReadOnlyList<GewaardeerdDiploma> opVolgorde, DateOnly datum)
    {
        ArgumentNullException.ThrowIfNull(opVolgorde);
        return opVolgorde.Where(d => d.Bekostigd && d.Diploma.DatumResultaat < datum)
            .OrderByDescending(d => d.Diplomawaarde).ThenByDescending(d => d.Niveau, StringComparer.Ordinal)
            .Select(d => d.Niveau).FirstOrDefault();
    }

    /// <summary>
    /// Whether the student was not enrolled anywhere for <paramref name="jaren"/> years or more between the two days: a
    /// gap from the day after one enrolment's last day to the day before the next one's first day that is at least that long.
    /// </summary>
    public static bool Onderbroken(IEnumerable<Inschrijving> inschrijvingen, DateOnly van, DateOnly tot, int jaren)
    {
        ArgumentNullException.ThrowIfNull(inschrijvingen);
        DateOnly? laatsteDag = null;
        foreach (var (begin, einde) in Aaneengesloten(inschrijvingen))
        {
            if (laatsteDag is { } vorige && vorige >= van && begin <= tot && begin > vorige.AddYears(jaren))
            {
                return true;
            }

            laatsteDag = einde;
        }

        return false;
    }

    /// <summary>The spans the student was enrolled, merged where they overlap or touch, in order.</summary>
    private static List<(DateOnly Begin, DateOnly Einde)> Aaneengesloten(IEnumerable<Inschrijving> inschrijvingen)
    {
        var spans = new List<(DateOnly Begin, DateOnly Einde)>();
        foreach (var i in inschrijvingen.OrderBy(i => i.DatumInschrijving))
        {
            var einde = i.LaatsteDag ?? DateOnly.MaxValue;
            if (spans.Count > 0 && i.DatumInschrijving <= spans[^1].Einde.AddDays(spans[^1].Einde == DateOnly.MaxValue ? 0 : 1))
            {
                spans[^1] = (spans[^1].Begin, einde > spans[^1].Einde ? einde : spans[^1].Einde);
            }
            else
            {
                spans.Add((i.DatumInschrijving, einde));
            }
        }

        return spans;
    }
}
