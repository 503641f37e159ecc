using Keten.Domain.Rio;
namespace Keten.Contract.Rio.Xml;

/// <summary>
/// The wire values of soortWijziging (XSD type Mutatietype-v01, a DUO value list). DUO publishes the list in its
/// Waardenlijstapplicatie, which is not part of the material Keten was built from: these values are PROVISIONAL
/// (see docs/rio-raadplegen-mapping.md) and live here only, so that they can be corrected in one place.
/// </summary>
public static class SoortWijzigingWaarden
{
    public const string Toegevoegd = "TOEGEVOEGD";
    public const string Gewijzigd = "GEWIJZIGD";
    public const string Verwijderd = "VERWIJDERD";

    public static string Waarde(SoortWijziging soort) => soort switch
    {
        SoortWijziging.Toegevoegd => Toegevoegd,
        SoortWijziging.Gewijzigd => Gewijzigd,
        SoortWijziging.Verwijderd => Verwijderd,
        _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, "Unknown SoortWijziging."),
    };

    public static SoortWijziging? Soort(string waarde) => waarde.Trim() switch
    {
        Toegevoegd => SoortWijziging.Toegevoegd,
        Gewijzigd => SoortWijziging.Gewijzigd,
        Verwijderd => SoortWijziging.Verwijderd,
        _ => null,
    };
}
