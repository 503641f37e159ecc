using Keten.Domain.Rio.Leerroutes;

namespace Keten.Domain.Rod;

/// <summary>
/// The leerroute vmbo-mbo an enrolment period follows: ROD's field Leerroute (MBO, AN3) and the VO opleidingskenmerk.
/// DUO's own AN3 values are not public (domain.md open question 1); Keten uses DLR and GLR and maps them to RIO's
/// kenmerk values, which are too long for AN3.
/// </summary>
public enum Leerroutesoort
{
    /// <summary>Doorlopende leerroute vmbo-mbo: vmbo and mbo diploma.</summary>
    DLR,

    /// <summary>Geïntegreerde leerroute vmbo-mbo: only an mbo-2 diploma.</summary>
    GLR,
}

/// <summary>Leerroutefase (PvE MBO-instelling: VO or MBO, both from 1-8-2020); on a VO enrolment "de fase".</summary>
public enum Leerroutefase
{
    VO,
    MBO,
}

public static class LeerroutesoortExtensions
{
    /// <summary>The RIO kenmerk value doorlopendeLeerlijnVmboMbo of this leerroute.</summary>
    public static string RioCode(this Leerroutesoort soort) => soort == Leerroutesoort.DLR ? LeerrouteCodes.Dlr : LeerrouteCodes.Glr;
}
