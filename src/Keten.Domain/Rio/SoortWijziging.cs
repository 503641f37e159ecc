namespace Keten.Domain.Rio;

/// <summary>What happened to an object since a given moment (soortWijziging of the gewijzigde… feeds).</summary>
public enum SoortWijziging
{
    Toegevoegd,
    Gewijzigd,
    Verwijderd,
}
