using Keten.Domain.Referentie;

namespace Keten.Domain.Bekostiging;

/// <summary>
/// Decides a student's funding for one funding year of one sector (issue 8 point 1): per enrolment of that sector valid
/// on a teldatum its Teldatum group, the BPVs that made a BBL enrolment count, and the diplomas of calendar year T-2 with
/// their value. Pure: the same student, order and reference data always give the same result.
/// </summary>
public static class Bekostigingsbepaling
{
    public static Studentbekostiging Bepaal(Bekostigingsstudent student, Bekostigingsopdracht opdracht, Referentiedata referentie)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(opdracht);
        ArgumentNullException.ThrowIfNull(referentie);
        throw new NotImplementedException("issue 8 point 1: being built");
    }
}
