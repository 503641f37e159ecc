using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Tests.Gemeenschappelijk;

public sealed class KetentermijnenTests
{
    [Fact]
    public void From_5_December_the_next_dates_are_1_February_1_April_1_June_and_1_October_of_the_next_year()
    {
        var termijnen = Ketentermijnen.Komende(new DateOnly(2026, 12, 5));

        Assert.Equal(
            [new DateOnly(2027, 2, 1), new DateOnly(2027, 4, 1), new DateOnly(2027, 6, 1), new DateOnly(2027, 10, 1)],
            termijnen.Select(t => t.Datum));
        Assert.Equal(["Teldatum 1 februari", "Aanmelddatum 1 april", "Mutatiestop", "Teldatum 1 oktober"], termijnen.Select(t => t.Naam));
    }

    [Fact]
    public void A_date_that_is_today_is_still_coming_and_the_day_after_it_is_a_year_away()
    {
        var opDeDag = Ketentermijnen.Komende(new DateOnly(2026, 10, 1));
        var dagErna = Ketentermijnen.Komende(new DateOnly(2026, 10, 2));

        Assert.Equal(new DateOnly(2026, 10, 1), opDeDag[0].Datum);
        Assert.Equal(new DateOnly(2027, 10, 1), dagErna[^1].Datum);
    }
}
