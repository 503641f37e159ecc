using Keten.Domain.Bekostiging;
using Keten.Domain.Referentie;

namespace Keten.Application.Bekostiging;

/// <summary>
/// The funding determination a run applies to each student: <see cref="Bekostigingsbepaling.Bepaal"/>, registered once
/// in the server and the CLI (<see cref="Standaard"/>); a run holds no rule of its own.
/// </summary>
public delegate Studentbekostiging Bekostigingsberekening(Bekostigingsstudent student, Bekostigingsopdracht opdracht, Referentiedata referentie);

/// <summary>The determination Keten runs.</summary>
public static class Bekostigingsberekeningen
{
    public static Bekostigingsberekening Standaard { get; } = Bekostigingsbepaling.Bepaal;
}
