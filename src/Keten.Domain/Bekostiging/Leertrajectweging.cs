using Keten.Domain.Rod;

namespace Keten.Domain.Bekostiging;

/// <summary>
/// Which MBO leertrajecten count and what they weigh (domain.md rule 54): BOL weighs 1, BBL w (0.5 entree, 0.4 other
/// levels); BOL_DT counts while DUO's value list has it (until 31-07-2023) and weighs as BBL without the BPV condition
/// (a choice, docs/bekostiging.md); OVO, EX and ODT do not count.
/// </summary>
public static class Leertrajectweging
{
    public const string Bol = "BOL";
    public const string Bbl = "BBL";
    public const string BolDeeltijd = "BOL_DT";

    /// <summary>Whether the leertraject counts for funding on the teldatum.</summary>
    public static bool Telt(string? leertraject, DateOnly teldatum) =>
        leertraject is Bol or Bbl || (leertraject == BolDeeltijd && RodWaardelijsten.Leertraject.Zoek(BolDeeltijd)!.GeldigOp(teldatum));

    /// <summary>BBLBOLFactor: 1 for BOL, w for BBL and BOL_DT; null for a leertraject that does not count.</summary>
    public static decimal? Factor(string? leertraject, string? niveau, Bekostigingsparameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return leertraject switch
        {
            Bol => 1.00m,
            Bbl or BolDeeltijd => parameters.BblFactor(niveau),
            _ => null,
        };
    }

    /// <summary>
    /// BijdrageInschrijvingAanDeelnemerswaarde of a funded enrolment on 1 October: BBLBOLFactor × PrijsfactorMBO, × 0.8
    /// outside entree. The institution's correctiefactor multiplies the sum, not each enrolment (<see cref="Bekostigingstotalen"/>).
    /// </summary>
    public static decimal Bijdrage(decimal factor, decimal prijsfactor, string? niveau, Bekostigingsparameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return niveau == "MBO-1" ? factor * prijsfactor : factor * prijsfactor * parameters.DeelnemersaandeelNietEntree;
    }
}
