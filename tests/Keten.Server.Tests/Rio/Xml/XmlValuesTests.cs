using Keten.Contract.Rio.Xml;

namespace Keten.Server.Tests.Rio.Xml;

/// <summary>xsd:dateTime as clients send it: Dutch time without a zone, and the edges of the XSD's range.</summary>
public sealed class XmlValuesTests
{
    [Fact]
    public void A_moment_without_a_zone_is_dutch_time()
    {
        Assert.Equal(new DateTimeOffset(2024, 8, 1, 12, 0, 0, TimeSpan.FromHours(2)), XmlValues.LeesDatumTijd("2024-08-01T12:00:00"));
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00")]
    [InlineData("0001-01-01T00:00:00+14:00")]
    public void A_moment_before_the_first_one_in_utc_is_the_first_moment(string lexical)
    {
        Assert.Equal(DateTimeOffset.MinValue, XmlValues.LeesDatumTijd(lexical));
    }

    [Fact]
    public void A_moment_after_the_last_one_in_utc_is_the_last_moment()
    {
        Assert.Equal(DateTimeOffset.MaxValue, XmlValues.LeesDatumTijd("9999-12-31T23:59:59-14:00"));
    }
}
