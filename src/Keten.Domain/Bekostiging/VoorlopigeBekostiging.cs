using ReferentieSector = Keten.Domain.Referentie.Sector;
using Keten.Domain.Rod;

namespace Keten.Domain.Bekostiging;

/// <summary>Which sector funds the enrolment's student on the teldatum through this enrolment's register: VO, MBO or neither.</summary>
public enum Bekostigingssector
{
    Geen,
    VO,
    MBO,
}

/// <summary>
/// The preliminary funding status on every accepted mutation (domain.md rule 17): on the next 1 October, which sector
/// would fund the student on the strength of this enrolment, and why. For a leerroute pupil only the delivered fase
/// decides (rules 23–25): in fase VO the VO school is funded, also when this is the MBO enrolment; in fase MBO the MBO
/// institution, also when this is the VO enrolment; when the two schools deliver different fases, the VO school's. It applies the full determination's leertraject and BBL rules
/// (<see cref="Leertrajectweging"/>, <see cref="BblVoorwaarde"/>) to this one enrolment; which of a student's enrolments is
/// the funded one needs all of them (<see cref="Bekostigingsbepaling"/>).
/// </summary>
public sealed record VoorlopigeBekostiging(DateOnly Teldatum, Bekostigingssector Sector, string Redencode, string Reden)
{
    /// <param name="referentie">When given, a VWS qualification's BBL BPV may begin up to 1 June (<see cref="BblVoorwaarde"/>).</param>
    /// <param name="andere">
    /// The student's other enrolments: when the VO enrolment of a leerroute pupil carries another fase on the teldatum
    /// than this MBO enrolment (chain signal KS002), the VO school's fase counts, as in the full determination.
    /// </param>
    public static VoorlopigeBekostiging Bepaal(Inschrijving inschrijving, DateOnly vandaag, Referentie.Referentiedata? referentie = null,
        IReadOnlyList<Inschrijving>? andere = null)
    {
        ArgumentNullException.ThrowIfNull(inschrijving);
        var teldatum = Teldata.VolgendeEenOktober(vandaag);
        if (inschrijving.PeriodeOp(teldatum) is not { } periode)
        {
            return Van(teldatum, Bekostigingssector.Geen, Bekostigingsredenen.NietIngeschreven);
        }

        if (!periode.IndicatieBekostigbaar)
        {
            return Van(teldatum, Bekostigingssector.Geen, Bekostigingsredenen.IndicatieNee);
        }

        var voFase = inschrijving.Sector == ReferentieSector.MBO && periode.Leerroutefase is { } eigen ? VoFase(andere, teldatum, eigen) : null;
        var fase = voFase ?? periode.Leerroutefase;
        var uitleg = voFase is null ? null : "de fase van de VO-inschrijving telt";
        if (fase == Leerroutefase.VO)
        {
            return Van(teldatum, Bekostigingssector.VO, Bekostigingsredenen.FaseVo, uitleg);
        }

        if (inschrijving.Sector == ReferentieSector.VO)
        {
            return fase == Leerroutefase.MBO
                ? Van(teldatum, Bekostigingssector.MBO, Bekostigingsredenen.FaseMbo)
                : Van(teldatum, Bekostigingssector.VO, Bekostigingsredenen.Bekostigbaar, "VO");
        }

        if (periode.Leertraject is { } traject && !Leertrajectweging.Telt(traject, teldatum))
        {
            return Van(teldatum, Bekostigingssector.Geen, Bekostigingsredenen.LeertrajectTeltNiet, traject);
        }

        if (periode.Leertraject == Leertrajectweging.Bbl && BblVoorwaarde.RelevanteBpvs(inschrijving, [inschrijving], teldatum, BblVoorwaarde.IsVws(periode, referentie)).Count == 0)
        {
            return Van(teldatum, Bekostigingssector.Geen, Bekostigingsredenen.BblZonderPraktijkovereenkomst);
        }

        return fase == Leerroutefase.MBO
            ? Van(teldatum, Bekostigingssector.MBO, Bekostigingsredenen.FaseMbo, uitleg)
            : Van(teldatum, Bekostigingssector.MBO, Bekostigingsredenen.Bekostigbaar, "MBO");
    }

    /// <summary>The fase of the student's VO enrolment on the teldatum, when it has one and it differs from this MBO enrolment's.</summary>
    private static Leerroutefase? VoFase(IReadOnlyList<Inschrijving>? andere, DateOnly teldatum, Leerroutefase eigen) =>
        andere?.Where(i => i.Sector == ReferentieSector.VO).Select(i => i.PeriodeOp(teldatum)?.Leerroutefase)
            .FirstOrDefault(f => f is not null && f != eigen);

    private static VoorlopigeBekostiging Van(DateOnly teldatum, Bekostigingssector sector, string code, string? detail = null) =>
        new(teldatum, sector, code, Bekostigingsredenen.Tekst(code, detail));
}
