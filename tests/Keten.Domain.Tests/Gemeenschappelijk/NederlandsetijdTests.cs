using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Tests.Gemeenschappelijk;

public class NederlandsetijdTests
{
    [Theory]
    [InlineData("2026-08-02T21:59:00Z", "2026-08-02")]
    [InlineData("2026-08-02T22:30:00Z", "2026-08-03")]
    [InlineData("2026-12-31T22:59:00Z", "2026-12-31")]
    [InlineData("2026-12-31T23:30:00Z", "2027-01-01")]
    public void Today_is_the_dutch_day_not_the_utc_one(string utc, string verwacht) =>
        Assert.Equal(DateOnly.Parse(verwacht, System.Globalization.CultureInfo.InvariantCulture),
            new VasteTijd(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)).Vandaag());

    private sealed class VasteTijd(DateTimeOffset nu) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => nu;
    }
}
