using System.Xml.Linq;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rod;

/// <summary>Who reports, on every terugkoppeling and as opvragen_verantwoordelijke, and the mutation stop, over SOAP.</summary>
public abstract partial class RodSoapTests
{
    private static readonly DateOnly Faseovergang = new(2028, 8, 1);

    [Fact]
    public async Task The_mbo_delivery_hears_the_vo_school_reports_in_fase_vo_and_itself_after_the_fase_switch()
    {
        Server.Clock.SetUtcNow(new DateTimeOffset(2026, 8, 3, 9, 0, 0, TimeSpan.Zero));
        await GoedAsync("toevoegen_inschrijving", ZuidrandOin, Vo("VO"));
        var inFaseVo = await GoedAsync("toevoegen_inschrijving", RocVoorbeeldOin, Mbo("VO"));

        Server.Clock.SetUtcNow(new DateTimeOffset(2028, 8, 3, 9, 0, 0, TimeSpan.Zero));
        var vo = await GoedAsync("aanpassen_inschrijving", ZuidrandOin, MetPeriode(Vo("VO"), Faseovergang, "MBO", leerjaar: "5"));
        var inFaseMbo = await GoedAsync("aanpassen_inschrijving", RocVoorbeeldOin, MetPeriode(Mbo("VO"), Faseovergang, "MBO"));

        Assert.Equal(("2026-08-03", "99VA", "VER01", null), Verantwoordelijke(inFaseVo));
        Assert.Equal(("2028-08-03", "99MA", "VER02", "M1"), Verantwoordelijke(inFaseMbo));
        Assert.Equal(("2028-08-03", "99MA", "VER02", null), Verantwoordelijke(vo));
    }

    [Fact]
    public async Task Opvragen_verantwoordelijke_answers_a_school_of_the_pupil_and_refuses_others_with_ROD044()
    {
        Server.Clock.SetUtcNow(new DateTimeOffset(2026, 8, 3, 9, 0, 0, TimeSpan.Zero));
        await GoedAsync("toevoegen_inschrijving", ZuidrandOin, Vo("VO"));
        await GoedAsync("toevoegen_inschrijving", RocVoorbeeldOin, Mbo("VO"));

        var school = await GoedAsync("opvragen_verantwoordelijke", ZuidrandOin, new XElement(Rod + "burgerservicenummer", Bsn), new XElement(Rod + "datum", "2026-10-01"));
        var vreemd = await GoedAsync("opvragen_verantwoordelijke", KanaalstreekOin, new XElement(Rod + "burgerservicenummer", Bsn));
        var geenNummer = await GoedAsync("opvragen_verantwoordelijke", ZuidrandOin, new XElement(Rod + "datum", "2026-10-01"));

        Assert.Equal("true", Tekst(school, "requestGoedgekeurd"));
        Assert.Equal(("2026-10-01", "99VA", "VER01", "V1"), Verantwoordelijke(school));
        Assert.Equal("ROD044", Tekst(vreemd.Element(Rod + "foutmelding")!, "foutcode"));
        Assert.DoesNotContain(Bsn, vreemd.ToString(), StringComparison.Ordinal);
        Assert.Equal("ROD001", Tekst(geenNummer.Element(Rod + "foutmelding")!, "foutcode"));
    }

    [Fact]
    public async Task After_the_mutation_stop_a_funding_change_is_refused_with_ROD080_and_accepted_with_the_accountantsverklaring()
    {
        Server.Clock.SetUtcNow(new DateTimeOffset(2026, 8, 3, 9, 0, 0, TimeSpan.Zero));
        await GoedAsync("toevoegen_inschrijving", RocVoorbeeldOin, Mbo("VO"));
        var nietBekostigbaar = Mbo("VO");
        nietBekostigbaar.Element(Rod + "inschrijvingsperiode")!.Element(Rod + "indicatieBekostigbaar")!.Value = "false";

        Server.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 1, 9, 0, 0, TimeSpan.Zero));
        var zonder = await GoedAsync("aanpassen_inschrijving", RocVoorbeeldOin, nietBekostigbaar);
        var met = await GoedAsync("aanpassen_inschrijving", RocVoorbeeldOin, nietBekostigbaar, new XElement(Rod + "accountantsverklaring", "true"));

        Assert.Equal("false", Tekst(zonder, "requestGoedgekeurd"));
        var fout = Assert.Single(zonder.Elements(Rod + "foutmelding"));
        Assert.Equal("ROD080", Tekst(fout, "foutcode"));
        Assert.Equal(["indicatieBekostigbaar", "2026-10-01"], fout.Elements(Rod + "sleutelgegeven").Select(s => s.Element(Rod + "sleutelwaarde")!.Value));
        Assert.Equal("true", Tekst(met, "requestGoedgekeurd"));
        Assert.Contains(met.Elements(Rod + "signaal"), s => Tekst(s, "signaalcode") == "RS005");
    }

    private static (string?, string?, string?, string?) Verantwoordelijke(XElement antwoord)
    {
        var verantwoordelijkheid = antwoord.Element(Rod + "verantwoordelijkheid")!;
        var v = verantwoordelijkheid.Element(Rod + "verantwoordelijke")!;
        return (Tekst(verantwoordelijkheid, "datum"), Tekst(v, "brin"), Tekst(v, "redencode"), Tekst(v, "inschrijvingvolgnummer"));
    }

    /// <summary>The enrolment with a period from <paramref name="begin"/> like its first, in the other fase.</summary>
    private static XElement MetPeriode(XElement inschrijving, DateOnly begin, string fase, string? leerjaar = null)
    {
        var eerste = inschrijving.Element(Rod + "inschrijvingsperiode")!;
        var volgende = new XElement(eerste);
        volgende.Element(Rod + "datumBegin")!.Value = Datum(begin);
        volgende.Element(Rod + "leerroutefase")!.Value = fase;
        if (leerjaar is not null)
        {
            volgende.Element(Rod + "leerjaar")!.Value = leerjaar;
        }

        eerste.AddAfterSelf(volgende);
        return inschrijving;
    }
}
