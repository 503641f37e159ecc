using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;

namespace Keten.Domain.Tests.Rod.Identificatie;

public class OnderwijsnummersTests
{
    [Fact]
    public void Every_issued_number_starts_with_10_and_passes_the_onderwijsnummer_check()
    {
        var uitgegeven = Enumerable.Range(1, 20_000).Select(n => Onderwijsnummers.Voor(n)).OfType<string>().ToList();

        Assert.All(uitgegeven, n => Assert.True(Persoonsnummer.IsGeldigOnderwijsnummer(n), n));
        Assert.All(uitgegeven, n => Assert.False(Persoonsnummer.IsGeldigBsn(n) && !Persoonsnummer.IsGeldigOnderwijsnummer(n)));
        Assert.Equal(uitgegeven.Count, uitgegeven.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_sequence_number_whose_check_digit_would_be_10_gets_no_number()
    {
        var zonder = Enumerable.Range(1, 1_100).Where(n => Onderwijsnummers.Voor(n) is null).ToList();

        Assert.InRange(zonder.Count, 90, 110); // one in eleven
        Assert.Equal("100000015", Onderwijsnummers.Voor(1));
    }

    [Fact]
    public void The_sequence_ends_at_999999()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Onderwijsnummers.Voor(Onderwijsnummers.Hoogste + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Onderwijsnummers.Voor(0));
    }
}
