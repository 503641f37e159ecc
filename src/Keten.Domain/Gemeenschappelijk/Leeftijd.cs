using System.Globalization;

namespace Keten.Domain.Gemeenschappelijk;

/// <summary>A person's age in whole years on a day: what funding (LeeftijdOpEenAugustusStudiejaar), verzuim and VSV judge.</summary>
public static class Leeftijd
{
    /// <summary>Null when the birth date is unknown.</summary>
    public static int? InJaren(DateOnly? geboortedatum, DateOnly datum)
    {
        if (geboortedatum is not { } geboren)
        {
            return null;
        }

        var jaren = datum.Year - geboren.Year;
        return geboren.AddYears(jaren) > datum ? jaren - 1 : jaren;
    }

    /// <summary>From the persons register's geboortedatum (ccyy-mm-dd, 00 where unknown): null when not fully known.</summary>
    public static int? InJaren(string? geboortedatum, DateOnly datum) =>
        InJaren(DateOnly.TryParseExact(geboortedatum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var geboren) ? geboren : null, datum);
}
