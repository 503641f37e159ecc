using Keten.Domain.Referentie;
using Keten.Domain.Rod;

namespace Keten.Domain.Bekostiging;

/// <summary>
/// What one teldatum decides for one enrolment: whether it is funded, which sector funds the student through it, why
/// (a B code), the BPVs that made a BBL enrolment count, and the hoofdinschrijving that was funded instead.
/// </summary>
public sealed record Teldatumbeslissing(
    ActieveInschrijving Actief,
    bool Bekostigd,
    Bekostigingssector Sector,
    string Redencode,
    IReadOnlyList<TbgiBpv> Bpvs,
    Inschrijving? BekostigdeInschrijving);

/// <summary>
/// Who is funded for a student on one teldatum, over all the student's enrolments of both sectors at once, so that the VO
/// determination of year T and the MBO determination of year T+1, which share the same 1 October, agree and a pupil is
/// never funded twice on a day (domain.md rules 14, 23–25):
/// <list type="number">
/// <item>An enrolment is a candidate when the period valid that day has indicatie bekostigbaar J and, in MBO, a leertraject
/// that counts (a BBL one with a praktijkovereenkomst in time).</item>
/// <item>For a leerroute pupil the delivered fase decides the sector; the other sector's enrolments are not funded.</item>
/// <item>Of the candidates (in the fase's sector) only the hoofdinschrijving is funded (<see cref="Hoofdinschrijving"/>).</item>
/// </list>
/// </summary>
public static class Teldatumbesluit
{
    public static IReadOnlyList<Teldatumbeslissing> Bepaal(IReadOnlyList<Inschrijving> inschrijvingen, DateOnly teldatum, Referentiedata referentie)
    {
        ArgumentNullException.ThrowIfNull(inschrijvingen);
        var actief = ActieveInschrijving.Op(inschrijvingen, teldatum);
        var eigen = actief.Select(a => (Actief: a, Voorwaarde: EigenVoorwaarde(a, inschrijvingen, teldatum, referentie))).ToList();

        var fase = Hoofdinschrijving.GeleverdeFase(actief);
        var faseSector = fase switch { Leerroutefase.VO => Sector.VO, Leerroutefase.MBO => Sector.MBO, _ => (Sector?)null };
        var kandidaten = eigen.Where(e => e.Voorwaarde.Code is null && (faseSector is null || e.Actief.Inschrijving.Sector == faseSector)).Select(e => e.Actief).ToList();
        var hoofd = kandidaten.Count > 0 ? Hoofdinschrijving.Kies(kandidaten, referentie).Inschrijving : null;

        return [.. eigen.Select(e => Beslis(e.Actief, e.Voorwaarde, fase, faseSector, hoofd))];
    }

    private static Teldatumbeslissing Beslis(ActieveInschrijving actief, (string? Code, IReadOnlyList<TbgiBpv> Bpvs) voorwaarde, Leerroutefase? fase, Sector? faseSector, Inschrijving? hoofd)
    {
        var faseCode = fase == Leerroutefase.VO ? Bekostigingssignaalcodes.FaseVo : Bekostigingssignaalcodes.FaseMbo;
        var faseBekostiging = fase == Leerroutefase.VO ? Bekostigingssector.VO : Bekostigingssector.MBO;
        var inschrijving = actief.Inschrijving;
        if (faseSector is not null && inschrijving.Sector != faseSector)
        {
            return new(actief, false, faseBekostiging, faseCode, [], hoofd);
        }

        if (voorwaarde.Code is { } nietTellend)
        {
            return new(actief, false, Bekostigingssector.Geen, nietTellend, voorwaarde.Bpvs, null);
        }

        if (inschrijving.Sleutel == hoofd?.Sleutel)
        {
            return fase is null
                ? new(actief, true, Eigen(inschrijving), Bekostigingssignaalcodes.Bekostigd, voorwaarde.Bpvs, null)
                : new(actief, true, faseBekostiging, faseCode, voorwaarde.Bpvs, null);
        }

        var code = hoofd!.Sector == Sector.VO && inschrijving.Sector == Sector.MBO ? Bekostigingssignaalcodes.VoVoorMbo : Bekostigingssignaalcodes.NietDeHoofdinschrijving;
        return new(actief, false, Bekostigingssector.Geen, code, voorwaarde.Bpvs, hoofd);
    }

    /// <summary>Whether the enrolment could count by itself: null when it can, else the code of the condition it fails; and its BBL BPVs.</summary>
    private static (string? Code, IReadOnlyList<TbgiBpv> Bpvs) EigenVoorwaarde(
        ActieveInschrijving actief, IReadOnlyList<Inschrijving> vanStudent, DateOnly teldatum, Referentiedata referentie)
    {
        var (inschrijving, periode) = (actief.Inschrijving, actief.Periode);
        if (!periode.IndicatieBekostigbaar)
        {
            return (Bekostigingssignaalcodes.IndicatieNee, []);
        }

        if (inschrijving.Sector == Sector.VO)
        {
            return (null, []);
        }

        if (!Leertrajectweging.Telt(periode.Leertraject, teldatum))
        {
            return (Bekostigingssignaalcodes.LeertrajectTeltNiet, []);
        }

        if (periode.Leertraject != Leertrajectweging.Bbl)
        {
            return (null, []);
        }

        var bpvs = BblVoorwaarde.RelevanteBpvs(inschrijving, vanStudent, teldatum, BblVoorwaarde.IsVws(periode, referentie));
        return (bpvs.Count > 0 ? null : Bekostigingssignaalcodes.BblZonderBpv, bpvs);
    }

    private static Bekostigingssector Eigen(Inschrijving inschrijving) => inschrijving.Sector == Sector.VO ? Bekostigingssector.VO : Bekostigingssector.MBO;
}
