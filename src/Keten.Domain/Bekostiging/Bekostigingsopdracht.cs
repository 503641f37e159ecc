using Keten.Domain.Referentie;

namespace Keten.Domain.Bekostiging;

/// <summary>Whether a funding status is preliminary or final (TBG-i StatusBepalingBekostigingsstatus: V or D).</summary>
public enum Statusbepaling
{
    Voorlopig,
    Definitief,
}

/// <summary>
/// One funding determination: the sector's funding year T, when it was determined and whether it is final. MBO year T
/// counts on 1 October T-2 and, for the correctiefactor, 1 February T-1, over studiejaar 1-8-(T-2)..31-7-(T-1) and the
/// diplomas of calendar year T-2; VO year T counts on 1 October T-1 (domain.md §4, rules 14–16, 51).
/// </summary>
public sealed record Bekostigingsopdracht(Sector Sector, int Bekostigingsjaar, DateTimeOffset Bepaald, Statusbepaling Status)
{
    /// <summary>The teldata of this funding year, the base count first.</summary>
    public IReadOnlyList<DateOnly> Teldata => Sector == Sector.MBO
        ? [new DateOnly(Bekostigingsjaar - 2, 10, 1), new DateOnly(Bekostigingsjaar - 1, 2, 1)]
        : [new DateOnly(Bekostigingsjaar - 1, 10, 1)];

    /// <summary>The first day of the studiejaar the teldata fall in.</summary>
    public DateOnly StudiejaarBegin => new(Teldata[0].Year, 8, 1);

    /// <summary>The last day of that studiejaar (inclusive).</summary>
    public DateOnly StudiejaarEinde => new(Teldata[0].Year + 1, 7, 31);
}

/// <summary>
/// A student as a funding determination sees them: every enrolment of the person at any instelling, VO and MBO, as
/// known at the determination's moment, and the birth date where the persons register knows it.
/// </summary>
public sealed record Bekostigingsstudent(Rod.Persoonsnummer Persoon, DateOnly? Geboortedatum, IReadOnlyList<Rod.Inschrijving> Inschrijvingen);
