using Keten.Domain.Rod;

namespace Keten.Domain.Tests.Rod;

public class PersoonsnummerTests
{
    [Theory]
    [InlineData("999990019")]
    [InlineData("999990020")]
    [InlineData("111222333")]
    public void A_bsn_with_a_valid_11_proef_is_valid(string bsn) => Assert.True(Persoonsnummer.Bsn(bsn).IsGeldig);

    [Theory]
    [InlineData("999990018")] // last digit off by one
    [InlineData("99999001")]  // 8 digits
    [InlineData("9999900190")]
    [InlineData("99999001a")]
    [InlineData("000000000")]
    [InlineData("")]
    public void A_bsn_that_fails_the_11_proef_or_the_format_is_invalid(string bsn) => Assert.False(Persoonsnummer.Bsn(bsn).IsGeldig);

    [Theory]
    [InlineData("100000007", true)]
    [InlineData("100000015", true)]
    [InlineData("100000008", false)]
    [InlineData("200000007", false)] // does not start with 10
    public void An_onderwijsnummer_starts_with_10_and_passes_its_own_check(string nummer, bool geldig) =>
        Assert.Equal(geldig, Persoonsnummer.Onderwijsnummer(nummer).IsGeldig);

    [Fact]
    public void A_valid_bsn_is_no_valid_onderwijsnummer_and_the_other_way_round()
    {
        Assert.False(Persoonsnummer.IsGeldigOnderwijsnummer("999990019"));
        Assert.False(Persoonsnummer.IsGeldigBsn("100000007"));
    }

    [Fact]
    public void The_text_form_never_shows_the_number() =>
        Assert.DoesNotContain("999990019", Persoonsnummer.Bsn("999990019").ToString(), StringComparison.Ordinal);
}
