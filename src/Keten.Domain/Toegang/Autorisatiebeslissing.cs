namespace Keten.Domain.Toegang;

/// <summary>The one answer to "may this medewerker do this for this aanbieder": every door asks it the same way.</summary>
public static class Autorisatiebeslissing
{
    /// <summary>
    /// True when the medewerker holds the function for that aanbieder or for all aanbieders of the board.
    /// <paramref name="onderwijsaanbiedercode"/> null asks about the board as a whole (e.g. <see cref="Functie.Beheer"/>):
    /// only an authorisation for all aanbieders answers that. The caller has checked that the aanbieder is the
    /// medewerker's board's; an authorisation never reaches beyond its own board.
    /// </summary>
    public static bool MagMedewerker(Medewerker medewerker, Functie functie, string? onderwijsaanbiedercode)
    {
        ArgumentNullException.ThrowIfNull(medewerker);
        return Mag(medewerker.Autorisaties, functie, onderwijsaanbiedercode);
    }

    /// <summary>The same answer for a list of authorisations (a medewerker's, carried by the sender of a message).</summary>
    public static bool Mag(IEnumerable<Autorisatie> autorisaties, Functie functie, string? onderwijsaanbiedercode)
    {
        ArgumentNullException.ThrowIfNull(autorisaties);
        return autorisaties.Any(a => a.Functie == functie
            && (a.VoorAlleAanbieders || (onderwijsaanbiedercode is not null && a.Onderwijsaanbiedercode == onderwijsaanbiedercode)));
    }
}
