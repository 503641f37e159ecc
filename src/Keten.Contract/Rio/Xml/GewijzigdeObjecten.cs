using Keten.Domain.Rio;
namespace Keten.Contract.Rio.Xml;

/// <summary>
/// One entry of an opvragen_gewijzigd* change feed (XSD types Gewijzigde_AangebodenOpleiding,
/// Gewijzigde_Onderwijsaanbieder, Gewijzigd_Onderwijslocatiegebruik). An entry carries only the object's key and
/// its soortWijziging, also for a deleted object; the client asks for the current state separately.
/// </summary>
public sealed record GewijzigdeAangebodenOpleiding(Guid AangebodenOpleidingCode, SoortWijziging SoortWijziging);

/// <inheritdoc cref="GewijzigdeAangebodenOpleiding"/>
public sealed record GewijzigdeOnderwijsaanbieder(string Onderwijsaanbiedercode, SoortWijziging SoortWijziging);

/// <inheritdoc cref="GewijzigdeAangebodenOpleiding"/>
public sealed record GewijzigdOnderwijslocatiegebruik(string Onderwijsbestuurcode, string Onderwijslocatiecode, SoortWijziging SoortWijziging);
