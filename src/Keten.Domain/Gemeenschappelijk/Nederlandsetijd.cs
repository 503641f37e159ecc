namespace Keten.Domain.Gemeenschappelijk;

/// <summary>
/// The day it is for the schools and DUO: in the Netherlands (Europe/Amsterdam), not in UTC, which is still the day
/// before between midnight and 01:00 or 02:00 Dutch time (the 7-day rule, the mutation stop and the next teldatum count
/// from this day).
/// </summary>
public static class Nederlandsetijd
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Vandaag(this TimeProvider tijd)
    {
        ArgumentNullException.ThrowIfNull(tijd);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(tijd.GetUtcNow(), Zone).DateTime);
    }
}
