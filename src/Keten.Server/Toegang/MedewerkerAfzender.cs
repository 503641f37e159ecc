using Keten.Application.Rio.Handlers;
using Keten.Domain.Toegang;

namespace Keten.Server.Toegang;

/// <summary>A logged-in medewerker as the sender of what they do, through any door for people (REST, the portal).</summary>
public static class MedewerkerAfzender
{
    /// <summary>
    /// The medewerker's board (by its OIN) as the sender, the medewerker as who acted, and their authorisations, which the
    /// handlers judge per object.
    /// </summary>
    public static Afzender Van(Medewerker medewerker, Domain.Referentie.Referentiedata referentie, Deur deur)
    {
        ArgumentNullException.ThrowIfNull(medewerker);
        ArgumentNullException.ThrowIfNull(referentie);
        var bestuur = referentie.Bestuur(medewerker.Onderwijsbestuurcode);
        return new Afzender(bestuur?.Oin ?? "", bestuur?.Code)
        {
            Deur = deur,
            Handelende = new Handelende(HandelendeSoort.Medewerker, medewerker.Id),
            Autorisaties = medewerker.Autorisaties,
        };
    }
}
