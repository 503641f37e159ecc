using Keten.Domain.Referentie;

namespace Keten.Server.Rio.Soap.Raadplegen;

/// <summary>
/// The value-list values opvragen_instellingsstructuur needs and Keten's reference data does not carry.
/// PROVISIONAL: Instellingsbekostigingcode-v03, BesturendeOrganisatiesoort-v01 and Instellingssoort-v04 are DUO
/// value lists not in Keten's sources (docs/rio-raadplegen-mapping.md). Wet-v02 uses the laws' own abbreviations.
/// </summary>
internal static class InstellingsstructuurWaarden
{
    public const string Bekostigingscode = "BEKOSTIGD";

    public static string BesturendeOrganisatiesoort(Onderwijsbestuur bestuur) =>
        bestuur.Naam.StartsWith("Vereniging", StringComparison.OrdinalIgnoreCase) ? "VERENIGING"
        : bestuur.Naam.StartsWith("Stichting", StringComparison.OrdinalIgnoreCase) ? "STICHTING"
        : "OVERIG";

    public static string Instellingssoort(Sector sector) => sector == Sector.MBO ? "MBO" : "VO";

    public static string Wet(Sector sector) => sector == Sector.MBO ? "WEB" : "WVO";
}
