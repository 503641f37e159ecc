namespace Keten.Domain.Rod.Identificatie;

/// <summary>A person the register holds, with the data it was registered with.</summary>
public sealed record GeregistreerdPersoon(Persoonsnummer Persoon, Persoonsgegevens Gegevens);

public enum Identificatieuitkomst
{
    /// <summary>Exactly one registered person matches: its number (a BSN when it has one) is the answer.</summary>
    Gevonden,

    /// <summary>Nobody matches: the register issues a new onderwijsnummer.</summary>
    NieuwOnderwijsnummer,

    /// <summary>More than one registered person matches: the school must add data (ROD074).</summary>
    NietEenduidig,
}

/// <summary>
/// Decides an identificatieverzoek from the registered persons with the same geboortedatum and name
/// (<see cref="Persoonsgegevens.Zoeknaam"/>): a candidate matches when the geslacht is equal and, where both sides
/// know them, the first voorletter and the postcode are equal. Among matches a BSN wins over onderwijsnummers (a
/// person known by BSN keeps being identified by it).
/// </summary>
public static class Identificatiebesluit
{
    public static (Identificatieuitkomst Uitkomst, Persoonsnummer? Persoon) Neem(Persoonsgegevens gevraagd, IEnumerable<GeregistreerdPersoon> kandidaten)
    {
        ArgumentNullException.ThrowIfNull(gevraagd);
        var passend = kandidaten.Where(k => Past(gevraagd, k.Gegevens)).ToList();
        var metBsn = passend.Where(k => k.Persoon.Soort == PersoonsnummerSoort.Bsn).ToList();
        var keuze = metBsn.Count > 0 ? metBsn : passend;
        return keuze.Count switch
        {
            0 => (Identificatieuitkomst.NieuwOnderwijsnummer, null),
            1 => (Identificatieuitkomst.Gevonden, keuze[0].Persoon),
            _ => (Identificatieuitkomst.NietEenduidig, null),
        };
    }

    private static bool Past(Persoonsgegevens gevraagd, Persoonsgegevens geregistreerd) =>
        gevraagd.Geboortedatum == geregistreerd.Geboortedatum
        && gevraagd.Zoeknaam == geregistreerd.Zoeknaam
        && gevraagd.Geslacht == geregistreerd.Geslacht
        && Gelijk(gevraagd.EersteVoorletter, geregistreerd.EersteVoorletter)
        && Gelijk(gevraagd.GenormaliseerdePostcode, geregistreerd.GenormaliseerdePostcode);

    private static bool Gelijk<T>(T? a, T? b) => a is null || b is null || EqualityComparer<T>.Default.Equals(a, b);
}
