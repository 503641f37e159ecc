namespace Keten.Domain.Rio;

public sealed record AanduidingAdres(string Postcode, int Huisnummer, string? Huisnummertoevoeging);

public sealed record AanduidingGps(decimal GpsLatitude, decimal GpsLongitude);

public sealed record AanduidingPlaats(string Plaatsnaam, string? Gemeentenaam);

public sealed record JuridischeOnderwijslocatiegebruikRelatie(string Instellingserkenningscode, DateOnly Begindatum, DateOnly? Einddatum);

/// <summary>
/// A board's use of an onderwijslocatie. The location is named by exactly one of: an address, GPS
/// coordinates, a place, or the code of a location RIO already knows. RIO issues the onderwijslocatiecode
/// of a new location; the stored state always carries it.
/// </summary>
public sealed record Onderwijslocatiegebruik(
    string Onderwijsbestuurcode,
    string? Onderwijslocatiecode,
    DateOnly InBedrijfdatum,
    DateOnly? UitBedrijfdatum,
    AanduidingAdres? AanduidingAdres,
    AanduidingGps? AanduidingGps,
    AanduidingPlaats? AanduidingPlaats,
    IReadOnlyList<JuridischeOnderwijslocatiegebruikRelatie> JuridischeRelaties,
    IReadOnlyList<Kenmerk> Kenmerken);

/// <summary>An onderwijslocatie as RIO keeps it: its code and where it is.</summary>
public sealed record Onderwijslocatie(
    string Onderwijslocatiecode,
    AanduidingAdres? AanduidingAdres,
    AanduidingGps? AanduidingGps,
    AanduidingPlaats? AanduidingPlaats);
