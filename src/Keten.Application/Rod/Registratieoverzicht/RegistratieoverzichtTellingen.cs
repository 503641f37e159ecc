namespace Keten.Application.Rod.Registratieoverzicht;

/// <summary>
/// The counts of the SLR record: PER, ISG, ISP, ISE, BPV, DIP, AMO, GEO and KZD records written. Keten holds no periods
/// of extra ondersteuning and no loose or diploma parts, so those four are always 0 (docs/rod-registratieoverzicht.md).
/// </summary>
public sealed record RegistratieoverzichtTellingen(
    long Personen,
    long Deelnames,
    long Deelnameperiodes,
    long PeriodesExtraOndersteuning,
    long Bpvs,
    long Diplomas,
    long AmvbOnderdelen,
    long GeneriekeExamenonderdelen,
    long Keuzedelen);
