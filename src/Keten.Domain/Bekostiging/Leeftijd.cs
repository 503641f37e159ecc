namespace Keten.Domain.Bekostiging;

/// <summary>A person's age in whole years on a day (LeeftijdOpEenAugustusStudiejaar): null when the birth date is unknown.</summary>
public static class Leeftijd
{
    public static int? Op(DateOnly? geboortedatum, DateOnly datum)
    {
        if (geboortedatum is not { } geboren)
        {
            return null;
        }

        var jaren = datum.Year - geboren.Year;
        return geboren.AddYears(jaren) > datum ? jaren - 1 : jaren;
    }
}
