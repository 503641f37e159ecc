using Keten.Domain.Verzuim;

namespace Keten.Domain.Tests.Verzuim;

/// <summary>Working days for the 5-day deadline: weekends and the Algemene termijnenwet's public holidays excluded.</summary>
public sealed class WerkdagenTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    public void Easter_falls_on_the_known_sundays(int jaar, int maand, int dag)
    {
        Assert.Equal(new DateOnly(jaar, maand, dag), Werkdagen.Pasen(jaar));
    }

    [Theory]
    [InlineData("2026-04-06")] // tweede paasdag
    [InlineData("2026-04-27")] // Koningsdag
    [InlineData("2025-04-26")] // Koningsdag on Saturday when 27 April is a Sunday
    [InlineData("2026-05-05")] // Bevrijdingsdag
    [InlineData("2026-05-14")] // Hemelvaartsdag
    [InlineData("2026-05-25")] // tweede pinksterdag
    [InlineData("2026-12-25")]
    [InlineData("2026-12-26")]
    [InlineData("2027-01-01")]
    public void The_public_holidays_of_the_termijnenwet_are_holidays(string dag)
    {
        Assert.True(Werkdagen.IsFeestdag(DateOnly.Parse(dag, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Good_friday_and_an_ordinary_day_are_no_holidays()
    {
        Assert.False(Werkdagen.IsFeestdag(new(2026, 4, 3)));
        Assert.False(Werkdagen.IsFeestdag(new(2026, 4, 28)));
    }

    [Fact]
    public void The_deadline_skips_the_weekend_and_a_public_holiday()
    {
        // Thursday 23 April 2026: Fri 24, Mon 27 is Koningsdag, Tue 28, Wed 29, Thu 30, Fri 1 May.
        Assert.Equal(new DateOnly(2026, 5, 1), Werkdagen.Uiterlijk(new(2026, 4, 23)));
        Assert.Equal(5, Werkdagen.Tussen(new(2026, 4, 23), new(2026, 5, 1)));
        Assert.Equal(0, Werkdagen.Tussen(new(2026, 4, 24), new(2026, 4, 27)));
    }
}
