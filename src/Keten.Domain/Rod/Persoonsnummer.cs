namespace Keten.Domain.Rod;

public enum PersoonsnummerSoort
{
    /// <summary>Burgerservicenummer.</summary>
    Bsn,

    /// <summary>Assigned by the register to a person without a (verifiable) BSN.</summary>
    Onderwijsnummer,
}

/// <summary>
/// The number that identifies a person in ROD: a BSN or an onderwijsnummer, never both (PvE MBO-instelling 13.5.2:
/// "Ofwel het burgerservicenummer ofwel het onderwijsnummer is gevuld"). Both are 9 digits with leading zeros kept and
/// pass their own 11-proef (domain.md open question 8): a BSN 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11), an
/// onderwijsnummer starts with 10 and 9·d1 + 8·d2 + … + 2·d8 + d9 ≡ 5 (mod 11).
/// </summary>
public readonly record struct Persoonsnummer(PersoonsnummerSoort Soort, string Waarde)
{
    public static Persoonsnummer Bsn(string waarde) => new(PersoonsnummerSoort.Bsn, waarde);

    public static Persoonsnummer Onderwijsnummer(string waarde) => new(PersoonsnummerSoort.Onderwijsnummer, waarde);

    public bool IsGeldig => Soort == PersoonsnummerSoort.Bsn ? IsGeldigBsn(Waarde) : IsGeldigOnderwijsnummer(Waarde);

    /// <summary>The element/field name DUO uses for this kind of number.</summary>
    public string Veldnaam => Soort == PersoonsnummerSoort.Bsn ? "burgerservicenummer" : "onderwijsnummer";

    public static bool IsGeldigBsn(string? waarde) =>
        Gewogen(waarde, laatsteGewicht: -1) is { } som && som % 11 == 0 && waarde != "000000000";

    public static bool IsGeldigOnderwijsnummer(string? waarde) =>
        waarde is not null && waarde.StartsWith("10", StringComparison.Ordinal) && Gewogen(waarde, laatsteGewicht: 1) is { } som && som % 11 == 5;

    /// <summary>9·d1 + 8·d2 + … + 2·d8 + laatsteGewicht·d9, or null when the value is not exactly 9 digits.</summary>
    private static int? Gewogen(string? waarde, int laatsteGewicht)
    {
        if (waarde is not { Length: 9 } || !waarde.All(char.IsAsciiDigit))
        {
            return null;
        }

        var som = 0;
        for (var i = 0; i < 8; i++)
        {
            som += (9 - i) * (waarde[i] - '0');
        }

        return som + (laatsteGewicht * (waarde[8] - '0'));
    }

    /// <summary>Never the number itself: a BSN is personal data and must not reach logs or error texts.</summary>
    public override string ToString() => $"{Soort}(***)";
}
