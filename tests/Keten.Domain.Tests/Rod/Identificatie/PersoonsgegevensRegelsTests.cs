using Keten.Domain.Rod.Identificatie;

namespace Keten.Domain.Tests.Rod.Identificatie;

public class PersoonsgegevensRegelsTests
{
    private static readonly DateOnly Vandaag = new(2026, 12, 5);
    private static readonly Persoonsgegevens Goed = new("Jansen", null, "Piet", "2010-03-04", "M", "1234AB");

    [Theory]
    [InlineData("2010-03-04")]
    [InlineData("2010-03-00")]
    [InlineData("2010-00-00")]
    [InlineData("2026-12-05")]
    public void Valid_data_pass(string geboortedatum)
    {
        Assert.Empty(PersoonsgegevensRegels.Controleer(Goed with { Geboortedatum = geboortedatum }, Vandaag));
    }

    [Theory]
    [InlineData("2010-00-04")]
    [InlineData("2010-02-30")]
    [InlineData("2026-12-06")]
    [InlineData("04-03-2010")]
    [InlineData("1899-12-31")]
    public void A_geboortedatum_that_is_no_date_or_in_the_future_is_ROD071(string geboortedatum)
    {
        Assert.Equal(["ROD071"], Codes(Goed with { Geboortedatum = geboortedatum }));
    }

    [Fact]
    public void Every_broken_field_is_reported_at_once()
    {
        Assert.Equal(["ROD070", "ROD072", "ROD073"], Codes(Goed with { Achternaam = " - ", Geslacht = "X", Postcode = "0123AB" }));
    }

    private static string[] Codes(Persoonsgegevens g) => [.. PersoonsgegevensRegels.Controleer(g, Vandaag).Select(f => f.Foutcode)];
}
