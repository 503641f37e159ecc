using Keten.Application.Rio.Handlers;
using Keten.Domain.Toegang;

namespace Keten.Server.Portaal;

/// <summary>
/// The medewerker behind a portal page: who they are, their board, and the sender (door <see cref="Deur.Portaal"/>) the
/// handlers judge, exactly as on the REST door.
/// </summary>
public sealed record Portaalgebruiker(Medewerker Medewerker, string Bestuursnaam, Afzender Afzender)
{
    /// <summary>Whether the medewerker holds the function for at least one aanbieder (what decides the menu and the page door).</summary>
    public bool Mag(Functie functie) => Medewerker.Autorisaties.Any(a => a.Functie == functie);

    public bool MagEenVan(IEnumerable<Functie> functies) => functies.Any(Mag);
}
