namespace Keten.Domain.Bekostiging;

/// <summary>
/// The weights of the MBO funding formula (Uitvoeringsbesluit WEB art. 2.2.3–2.2.4; domain.md §4, rules 52–55), dated by
/// funding year because the decree changes them: <see cref="Voor"/> gives the set in force for a year. To change a weight
/// from some year on, add a set to <see cref="Reeks"/> (docs/bekostiging.md, "Parameters").
/// </summary>
/// <param name="VanafBekostigingsjaar">The first funding year this set applies to.</param>
/// <param name="BblFactorEntree">w for a BBL enrolment at entree (MBO-1), against 1 for BOL.</param>
/// <param name="BblFactorOverig">w for a BBL enrolment at the other levels.</param>
/// <param name="DeelnemersaandeelNietEntree">The students' share of the value outside entree (the rest is the diplomas').</param>
/// <param name="Diplomaaandeel">The factor on the sum of diploma values (IDiW).</param>
/// <param name="PrijsfactorStandaard">PrijsfactorMBO of an opleiding whose reference data names none.</param>
/// <param name="Diplomawaarden">DiW per niveau: basisberoep 1, vak 3, middenkader 5, entree 0.</param>
/// <param name="SpecialistToeslag">DS: what a first specialistendiploma adds.</param>
/// <param name="OnderbrekingJaren">Diplomas from before a break in enrolment this long are ignored.</param>
public sealed record Bekostigingsparameters(
    int VanafBekostigingsjaar,
    decimal BblFactorEntree,
    decimal BblFactorOverig,
    decimal DeelnemersaandeelNietEntree,
    decimal Diplomaaandeel,
    decimal PrijsfactorStandaard,
    IReadOnlyDictionary<string, int> Diplomawaarden,
    int SpecialistToeslag,
    int OnderbrekingJaren)
{
    /// <summary>
    /// The sets in force, oldest first. From the 1 October 2018 teldatum (funding year 2020) no verblijfsjaarfactor
    /// applies; Keten computes no funding year before that.
    /// </summary>
    public static IReadOnlyList<Bekostigingsparameters> Reeks { get; } =
    [
        new(2020, BblFactorEntree: 0.5m, BblFactorOverig: 0.4m, DeelnemersaandeelNietEntree: 0.8m, Diplomaaandeel: 0.2m, PrijsfactorStandaard: 1.00m,
            Diplomawaarden: new Dictionary<string, int>(StringComparer.Ordinal) { ["MBO-1"] = 0, ["MBO-2"] = 1, ["MBO-3"] = 3, ["MBO-4"] = 5 },
            SpecialistToeslag: 2, OnderbrekingJaren: 3),
    ];

    /// <summary>The set for a funding year: the latest that began on or before it (the oldest for an earlier year).</summary>
    public static Bekostigingsparameters Voor(int bekostigingsjaar) =>
        Reeks.LastOrDefault(p => p.VanafBekostigingsjaar <= bekostigingsjaar) ?? Reeks[0];

    /// <summary>w of a BBL enrolment at this niveau (entree is MBO-1).</summary>
    public decimal BblFactor(string? niveau) => niveau == "MBO-1" ? BblFactorEntree : BblFactorOverig;

    /// <summary>DiW of a diploma at this niveau; 0 for an unknown niveau.</summary>
    public int Diplomawaarde(string? niveau) => niveau is not null && Diplomawaarden.TryGetValue(niveau, out var waarde) ? waarde : 0;
}
