using System.Globalization;

namespace Keten.Domain.Verzuim;

/// <summary>A person's age on a day, from the persons register's geboortedatum (ccyy-mm-dd, 00 where unknown).</summary>
public static class Leeftijd
{
    /// <summary>Null when the date is absent or not fully known: then no age limit can be judged.</summary>
    public static int? Op(string? geboortedatum, DateOnly datum)
    {
        if (!DateOnly.TryParseExact(geboortedatum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var geboren))
        {
            return null;
        }

        var jaren = datum.Year - geboren.Year;
        return geboren.AddYears(jaren) > datum ? jaren - 1 : jaren;
    }
}
