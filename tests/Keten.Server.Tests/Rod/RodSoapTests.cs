using System.Globalization;
using System.Xml.Linq;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Server;
using Keten.Server.Tests.Soap;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rod;

/// <summary>
/// ROD's SOAP door (DUO_ROD_Inschrijvingen_V1) end to end over HTTP on the demo content: the DLR between ROC Voorbeeld
/// (110A001, BRIN 99MA) and Lyceum Zuidrand (110A004, BRIN 99VA). Requests are written here by hand from the XSD, not
/// with the server's own writer, and every answer is checked against the XSD the server serves.
/// </summary>
public abstract partial class RodSoapTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private const string Bsn = "999990020";
    private const string Onderwijsnummer = "100000007";
    private static readonly XNamespace Rod = SoapEnvelopes.RodNs;
    private static readonly DateOnly Begin = new(2026, 8, 1);

    [Fact]
    public async Task A_vo_enrolment_in_dlr_fase_vo_and_the_mbo_enrolment_are_accepted_with_the_whole_terugkoppeling()
    {
        Server.Clock.SetUtcNow(new DateTimeOffset(2026, 8, 3, 9, 0, 0, TimeSpan.Zero));

        var vo = await GoedAsync("toevoegen_inschrijving", ZuidrandOin, Vo("VO"));
        var mbo = await GoedAsync("toevoegen_inschrijving", RocVoorbeeldOin, Mbo("MBO"));

        Assert.Equal("true", Tekst(vo, "requestGoedgekeurd"));
        Assert.True(Guid.TryParse(Tekst(vo, "inschrijvingId"), out _));
        Assert.Equal("VO", Tekst(vo.Element(Rod + "voorlopigeBekostiging")!, "bekostigingssector"));
        Assert.Equal("2026-10-01", Tekst(vo.Element(Rod + "voorlopigeBekostiging")!, "teldatum"));
        Assert.Equal("true", Tekst(mbo, "requestGoedgekeurd"));
        Assert.Equal("VO", Tekst(mbo.Element(Rod + "voorlopigeBekostiging")!, "bekostigingssector")); // the fases differ (KS002): the VO school's counts
        var signaal = Assert.Single(mbo.Elements(Rod + "ketensignaal"), s => Tekst(s, "signaalcode") == "KS002");
        Assert.Equal(("99VA", "V1", "99MA", "M1"), (Tekst(signaal, "voBrin"), Tekst(signaal, "voInschrijvingvolgnummer"), Tekst(signaal, "mboBrin"), Tekst(signaal, "mboInschrijvingvolgnummer")));
        Assert.DoesNotContain(Bsn, mbo.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_enrolment_answers_requestGoedgekeurd_false_with_every_code_and_its_field()
    {
        var fout = Mbo("MBO");
        fout.Element(Rod + "datumInschrijving")!.AddAfterSelf(new XElement(Rod + "datumUitschrijvingWerkelijk", Datum(Begin.AddDays(-1))));

        var antwoord = await GoedAsync("toevoegen_inschrijving", RocVoorbeeldOin, fout);

        Assert.Equal("false", Tekst(antwoord, "requestGoedgekeurd"));
        var melding = Assert.Single(antwoord.Elements(Rod + "foutmelding"), f => Tekst(f, "foutcode") == "ROD010");
        Assert.Contains(melding.Elements(Rod + "sleutelgegeven"), s => Tekst(s, "sleutelnaam") == "datumUitschrijving");
        Assert.Null(antwoord.Element(Rod + "inschrijvingId"));
    }

    [Fact]
    public async Task The_same_message_again_gets_the_recorded_answer_and_is_not_processed_twice()
    {
        var id = Guid.NewGuid().ToString();

        var eerste = await GoedAsync("toevoegen_inschrijving", ZuidrandOin, Vo("VO"), id);
        var herhaling = await GoedAsync("toevoegen_inschrijving", ZuidrandOin, Vo("VO"), id);
        var opnieuw = await GoedAsync("toevoegen_inschrijving", ZuidrandOin, Vo("VO"));

        Assert.Equal("true", Tekst(herhaling, "requestGoedgekeurd"));
        Assert.Equal(Tekst(eerste, "inschrijvingId"), Tekst(herhaling, "inschrijvingId"));
        Assert.Equal(id, Tekst(herhaling, "identificatiecodeBedrijfsdocument"));
        Assert.Equal("ROD040", Tekst(opnieuw.Element(Rod + "foutmelding")!, "foutcode"));
    }

    [Fact]
    public async Task The_same_bedrijfsdocument_id_for_another_message_is_a_DK0050_fault_and_changes_nothing()
    {
        var id = Guid.NewGuid().ToString();
        var inschrijvingId = Tekst(await GoedAsync("toevoegen_inschrijving", RocVoorbeeldOin, Mbo("MBO")), "inschrijvingId");
        Assert.Equal("true", Tekst(await GoedAsync("aanpassen_inschrijving", RocVoorbeeldOin, Mbo("MBO"), id), "requestGoedgekeurd"));
        var ander = Mbo("MBO");
        ander.Element(Rod + "datumInschrijving")!.AddAfterSelf(new XElement(Rod + "datumUitschrijvingGepland", "2030-07-31"));

        var fout = await PostRodAsync("aanpassen_inschrijving", RocVoorbeeldOin, ander, id);
        var opgeslagen = await GoedAsync("opvragen_inschrijving", RocVoorbeeldOin, new XElement(Rod + "inschrijvingId", inschrijvingId));

        Assert.Equal("Server.DK0050", fout.FaultCode);
        Assert.StartsWith("Ongeldige waarde voor identificatiecodeBedrijfsdocument", fout.FaultString, StringComparison.Ordinal);
        Assert.Null(opgeslagen.Element(Rod + "inschrijving")!.Element(Rod + "datumUitschrijvingGepland"));
    }

    [Fact]
    public async Task The_bedrijfsdocument_id_in_capitals_is_the_same_id_a_repeat_gets_the_recorded_answer_another_message_DK0050()
    {
        var id = Guid.NewGuid().ToString("D");
        var eerste = await GoedAsync("toevoegen_inschrijving", RocVoorbeeldOin, Mbo("MBO"), id);
        var ander = Mbo("MBO");
        ander.Element(Rod + "datumInschrijving")!.AddAfterSelf(new XElement(Rod + "datumUitschrijvingGepland", "2030-07-31"));

        var herhaling = await GoedAsync("toevoegen_inschrijving", RocVoorbeeldOin, Mbo("MBO"), id.ToUpperInvariant());
        var fout = await PostRodAsync("aanpassen_inschrijving", RocVoorbeeldOin, ander, id.ToUpperInvariant());
        var opgeslagen = await GoedAsync("opvragen_inschrijving", RocVoorbeeldOin, new XElement(Rod + "inschrijvingId", Tekst(eerste, "inschrijvingId")));

        Assert.Equal("true", Tekst(herhaling, "requestGoedgekeurd"));
        Assert.Equal(Tekst(eerste, "inschrijvingId"), Tekst(herhaling, "inschrijvingId"));
        Assert.Equal(id.ToUpperInvariant(), Tekst(herhaling, "identificatiecodeBedrijfsdocument"));
        Assert.Equal("Server.DK0050", fout.FaultCode);
        Assert.StartsWith("Ongeldige waarde voor identificatiecodeBedrijfsdocument", fout.FaultString, StringComparison.Ordinal);
        Assert.Null(opgeslagen.Element(Rod + "inschrijving")!.Element(Rod + "datumUitschrijvingGepland"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_person_named_by_both_numbers_or_by_neither_is_refused_with_ROD001_not_a_schema_fault(bool beide)
    {
        var inschrijving = Mbo("MBO");
        var bsn = inschrijving.Element(Rod + "burgerservicenummer")!;
        if (beide)
        {
            bsn.AddAfterSelf(new XElement(Rod + "onderwijsnummer", Onderwijsnummer));
        }
        else
        {
            bsn.Remove();
        }

        var antwoord = await GoedAsync("toevoegen_inschrijving", RocVoorbeeldOin, inschrijving);

        Assert.Equal("false", Tekst(antwoord, "requestGoedgekeurd"));
        Assert.Equal("ROD001", Tekst(Assert.Single(antwoord.Elements(Rod + "foutmelding")), "foutcode"));
        Assert.DoesNotContain(Bsn, antwoord.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Onderwijsnummer, antwoord.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_outside_a_value_list_is_refused_with_ROD023_naming_the_element()
    {
        var antwoord = await GoedAsync("toevoegen_inschrijving", RocVoorbeeldOin, Mbo("HAVO"));

        Assert.Equal("false", Tekst(antwoord, "requestGoedgekeurd"));
        var melding = Assert.Single(antwoord.Elements(Rod + "foutmelding"));
        Assert.Equal("ROD023", Tekst(melding, "foutcode"));
        Assert.Equal("leerroutefase", Tekst(melding.Element(Rod + "sleutelgegeven")!, "sleutelnaam"));
    }

    [Fact]
    public async Task A_message_not_valid_against_the_xsd_is_the_DK0004_fault_naming_the_element_but_not_the_number()
    {
        var inschrijving = Mbo("MBO");
        inschrijving.Element(Rod + "burgerservicenummer")!.Value = "9999900201";

        var fout = await PostRodAsync("toevoegen_inschrijving", RocVoorbeeldOin, inschrijving);

        Assert.Equal("Client.DK0004", fout.FaultCode);
        Assert.Contains("burgerservicenummer", fout.FaultString, StringComparison.Ordinal);
        Assert.DoesNotContain("9999900201", fout.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aanpassen_uitschrijven_and_verwijderen_change_the_enrolment_that_opvragen_shows_as_known_then_and_now()
    {
        var id = Tekst(await GoedAsync("toevoegen_inschrijving", RocVoorbeeldOin, Mbo("MBO")), "inschrijvingId");
        var aangepast = Mbo("MBO");
        aangepast.Element(Rod + "datumInschrijving")!.AddAfterSelf(new XElement(Rod + "datumUitschrijvingGepland", "2030-07-31"));
        Server.Clock.Advance(TimeSpan.FromMinutes(1));
        var a = await GoedAsync("aanpassen_inschrijving", RocVoorbeeldOin, aangepast);
        var voorUitschrijving = Server.Clock.GetUtcNow();
        Server.Clock.Advance(TimeSpan.FromMinutes(1));
        var u = await GoedAsync("uitschrijven_inschrijving", RocVoorbeeldOin, new XElement(Rod + "uitschrijving",
            Sleutel("99MA", "M1"), new XElement(Rod + "datumUitschrijvingWerkelijk", Datum(Begin.AddDays(40))), new XElement(Rod + "redenUitstroom", "02")));

        var nu = await GoedAsync("opvragen_inschrijving", RocVoorbeeldOin, new XElement(Rod + "inschrijvingId", id));
        var toen = await GoedAsync("opvragen_inschrijving", RocVoorbeeldOin, new XElement(Rod + "inschrijvingId", id),
            new XElement(Rod + "bekendOp", voorUitschrijving.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture)));
        var ander = await GoedAsync("opvragen_inschrijving", ZuidrandOin, new XElement(Rod + "inschrijvingId", id));
        Server.Clock.Advance(TimeSpan.FromMinutes(1));
        var v = await GoedAsync("verwijderen_inschrijving", RocVoorbeeldOin, new XElement(Rod + "inschrijvingSleutel", Sleutel("99MA", "M1")));
        var weg = await GoedAsync("opvragen_inschrijving", RocVoorbeeldOin, new XElement(Rod + "inschrijvingId", id));

        Assert.All([a, u, v], x => Assert.Equal("true", Tekst(x, "requestGoedgekeurd")));
        Assert.All([a, u, v], x => Assert.Equal(id, Tekst(x, "inschrijvingId")));
        var inschrijvingNu = nu.Element(Rod + "inschrijving")!;
        Assert.Equal(Datum(Begin.AddDays(40)), Tekst(inschrijvingNu, "datumUitschrijvingWerkelijk"));
        Assert.Equal("2030-07-31", Tekst(inschrijvingNu, "datumUitschrijvingGepland"));
        Assert.Equal(Bsn, Tekst(inschrijvingNu, "burgerservicenummer"));
        Assert.Null(toen.Element(Rod + "inschrijving")!.Element(Rod + "datumUitschrijvingWerkelijk"));
        Assert.Equal("ROD043", Tekst(ander.Element(Rod + "foutmelding")!, "foutcode"));
        Assert.Equal("ROD043", Tekst(weg.Element(Rod + "foutmelding")!, "foutcode"));
    }

    private async Task<XElement> GoedAsync(string operatie, string oin, XElement inhoud, string? bedrijfsdocumentId = null) =>
        await GoedAsync(operatie, oin, [inhoud], bedrijfsdocumentId);

    private async Task<XElement> GoedAsync(string operatie, string oin, XElement inhoud, XElement extra) =>
        await GoedAsync(operatie, oin, [inhoud, extra], null);

    private async Task<XElement> GoedAsync(string operatie, string oin, XElement[] inhoud, string? bedrijfsdocumentId)
    {
        var antwoord = await PostRodAsync(operatie, oin, inhoud, bedrijfsdocumentId);
        Assert.False(antwoord.IsFault, antwoord.FaultString);
        Assert.Equal(Rod + (operatie + "_response"), antwoord.Body.Name);
        ContractValidatie.AssertValid(antwoord.Body);
        return antwoord.Body;
    }

    private Task<SoapAntwoord> PostRodAsync(string operatie, string oin, XElement inhoud, string? bedrijfsdocumentId = null) =>
        PostRodAsync(operatie, oin, [inhoud], bedrijfsdocumentId);

    private async Task<SoapAntwoord> PostRodAsync(string operatie, string oin, XElement[] inhoud, string? bedrijfsdocumentId)
    {
        var verzoek = SoapEnvelopes.Verzoek(SoapEnvelopes.RodInschrijvingen, operatie, "SCHOOL", inhoud);
        if (bedrijfsdocumentId is not null)
        {
            verzoek.Element(Rod + "identificatiecodeBedrijfsdocument")!.Value = bedrijfsdocumentId;
        }

        var envelope = SoapEnvelopes.Envelope(SoapEnvelopes.RodInschrijvingen, operatie, verzoek, fromOin: oin);
        return await SoapEnvelopes.PostAsync(Client, SoapEnvelopes.RodInschrijvingen, envelope);
    }

    private static XElement Vo(string fase) => new(Rod + "inschrijving",
        Sleutel("99VA", "V1"),
        new XElement(Rod + "sector", "VO"),
        new XElement(Rod + "datumInschrijving", Datum(Begin)),
        new XElement(Rod + "inschrijvingsperiode",
            new XElement(Rod + "datumBegin", Datum(Begin)),
            new XElement(Rod + "opleidingcode", "0137"),
            new XElement(Rod + "niveau", "VO-VMBO-KB"),
            new XElement(Rod + "leerroute", "DLR"),
            new XElement(Rod + "leerroutefase", fase),
            new XElement(Rod + "indicatieBekostigbaar", "true"),
            new XElement(Rod + "onderwijsaanbiedercode", "110A004"),
            new XElement(Rod + "leerjaar", "3")));

    private static XElement Mbo(string fase) => new(Rod + "inschrijving",
        Sleutel("99MA", "M1"),
        new XElement(Rod + "sector", "MBO"),
        new XElement(Rod + "datumInschrijving", Datum(Begin)),
        new XElement(Rod + "hoogsteVooropleiding", "04"),
        new XElement(Rod + "inschrijvingsperiode",
            new XElement(Rod + "datumBegin", Datum(Begin)),
            new XElement(Rod + "opleidingcode", "25336"),
            new XElement(Rod + "leertraject", "BOL"),
            new XElement(Rod + "leerroute", "DLR"),
            new XElement(Rod + "leerroutefase", fase),
            new XElement(Rod + "indicatieBekostigbaar", "true"),
            new XElement(Rod + "onderwijsaanbiedercode", "110A001")));

    private static XElement[] Sleutel(string brin, string volgnummer) =>
    [
        new XElement(Rod + "brin", brin),
        new XElement(Rod + "burgerservicenummer", Bsn),
        new XElement(Rod + "inschrijvingvolgnummer", volgnummer),
    ];

    private static string? Tekst(XElement ouder, string naam) => ouder.Element(Rod + naam)?.Value;

    private static string Datum(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed class RodSoapTestsOnSqlite() : RodSoapTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class RodSoapTestsOnPostgres(PostgresServer postgres) : RodSoapTests(StoreKind.Postgres, postgres);
