using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;

namespace Keten.Domain.Tests.Rod.Identificatie;

public class IdentificatiebesluitTests
{
    private static readonly Persoonsgegevens Jansen = new("Jansen", null, "Piet Jan", "2010-03-04", "M", "1234 AB");
    private static readonly Persoonsnummer Bsn = Persoonsnummer.Bsn("999990019");
    private static readonly Persoonsnummer Onr = Persoonsnummer.Onderwijsnummer("100000015");

    [Fact]
    public void Nobody_registered_means_a_new_onderwijsnummer()
    {
        Assert.Equal((Identificatieuitkomst.NieuwOnderwijsnummer, null), Identificatiebesluit.Neem(Jansen, []));
    }

    [Fact]
    public void One_match_is_found_whatever_the_case_diacritics_and_spaces_of_the_name()
    {
        var geregistreerd = new GeregistreerdPersoon(Onr, Jansen with { Achternaam = "JANSÉN", Voornamen = "piet", Postcode = "1234ab" });

        Assert.Equal((Identificatieuitkomst.Gevonden, Onr), Identificatiebesluit.Neem(Jansen, [geregistreerd]));
    }

    [Fact]
    public void Voorvoegsel_and_achternaam_are_compared_together()
    {
        var gevraagd = new Persoonsgegevens("Hof", "van 't", null, "2010-03-04", "V", null);
        var geregistreerd = new GeregistreerdPersoon(Onr, new Persoonsgegevens("van t Hof", null, "Anna", "2010-03-04", "V", "9999ZZ"));

        Assert.Equal(Identificatieuitkomst.Gevonden, Identificatiebesluit.Neem(gevraagd, [geregistreerd]).Uitkomst);
    }

    [Theory]
    [InlineData("V", "Piet", "1234AB")]
    [InlineData("M", "Klaas", "1234AB")]
    [InlineData("M", "Piet", "5678CD")]
    public void A_different_geslacht_voorletter_or_postcode_is_another_person(string geslacht, string voornamen, string postcode)
    {
        var ander = new GeregistreerdPersoon(Onr, Jansen with { Geslacht = geslacht, Voornamen = voornamen, Postcode = postcode });

        Assert.Equal(Identificatieuitkomst.NieuwOnderwijsnummer, Identificatiebesluit.Neem(Jansen, [ander]).Uitkomst);
    }

    [Fact]
    public void Two_matches_are_not_eenduidig()
    {
        var tweede = Persoonsnummer.Onderwijsnummer("100000023");
        var gevraagd = Jansen with { Voornamen = null, Postcode = null };

        Assert.Equal((Identificatieuitkomst.NietEenduidig, null),
            Identificatiebesluit.Neem(gevraagd, [new(Onr, Jansen), new(tweede, Jansen with { Postcode = "9999ZZ" })]));
    }

    [Fact]
    public void A_person_known_by_bsn_wins_over_an_onderwijsnummer()
    {
        Assert.Equal((Identificatieuitkomst.Gevonden, Bsn), Identificatiebesluit.Neem(Jansen, [new(Onr, Jansen), new(Bsn, Jansen)]));
    }
}
