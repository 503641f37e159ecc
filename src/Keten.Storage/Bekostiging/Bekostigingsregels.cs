using Keten.Domain.Bekostiging;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;

namespace Keten.Storage.Bekostiging;

/// <summary>Which students a run reads: enrolled in the sector on a day of [Begin, Einde] or (MBO) with a diploma in [DiplomaVan, DiplomaTot].</summary>
/// <param name="Brins">Only students with such an enrolment or diploma at one of these instellingen; null: everyone.</param>
public sealed record Studentselectie(Sector Sector, DateOnly Begin, DateOnly Einde, DateOnly? DiplomaVan, DateOnly? DiplomaTot, DateTimeOffset BekendOp,
    IReadOnlyCollection<string>? Brins);

/// <summary>The enrolment version a line was computed from: its number, when it was registered, and the message that delivered it.</summary>
public sealed record Inschrijvingsherkomst(long Versie, DateTimeOffset GeregistreerdVan, string? BedrijfsdocumentId);

/// <summary>A student as read for a run, with the version each enrolment was read in.</summary>
public sealed record GelezenStudent(Bekostigingsstudent Student, IReadOnlyDictionary<InschrijvingSleutel, Inschrijvingsherkomst> Herkomst);

/// <summary>Per enrolment and teldatum (I) or per diploma (D).</summary>
public enum Regelsoort
{
    Inschrijving,
    Diploma,
}

/// <summary>
/// One stored line of a run: its key (instelling, person, volgnummer, soort, and the teldatum or resultaatvolgnummer as
/// <see cref="Sleutel"/>), what it decided, the enrolment version it came from and its TBG-i content as JSON.
/// </summary>
/// <param name="Sector">The sector funding through this line: <see cref="Bekostigingssector"/>'s name.</param>
/// <param name="BijdrageMiljoensten">The line's contribution × 10^6 (exact), or null.</param>
public sealed record Bekostigingsregel(
    string Brin,
    Persoonsnummer Persoon,
    string Inschrijvingvolgnummer,
    Regelsoort Soort,
    string Sleutel,
    DateOnly? Teldatum,
    string Sector,
    string? Leertraject,
    string? Niveau,
    bool Bekostigingsstatus,
    string Redencode,
    long? BijdrageMiljoensten,
    Inschrijvingsherkomst Herkomst,
    string Json);

/// <summary>A delivery about the student between two runs' moments: the enrolment version it made.</summary>
public sealed record Levering(string Brin, string Inschrijvingvolgnummer, DateTimeOffset GeregistreerdVan, string? BedrijfsdocumentId, bool Verwijderd);

/// <summary>A line whose funding moved: before (null: not in the first run) and after (null: not in the second), and the deliveries between.</summary>
public sealed record Regelverschil(Bekostigingsregel? Voor, Bekostigingsregel? Na, IReadOnlyList<Levering> Leveringen);

/// <summary>One group of a run's totals: how many lines, how many of them funded, and their contributions × 10^6.</summary>
public sealed record Bekostigingstotaal(string Brin, Regelsoort Soort, DateOnly? Teldatum, string Sector, string? Leertraject, string? Niveau,
    long Aantal, long Bekostigd, long BijdrageMiljoensten);
