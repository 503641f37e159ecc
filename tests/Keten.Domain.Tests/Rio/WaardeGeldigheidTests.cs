using Keten.Domain.Rio;

namespace Keten.Domain.Tests.Rio;

/// <summary>The two readings of "moet in de tijd geldig zijn" (<see cref="Lezingen"/>), on KUNSKAPSSKOLAN (2014-08-01 t/m 2021-08-01).</summary>
public class WaardeGeldigheidTests
{
    private static readonly Waarde Kunskapsskolan = new("KUNSKAPSSKOLAN", new DateOnly(2014, 8, 1), new DateOnly(2021, 8, 1));

    [Theory]
    [InlineData("2014-08-01", null, true, false)]
    [InlineData("2014-08-01", "2021-08-02", true, true)]
    [InlineData("2014-08-01", "2021-08-03", true, false)]
    [InlineData("2014-07-31", "2015-08-01", true, false)]
    [InlineData("2021-08-01", null, true, false)]
    [InlineData("2021-08-02", null, false, false)]
    [InlineData("2010-08-01", "2014-08-01", false, false)]
    [InlineData("2010-08-01", "2014-08-02", true, false)]
    public void Some_day_and_every_day(string begin, string? eind, bool opEenDag, bool opElkeDag)
    {
        var b = DateOnly.Parse(begin, System.Globalization.CultureInfo.InvariantCulture);
        DateOnly? e = eind is null ? null : DateOnly.Parse(eind, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(opEenDag, Kunskapsskolan.GeldigIn(b, e, Geldigheidslezing.OpEenDag));
        Assert.Equal(opElkeDag, Kunskapsskolan.GeldigIn(b, e, Geldigheidslezing.OpElkeDag));
    }
}
