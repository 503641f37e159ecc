using System.Globalization;
using System.Xml.Linq;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rod;

/// <summary>The identificatieverzoek, zoeken_inschrijvingen and opvragen_gewijzigdeKetensignalen over SOAP.</summary>
public abstract partial class RodSoapTests
{
    private const string AnderBsn = "999990032";
    private const string OnbekendeOin = "00000001999999999000";

    [Fact]
    public async Task An_identificatieverzoek_answers_a_new_onderwijsnummer_and_another_school_gets_the_same_one()
    {
        var eerste = await GoedAsync("identificatieverzoek", ZuidrandOin, Persoonsgegevens("V"));
        var tweede = await GoedAsync("identificatieverzoek", RocVoorbeeldOin, Persoonsgegevens("V"));

        Assert.Equal("true", Tekst(eerste, "requestGoedgekeurd"));
        Assert.Equal("true", Tekst(eerste, "nieuwToegekend"));
        Assert.Matches("^10[0-9]{7}$", Tekst(eerste, "onderwijsnummer"));
        Assert.Null(eerste.Element(Rod + "burgerservicenummer"));
        Assert.Equal(Tekst(eerste, "onderwijsnummer"), Tekst(tweede, "onderwijsnummer"));
        Assert.Equal("false", Tekst(tweede, "nieuwToegekend"));
    }

    [Fact]
    public async Task An_identificatieverzoek_with_an_unknown_geslacht_is_refused_with_ROD072_and_its_id_reused_for_other_data_is_DK0050()
    {
        var id = Guid.NewGuid().ToString();

        var fout = await GoedAsync("identificatieverzoek", ZuidrandOin, Persoonsgegevens("X"), id);
        var ander = await PostRodAsync("identificatieverzoek", ZuidrandOin, Persoonsgegevens("V"), id);

        Assert.Equal("false", Tekst(fout, "requestGoedgekeurd"));
        var melding = Assert.Single(fout.Elements(Rod + "foutmelding"));
        Assert.Equal("ROD072", Tekst(melding, "foutcode"));
        Assert.Equal("geslacht", Tekst(melding.Element(Rod + "sleutelgegeven")!, "sleutelnaam"));
        Assert.Null(fout.Element(Rod + "onderwijsnummer"));
        Assert.Equal("Server.DK0050", ander.FaultCode);
    }

    [Fact]
    public async Task A_school_searches_its_own_enrolments_by_person_day_and_as_known_at_a_moment()
    {
        var voorLevering = Server.Clock.GetUtcNow();
        Server.Clock.Advance(TimeSpan.FromMinutes(1));
        await GoedAsync("toevoegen_inschrijving", RocVoorbeeldOin, Mbo("MBO"));
        var ander = Mbo("MBO");
        ander.Element(Rod + "burgerservicenummer")!.Value = AnderBsn;
        await GoedAsync("toevoegen_inschrijving", RocVoorbeeldOin, ander);

        var alles = await ZoekAsync(RocVoorbeeldOin);
        var persoon = await ZoekAsync(RocVoorbeeldOin, new XElement(Rod + "burgerservicenummer", AnderBsn));
        var dagErvoor = await ZoekAsync(RocVoorbeeldOin, new XElement(Rod + "brin", "99MA"), new XElement(Rod + "peildatum", Datum(Begin.AddDays(-1))));
        var toen = await ZoekAsync(RocVoorbeeldOin, new XElement(Rod + "bekendOp", Moment(voorLevering)));
        var anderBestuur = await ZoekAsync(ZuidrandOin);

        Assert.Equal("true", Tekst(alles, "requestGoedgekeurd"));
        Assert.Equal(2, alles.Elements(Rod + "gevondenInschrijving").Count());
        Assert.All(alles.Elements(Rod + "gevondenInschrijving"), g => Assert.True(Guid.TryParse(Tekst(g, "inschrijvingId"), out _)));
        Assert.Equal(("0", "1", "2"), Paginering(alles));
        var gevonden = Assert.Single(persoon.Elements(Rod + "gevondenInschrijving"));
        Assert.Equal(AnderBsn, Tekst(gevonden.Element(Rod + "inschrijving")!, "burgerservicenummer"));
        Assert.Empty(dagErvoor.Elements(Rod + "gevondenInschrijving"));
        Assert.Empty(toen.Elements(Rod + "gevondenInschrijving"));
        Assert.Equal(("0", "0", "0"), Paginering(anderBestuur));
    }

    [Fact]
    public async Task Searching_another_boards_instelling_is_refused_with_ROD004_and_both_numbers_with_ROD001()
    {
        var andereInstelling = await ZoekAsync(ZuidrandOin, new XElement(Rod + "brin", "99MA"));
        var beide = await ZoekAsync(RocVoorbeeldOin, new XElement(Rod + "burgerservicenummer", Bsn), new XElement(Rod + "onderwijsnummer", Onderwijsnummer));

        Assert.Equal("false", Tekst(andereInstelling, "requestGoedgekeurd"));
        Assert.Equal("ROD004", Tekst(Assert.Single(andereInstelling.Elements(Rod + "foutmelding")), "foutcode"));
        Assert.Null(andereInstelling.Element(Rod + "paginering"));
        Assert.Equal("ROD001", Tekst(Assert.Single(beide.Elements(Rod + "foutmelding")), "foutcode"));
        Assert.DoesNotContain(Bsn, beide.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searching_by_a_number_failing_the_11_proef_is_ROD002_naming_the_field_but_not_the_number()
    {
        const string Fout = "999990021";

        var antwoord = await ZoekAsync(RocVoorbeeldOin, new XElement(Rod + "burgerservicenummer", Fout));

        var melding = Assert.Single(antwoord.Elements(Rod + "foutmelding"));
        Assert.Equal("ROD002", Tekst(melding, "foutcode"));
        Assert.Equal("burgerservicenummer", melding.Element(Rod + "sleutelgegeven")!.Elements().Last().Value);
        Assert.DoesNotContain(Fout, antwoord.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_changed_ketensignalen_feed_gives_both_schools_the_open_signal_and_nothing_since_after_it()
    {
        await GoedAsync("toevoegen_inschrijving", ZuidrandOin, Vo("VO"));
        await GoedAsync("toevoegen_inschrijving", RocVoorbeeldOin, Mbo("MBO"));
        Server.Clock.Advance(TimeSpan.FromMinutes(1));

        var mbo = await FeedAsync(RocVoorbeeldOin);
        var vo = await FeedAsync(ZuidrandOin);
        var later = await FeedAsync(RocVoorbeeldOin, new XElement(Rod + "sinds", Moment(Server.Clock.GetUtcNow())));

        var signaal = Assert.Single(mbo.Elements(Rod + "gewijzigd_Ketensignaal"), s => Tekst(s, "signaalcode") == "KS002");
        Assert.Equal("true", Tekst(signaal, "open"));
        Assert.Equal(("99VA", "V1", "99MA", "M1"), (Tekst(signaal, "voBrin"), Tekst(signaal, "voInschrijvingvolgnummer"), Tekst(signaal, "mboBrin"), Tekst(signaal, "mboInschrijvingvolgnummer")));
        Assert.True(DateTimeOffset.Parse(Tekst(signaal, "gewijzigdOp")!, CultureInfo.InvariantCulture) < Server.Clock.GetUtcNow());
        Assert.Contains(vo.Elements(Rod + "gewijzigd_Ketensignaal"), s => Tekst(s, "signaalcode") == "KS002");
        Assert.Equal(mbo.Elements(Rod + "gewijzigd_Ketensignaal").Count().ToString(CultureInfo.InvariantCulture), Paginering(mbo).AantalResultaten);
        Assert.Empty(later.Elements(Rod + "gewijzigd_Ketensignaal"));
        Assert.DoesNotContain(Bsn, mbo.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_since_the_first_or_after_the_last_moment_the_xsd_allows_answers_everything_or_nothing()
    {
        await GoedAsync("toevoegen_inschrijving", ZuidrandOin, Vo("VO"));
        await GoedAsync("toevoegen_inschrijving", RocVoorbeeldOin, Mbo("MBO"));

        var alles = await FeedAsync(RocVoorbeeldOin, new XElement(Rod + "sinds", "0001-01-01T00:00:00"));
        var niets = await FeedAsync(RocVoorbeeldOin, new XElement(Rod + "sinds", "9999-12-31T23:59:59-14:00"));

        Assert.Contains(alles.Elements(Rod + "gewijzigd_Ketensignaal"), s => Tekst(s, "signaalcode") == "KS002");
        Assert.Empty(niets.Elements(Rod + "gewijzigd_Ketensignaal"));
    }

    [Fact]
    public async Task A_sender_that_is_no_board_gets_AUT401_from_both_lists()
    {
        var zoeken = await ZoekAsync(OnbekendeOin);
        var feed = await FeedAsync(OnbekendeOin);

        Assert.All([zoeken, feed], a => Assert.Equal("AUT401", Tekst(Assert.Single(a.Elements(Rod + "foutmelding")), "foutcode")));
    }

    private Task<XElement> ZoekAsync(string oin, params XElement[] criteria) =>
        GoedAsync("zoeken_inschrijvingen", oin, [.. criteria, new XElement(Rod + "pagina", "0")], null);

    private Task<XElement> FeedAsync(string oin, params XElement[] sinds) =>
        GoedAsync("opvragen_gewijzigdeKetensignalen", oin, [.. sinds, new XElement(Rod + "pagina", "0")], null);

    private static XElement Persoonsgegevens(string geslacht) => new(Rod + "persoonsgegevens",
        new XElement(Rod + "achternaam", "Yilmaz"),
        new XElement(Rod + "voornamen", "Elif"),
        new XElement(Rod + "geboortedatum", "2010-02-00"),
        new XElement(Rod + "geslacht", geslacht));

    private static (string? Pagina, string? AantalPaginas, string? AantalResultaten) Paginering(XElement antwoord)
    {
        var paginering = antwoord.Element(Rod + "paginering")!;
        return (Tekst(paginering, "pagina"), Tekst(paginering, "aantalPaginas"), Tekst(paginering, "aantalResultaten"));
    }

    private static string Moment(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture);
}
