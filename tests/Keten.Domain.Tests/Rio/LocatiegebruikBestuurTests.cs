using System.Globalization;
using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Regels;

namespace Keten.Domain.Tests.Rio;

/// <summary>
/// N01410 "De inBedrijfdatum >= OrganisatorischeEenheid(type = onderwijsbestuur).inBedrijfdatum EN de uitBedrijfdatum
/// &lt;= OrganisatorischeEenheid(type = onderwijsbestuur).uitBedrijfdatum", and N01020 as the rule reports what the
/// handler found (the stored side is tested through the server: LocatiegebruikUniekTests).
/// </summary>
public class LocatiegebruikBestuurTests
{
    private static readonly DateOnly BestuurIn = new(2000, 1, 1);
    private static readonly DateOnly BestuurUit = new(2030, 8, 1);

    private static readonly Referentiedata Referentie = new(
        [
            new Onderwijsbestuur("100B001", "ROC", null, "00000001000000000001", InBedrijfdatum: BestuurIn, UitBedrijfdatum: BestuurUit),
            new Onderwijsbestuur("100B002", "Zonder data", null, "00000001000000000002"),
        ],
        [], [], [], []);

    private static Onderwijslocatiegebruik Gebruik(DateOnly inBedrijf, DateOnly? uitBedrijf = null, string bestuur = "100B001") =>
        new(bestuur, null, inBedrijf, uitBedrijf, new AanduidingAdres("3511AB", 1, null), null, null, [], []);

    private static IEnumerable<string> Codes(Onderwijslocatiegebruik g) =>
        OnderwijslocatiegebruikRegels.Controleer(g, g.Onderwijsbestuurcode, Referentie, locatieBekend: true).Select(f => f.Foutcode);

    private static DateOnly Datum(string tekst) => DateOnly.Parse(tekst, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("1999-12-31", false)]
    [InlineData("2000-01-01", true)]
    [InlineData("2000-01-02", true)]
    public void An_in_bedrijf_before_the_boards_is_refused_with_N01410(string inBedrijf, bool goed) =>
        Assert.Equal(goed ? [] : ["N01410"], Codes(Gebruik(Datum(inBedrijf), new DateOnly(2025, 8, 1))));

    [Theory]
    [InlineData("2030-07-31", true)]
    [InlineData("2030-08-01", true)]
    [InlineData("2030-08-02", false)]
    public void An_uit_bedrijf_after_the_boards_is_refused_with_N01410(string uitBedrijf, bool goed) =>
        Assert.Equal(goed ? [] : ["N01410"], Codes(Gebruik(new DateOnly(2020, 8, 1), Datum(uitBedrijf))));

    /// <summary>The reading of an open uitBedrijfdatum (Lezingen.OpenEinddatumLooptDoor): it ends with the board, so it needs a day of the board's life.</summary>
    [Theory]
    [InlineData("2030-07-31", true)]
    [InlineData("2030-08-01", false)]
    [InlineData("2030-08-02", false)]
    public void An_open_gebruik_ends_with_the_board_and_is_refused_with_N01410_only_when_it_begins_when_the_board_has_ended(string inBedrijf, bool goed)
    {
        Assert.False(Lezingen.OpenEinddatumLooptDoor);
        Assert.Equal(goed ? [] : ["N01410"], Codes(Gebruik(Datum(inBedrijf))));
    }

    [Fact]
    public void A_board_without_dates_in_the_reference_data_bounds_nothing() =>
        Assert.Empty(Codes(Gebruik(new DateOnly(1900, 1, 1), new DateOnly(2199, 1, 1), bestuur: "100B002")));

    [Fact]
    public void N01410_names_the_board_and_the_gebruiks_date_outside_its_life()
    {
        var voor = Assert.Single(OnderwijslocatiegebruikRegels.Controleer(Gebruik(new DateOnly(1999, 12, 31)), "100B001", Referentie, true));
        var na = Assert.Single(OnderwijslocatiegebruikRegels.Controleer(Gebruik(new DateOnly(2020, 8, 1), new DateOnly(2031, 1, 1)), "100B001", Referentie, true));

        Assert.Equal([("onderwijsbestuurcode", "100B001"), ("inBedrijfdatum", "1999-12-31")], voor.Sleutelgegevens.Select(s => (s.Sleutelnaam, s.Sleutelwaarde)));
        Assert.Equal([("onderwijsbestuurcode", "100B001"), ("uitBedrijfdatum", "2031-01-01")], na.Sleutelgegevens.Select(s => (s.Sleutelnaam, s.Sleutelwaarde)));
    }

    [Fact]
    public void An_address_the_board_already_uses_a_location_at_is_refused_with_N01020_naming_board_and_location()
    {
        var fout = Assert.Single(OnderwijslocatiegebruikRegels.Controleer(Gebruik(new DateOnly(2020, 8, 1)), "100B001", Referentie, true, adresAlInGebruik: "110X001"));

        Assert.Equal("N01020", fout.Foutcode);
        Assert.Equal("Het onderwijsbestuur heeft de opgegeven onderwijslocatie reeds in gebruik.", fout.Fouttekst);
        Assert.Equal([("onderwijsbestuurcode", "100B001"), ("onderwijslocatiecode", "110X001")], fout.Sleutelgegevens.Select(s => (s.Sleutelnaam, s.Sleutelwaarde)));
    }
}
