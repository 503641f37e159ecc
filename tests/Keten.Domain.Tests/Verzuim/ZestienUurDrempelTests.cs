using Keten.Domain.Referentie;
using Keten.Domain.Verzuim;

namespace Keten.Domain.Tests.Verzuim;

/// <summary>The 16-hour threshold in 4 consecutive school weeks (domain.md rule 36), with holidays inside the weeks.</summary>
public sealed class ZestienUurDrempelTests
{
    private static readonly DateOnly Maandag = new(2026, 9, 7);
    private static readonly Schoolvakantie Herfst = new("midden", "Herfstvakantie", new(2026, 10, 17), new(2026, 10, 25));

    private static Verzuimuren Uren(DateOnly dag, decimal uren) => new(dag, uren);

    [Fact]
    public void Sixteen_hours_within_28_days_reach_the_threshold_on_the_day_of_the_16th_hour()
    {
        var moment = Assert.Single(ZestienUurDrempel.Bepaal([Uren(Maandag, 4), Uren(Maandag.AddDays(7), 4), Uren(Maandag.AddDays(14), 4), Uren(Maandag.AddDays(27), 4)], []));

        Assert.Equal((Maandag, Maandag.AddDays(27), 16m), (moment.Begindatum, moment.Einddatum, moment.Uren));
        Assert.Equal(Werkdagen.Uiterlijk(Maandag.AddDays(27)), moment.Uiterlijk);
    }

    [Fact]
    public void Fifteen_and_a_half_hours_do_not_and_hours_on_the_29th_day_start_a_new_window()
    {
        Assert.Empty(ZestienUurDrempel.Bepaal([Uren(Maandag, 8), Uren(Maandag.AddDays(1), 7.5m)], []));
        Assert.Empty(ZestienUurDrempel.Bepaal([Uren(Maandag, 8), Uren(Maandag.AddDays(28), 8)], []));
    }

    [Fact]
    public void A_holiday_inside_the_four_weeks_lengthens_the_window_by_its_days()
    {
        // 2026-10-05 + 28 calendar days is 2 November; the 9 days of herfstvakantie push the window's end to 11 November.
        var begin = new DateOnly(2026, 10, 5);
        var binnen = ZestienUurDrempel.Bepaal([Uren(begin, 8), Uren(new(2026, 11, 10), 8)], [Herfst]);
        var buiten = ZestienUurDrempel.Bepaal([Uren(begin, 8), Uren(new(2026, 11, 11), 8)], [Herfst]);

        Assert.Equal(new DateOnly(2026, 11, 10), Assert.Single(binnen).Einddatum);
        Assert.Empty(buiten);
    }

    [Fact]
    public void Hours_on_a_holiday_day_do_not_count()
    {
        Assert.Empty(ZestienUurDrempel.Bepaal([Uren(new(2026, 10, 16), 8), Uren(new(2026, 10, 19), 8)], [Herfst]));
    }

    [Fact]
    public void Counting_restarts_the_day_after_the_threshold()
    {
        var momenten = ZestienUurDrempel.Bepaal([Uren(Maandag, 16), Uren(Maandag.AddDays(1), 8), Uren(Maandag.AddDays(2), 8)], []);

        Assert.Equal([(Maandag, Maandag), (Maandag.AddDays(1), Maandag.AddDays(2))], momenten.Select(m => (m.Begindatum, m.Einddatum)));
    }

    [Fact]
    public void The_window_slides_to_a_later_first_absence_day()
    {
        var momenten = ZestienUurDrempel.Bepaal([Uren(Maandag, 4), Uren(Maandag.AddDays(20), 6), Uren(Maandag.AddDays(30), 10)], []);

        Assert.Equal((Maandag.AddDays(20), Maandag.AddDays(30)), (Assert.Single(momenten).Begindatum, momenten[0].Einddatum));
    }
}
