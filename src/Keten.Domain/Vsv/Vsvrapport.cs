using Keten.Domain.Rod;

namespace Keten.Domain.Vsv;

/// <summary>A person who left without a startkwalificatie (VSV01, VSV02, or VSV03 when the age is unknown), through which enrolment.</summary>
public sealed record Vsvverlater(Persoonsnummer Persoon, string? Inschrijvingvolgnummer, string Redencode, string Reden);

/// <summary>
/// One institution's VSV figures: Deelnemers is the denominator (enrolled on peildatum t, responsible for them, under 23
/// then), Vsv the new voortijdig schoolverlaters among them, Percentage Vsv per 100 Deelnemers (null without any);
/// LeeftijdOnbekend the enrolled persons whose birth date is unknown (in neither count); PerReden every outcome's count.
/// </summary>
public sealed record Vsvinstelling(
    string Brin, string? Naam, string? RmcRegio, int Deelnemers, int Vsv, decimal? Percentage, int LeeftijdOnbekend,
    IReadOnlyDictionary<string, int> PerReden, IReadOnlyList<Vsvverlater> Verlaters);

/// <summary>One RMC region's figures, summed over its institutions in the report; Code null: institutions the reference data places in no region.</summary>
public sealed record Vsvregio(string? Code, string? Naam, int Instellingen, int Deelnemers, int Vsv, decimal? Percentage, int LeeftijdOnbekend);

/// <summary>The VSV report of a measurement, as known at BekendOp (null: now): per institution and per RMC region.</summary>
public sealed record Vsvrapport(
    int Peiljaar, DateOnly Peildatum, DateOnly VolgendePeildatum, DateTimeOffset? BekendOp,
    IReadOnlyList<Vsvinstelling> Instellingen, IReadOnlyList<Vsvregio> Regios)
{
    /// <summary>VSV'ers per 100 deelnemers, two decimals; null when there are no deelnemers.</summary>
    public static decimal? Percentage(int vsv, int deelnemers) =>
        deelnemers == 0 ? null : Math.Round(100m * vsv / deelnemers, 2, MidpointRounding.AwayFromZero);
}
