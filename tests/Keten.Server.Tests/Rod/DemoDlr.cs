using Keten.Domain.Referentie;
using Keten.Domain.Rod;

namespace Keten.Server.Tests.Rod;

/// <summary>
/// Enrolments on the demo content's DLR: Lyceum Zuidrand (aanbieder 110A004, BRIN 99VA, vmbo kb 0137) and ROC Voorbeeld
/// (aanbieder 110A001, BRIN 99MA, CREBO 25336), gevestigd in RIO from 2021-08-01.
/// </summary>
internal static class DemoDlr
{
    public static Inschrijving Vo(Persoonsnummer leerling, params Inschrijvingsperiode[] perioden) =>
        new(Sector.VO, "99VA", leerling, "V1", perioden[0].DatumBegin, null, null, null, null, perioden, [], []);

    public static Inschrijvingsperiode VoPeriode(DateOnly begin, Leerroutefase? fase, int leerjaar = 3) =>
        new(begin, "0137", "VO-VMBO-KB", true, "110A004", Leerjaar: leerjaar, Leerroute: fase is null ? null : Leerroutesoort.DLR, Leerroutefase: fase);

    public static Inschrijving Mbo(Persoonsnummer leerling, params Inschrijvingsperiode[] perioden) =>
        new(Sector.MBO, "99MA", leerling, "M1", perioden[0].DatumBegin, null, null, "04", null, perioden, [], []);

    public static Inschrijvingsperiode MboPeriode(DateOnly begin, Leerroutefase? fase) =>
        new(begin, "25336", null, true, "110A001", Leertraject: "BOL", Leerroute: fase is null ? null : Leerroutesoort.DLR, Leerroutefase: fase);
}
