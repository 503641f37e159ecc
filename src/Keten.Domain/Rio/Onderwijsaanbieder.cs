namespace Keten.Domain.Rio;

public sealed record JuridischeRelatie(string Instellingserkenningscode, DateOnly Begindatum, DateOnly? Einddatum);

public sealed record OnderwijsaanbiederPeriode(
    DateOnly Begindatum,
    string Naam,
    string? InternationaleNaam,
    IReadOnlyList<Kenmerk> Kenmerken);

/// <summary>
/// An organisation a board set up to provide education (RIO Onderwijsaanbieder).
/// Onderwijsaanbiedercode is null only in an aanleveren of a nieuwe onderwijsaanbieder: RIO issues it.
/// </summary>
public sealed record Onderwijsaanbieder(
    string? Onderwijsaanbiedercode,
    string Onderwijsbestuurcode,
    DateOnly InBedrijfdatum,
    DateOnly? UitBedrijfdatum,
    IReadOnlyList<OnderwijsaanbiederPeriode> Perioden,
    IReadOnlyList<JuridischeRelatie> JuridischeRelaties,
    IReadOnlyList<Kenmerk> Kenmerken);
