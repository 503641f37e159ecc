namespace Keten.Domain.Rod;

/// <summary>
/// One inschrijvingsperiode (PvE record ISP): from DatumBegin until the next period begins or the enrolment ends.
/// MBO: Opleidingcode is the CREBO code, Leertraject and Niveau DUO's values, Leerroute and Leerroutefase the leerroute
/// vmbo-mbo. VO: Opleidingcode and Niveau are the ILT vakerkenning (opleidingscode and opleidingsniveau), Leerjaar 1–6,
/// Vestiging the BRIN6 of the school building, and Leerroute and Leerroutefase the opleidingskenmerk and fase (from leerjaar 3).
/// </summary>
/// <param name="SamenwerkendeOnderwijsaanbiedercode">
/// The partner aanbieder of the leerroute (the VO school for an MBO enrolment and the other way round), as RIO names it;
/// optional: when absent, the route must be gevestigd with at least one partner (docs/rod.md).
/// </param>
public sealed record Inschrijvingsperiode(
    DateOnly DatumBegin,
    string Opleidingcode,
    string? Niveau,
    bool IndicatieBekostigbaar,
    string Onderwijsaanbiedercode,
    string? Leertraject = null,
    int? Leerjaar = null,
    string? Vestiging = null,
    string? Onderwijslocatiecode = null,
    string? LocatiecodeVsv = null,
    Guid? AangebodenOpleidingCode = null,
    Leerroutesoort? Leerroute = null,
    Leerroutefase? Leerroutefase = null,
    string? SamenwerkendeOnderwijsaanbiedercode = null);
