using Keten.Domain.Rod;
using Keten.Storage.Bekostiging;

namespace Keten.Application.Bekostiging;

/// <summary>Every line whose funding moved between two runs of one sector and year, each with its deliveries in between.</summary>
public sealed record Runverschil(long Voor, long Na, DateTimeOffset VoorBekendOp, DateTimeOffset NaBekendOp, IReadOnlyList<Bekostigingsverschil> Verschillen);

/// <summary>
/// One line that moved: its key, the funding on each side (null: the line is not in that run) and the enrolment versions
/// of the student registered after the first run's moment and at or before the second's (another board's volgnummer and
/// message id left out for a school).
/// </summary>
public sealed record Bekostigingsverschil(string Brin, Persoonsnummer Persoon, string Inschrijvingvolgnummer, Regelsoort Soort, DateOnly? Teldatum,
    string? Resultaatvolgnummer, Regelstand? Voor, Regelstand? Na, IReadOnlyList<Levering> Leveringen);

/// <summary>What one run decided for a line, with the rule (redencode) and the enrolment version it read.</summary>
public sealed record Regelstand(bool Bekostigingsstatus, string Redencode, string Sector, long Versie, DateTimeOffset GeregistreerdVan, string? BedrijfsdocumentId)
{
    public static Regelstand? Van(Bekostigingsregel? regel) => regel is null ? null
        : new(regel.Bekostigingsstatus, regel.Redencode, regel.Sector, regel.Herkomst.Versie, regel.Herkomst.GeregistreerdVan, regel.Herkomst.BedrijfsdocumentId);
}

/// <summary>A run's totals of one group (instelling, soort, teldatum, funding sector, leertraject, niveau): lines, funded lines, contributions.</summary>
public sealed record Runtotaal(string Brin, Regelsoort Soort, DateOnly? Teldatum, string Sector, string? Leertraject, string? Niveau, long Aantal, long Bekostigd, decimal Bijdrage)
{
    public static Runtotaal Van(Bekostigingstotaal t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Brin, t.Soort, t.Teldatum, t.Sector, t.Leertraject, t.Niveau, t.Aantal, t.Bekostigd, t.BijdrageMiljoensten / 1_000_000m);
    }
}
