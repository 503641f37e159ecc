namespace Keten.Domain.Vsv;

/// <summary>Where a person stands against the VSV age limit on peildatum t: under 23, 23 or older, or unknown (no full birth date).</summary>
public enum Leeftijdsgroep
{
    Onder23,
    Vanaf23,
    Onbekend,
}

public static class Leeftijd
{
    public const int Vsvgrens = 23;

    /// <summary>
    /// The age group on the day: under 23 until the day before the 23rd birthday (so 23 on the birthday itself); a person
    /// born on 29 February turns 23 on 28 February in a common year (.NET's AddYears). No birth date: unknown.
    /// </summary>
    public static Leeftijdsgroep Op(DateOnly? geboortedatum, DateOnly datum) => Gemeenschappelijk.Leeftijd.InJaren(geboortedatum, datum) switch
    {
        null => Leeftijdsgroep.Onbekend,
        < Vsvgrens => Leeftijdsgroep.Onder23,
        _ => Leeftijdsgroep.Vanaf23,
    };
}
