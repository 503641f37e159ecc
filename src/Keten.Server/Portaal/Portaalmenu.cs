using Keten.Domain.Toegang;

namespace Keten.Server.Portaal;

/// <summary>One entry of the portal's main menu: shown only to a medewerker holding one of its functions (none: everyone).</summary>
public sealed record Menuitem(string Naam, string Pad, IReadOnlyList<Functie> Functies);

/// <summary>The main menu, in the order of a school's work (docs/portaal.md).</summary>
public static class Portaalmenu
{
    public static IReadOnlyList<Menuitem> Alle { get; } =
    [
        new("Overzicht", "/portaal", []),
        new("RIO-aanbod", "/portaal/aanbod", [Functie.RioBeheren]),
        new("Inschrijvingen", "/portaal/inschrijvingen", [Functie.InschrijvingenVo, Functie.InschrijvingenMbo]),
        new("Signalen", "/portaal/signalen", [Functie.InschrijvingenVo, Functie.InschrijvingenMbo]),
        new("Bekostiging", "/portaal/bekostiging", [Functie.BekostigingInzien]),
        new("Verzuim", "/portaal/verzuim", [Functie.VerzuimMelden]),
        new("VSV", "/portaal/vsv", [Functie.VerzuimMelden, Functie.BekostigingInzien]),
        new("Beheer", "/portaal/beheer", [Functie.Beheer]),
    ];

    /// <summary>The entries the medewerker may open.</summary>
    public static IEnumerable<Menuitem> Voor(Portaalgebruiker gebruiker)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        return Alle.Where(i => i.Functies.Count == 0 || gebruiker.MagEenVan(i.Functies));
    }
}
