using Keten.Domain.Referentie;
using Keten.Storage.Referentie;

namespace Keten.Server.Tests.Referentie;

public class ReferentiedataItemsTests
{
    private static Referentiedata Voorbeeld() => ReferentiedataReader.Read(Voorbeeldbestand.Geldig).Referentiedata!;

    private static void AssertGelijk(Referentiedata verwacht, Referentiedata werkelijk)
    {
        Assert.Equal(verwacht.Onderwijsbesturen, werkelijk.Onderwijsbesturen);
        Assert.Equal(verwacht.ErkendeInstellingen, werkelijk.ErkendeInstellingen);
        Assert.Equal(verwacht.Opleidingserkenningen, werkelijk.Opleidingserkenningen);
        Assert.Equal(verwacht.VoVakerkenningen, werkelijk.VoVakerkenningen);
        Assert.Equal(verwacht.Medewerkers.Select(m => m with { LegacyToken = null }), werkelijk.Medewerkers);
    }

    [Fact]
    public void Items_carry_soort_and_natural_key()
    {
        var items = ReferentiedataItems.Van(Voorbeeld());

        Assert.Equal(
        [
            ("onderwijsbestuur", "100B001"), ("onderwijsbestuur", "100B002"),
            ("erkendeInstelling", "99MA"), ("erkendeInstelling", "99VA"),
            ("opleidingserkenning", "CREBO|25604"), ("opleidingserkenning", "CREBO|25187"),
            ("voVakerkenning", "ILT|0137|VO-VMBO-KB"),
            ("medewerker", "100B001|J. Beheerder"), ("medewerker", "100B002|S. Bakker"),
        ], items.Select(i => (i.Soort, i.Sleutel)));
    }

    [Fact]
    public void A_medewerker_item_holds_no_token_so_no_secret_is_kept_as_reference_data()
    {
        var items = ReferentiedataItems.Van(Voorbeeld());

        Assert.Equal("""{"onderwijsbestuurcode":"100B001","naam":"J. Beheerder","rol":"beheerder","legacyToken":null}""",
            items.Single(i => i.Sleutel == "100B001|J. Beheerder").Json);
        Assert.DoesNotContain(items, i => i.Json.Contains("JBSWY3DPEHPK3PXP", StringComparison.Ordinal));
    }

    [Fact]
    public void An_item_is_the_canonical_json_of_its_record()
    {
        var items = ReferentiedataItems.Van(Voorbeeld());

        Assert.Equal(
            """{"brin":"99MA","naam":"ROC Voorbeeld","sector":"MBO","onderwijsbestuurcode":"100B001","begindatum":"1996-08-01","einddatum":null,"gemeentecode":null,"erkenner":null}""",
            items.Single(i => i.Sleutel == "99MA").Json);
    }

    [Fact]
    public void Naar_is_the_inverse_of_Van()
    {
        var data = Voorbeeld();

        var terug = ReferentiedataItems.Naar(ReferentiedataItems.Van(data));

        AssertGelijk(data, terug);
        Assert.Equal(ReferentiedataItems.Van(data), ReferentiedataItems.Van(terug));
    }

    [Fact]
    public void The_same_data_always_gives_the_same_items() =>
        Assert.Equal(ReferentiedataItems.Van(Voorbeeld()), ReferentiedataItems.Van(Voorbeeld()));

    [Fact]
    public void Items_of_an_unknown_soort_are_skipped()
    {
        var items = ReferentiedataItems.Van(Voorbeeld()).Append(("landcode", "NL", """{"code":"NL"}"""));

        AssertGelijk(Voorbeeld(), ReferentiedataItems.Naar(items));
    }

    [Fact]
    public void No_items_give_empty_reference_data() =>
        AssertGelijk(Referentiedata.Leeg, ReferentiedataItems.Naar([]));
}
