using Keten.Domain.Referentie;

namespace Keten.Domain.Bekostiging;

/// <summary>
/// One row of the totals of a TBG-i: a sector with a leertraject and niveau, a niveau over all leertrajecten
/// (<see cref="Leertraject"/> null), or the whole (both null).
/// </summary>
/// <param name="AantalEenOktober">Enrolments funded on 1 October (VO: its one teldatum).</param>
/// <param name="AantalEenFebruari">MBO enrolments counted on 1 February for the correctiefactor.</param>
/// <param name="GewogenEenOktober">Σ BBLBOLFactor of those funded on 1 October: Dbbl1·w + Dbol1 (VO: the count).</param>
/// <param name="GewogenEenFebruari">Σ BBLBOLFactor of those counted on 1 February: Dbbl2·w + Dbol2.</param>
/// <param name="Correctiefactor">Cf = (gewogen 1-10 + gewogen 1-2) / (2 · gewogen 1-10), rule 52; null for VO or nothing funded on 1 October.</param>
/// <param name="Deelnemerswaarde">Σ BijdrageInschrijvingAanDeelnemerswaarde (1 October), before the correctiefactor.</param>
/// <param name="AantalDiplomas">Funded diplomas (niveau and whole rows only: a diploma has no leertraject).</param>
/// <param name="Diplomawaarde">IDiW: Σ BijdrageDiplomawaarde × 0.2.</param>
public sealed record Bekostigingstotaal(
    Sector Sector,
    string? Leertraject,
    string? Niveau,
    int AantalEenOktober,
    int AantalEenFebruari,
    decimal GewogenEenOktober,
    decimal GewogenEenFebruari,
    decimal? Correctiefactor,
    decimal Deelnemerswaarde,
    int AantalDiplomas,
    decimal Diplomawaarde);

/// <summary>Totals per sector, leertraject and niveau over TBG-i lines (issue 8 point 3): the detail rows, then per niveau, then the whole.</summary>
public static class Bekostigingstotalen
{
    public static IReadOnlyList<Bekostigingstotaal> Bereken(Tbgi tbgi)
    {
        ArgumentNullException.ThrowIfNull(tbgi);
        return Bereken(tbgi.Sector, tbgi.Bekostigingsjaar, tbgi.Inschrijvingen, tbgi.Diplomas);
    }

    public static IReadOnlyList<Bekostigingstotaal> Bereken(Sector sector, int bekostigingsjaar, IEnumerable<TbgiInschrijving> inschrijvingen, IEnumerable<TbgiDiploma> diplomas)
    {
        var aandeel = Bekostigingsparameters.Voor(bekostigingsjaar).Diplomaaandeel;
        var teldata = inschrijvingen.SelectMany(i => i.Teldata).Where(t => t.Bekostigingsstatus).ToList();
        var bekostigdeDiplomas = diplomas.Where(d => d.Bekostigingsstatus).ToList();
        var detail = teldata.GroupBy(t => (t.Leertraject, t.Niveau))
            .OrderBy(g => g.Key.Niveau, StringComparer.Ordinal).ThenBy(g => g.Key.Leertraject, StringComparer.Ordinal)
            .Select(g => Totaal(sector, g.Key.Leertraject, g.Key.Niveau, g, [], aandeel));
        var niveaus = teldata.Select(t => t.Niveau).Concat(bekostigdeDiplomas.Select(d => d.Niveau)).Distinct().Order(StringComparer.Ordinal)
            .Select(n => Totaal(sector, null, n, teldata.Where(t => t.Niveau == n), bekostigdeDiplomas.Where(d => d.Niveau == n), aandeel));
        return [.. detail, .. niveaus, Totaal(sector, null, null, teldata, bekostigdeDiplomas, aandeel)];
    }

    private static Bekostigingstotaal Totaal(Sector sector, string? leertraject, string? niveau, IEnumerable<TbgiTeldatum> bekostigd, IEnumerable<TbgiDiploma> diplomas, decimal aandeel)
    {
        var oktober = bekostigd.Where(t => Teldata.IsEenOktober(t.Teldatum)).ToList();
        var februari = bekostigd.Where(t => !Teldata.IsEenOktober(t.Teldatum) && t.InschrijvingVoorCorrectiefactor).ToList();
        var gewogen1 = oktober.Sum(t => t.BblBolFactor ?? 1m);
        var gewogen2 = februari.Sum(t => t.BblBolFactor ?? 1m);
        var diplomalijst = diplomas.ToList();
        return new(sector, leertraject, niveau, oktober.Count, februari.Count, gewogen1, gewogen2,
            sector == Sector.MBO && gewogen1 > 0 ? decimal.Round((gewogen1 + gewogen2) / (2 * gewogen1), 6) : null,
            oktober.Sum(t => t.BijdrageInschrijvingAanDeelnemerswaarde ?? 0m),
            diplomalijst.Count, diplomalijst.Sum(d => d.BijdrageDiplomawaarde ?? 0m) * aandeel);
    }
}
