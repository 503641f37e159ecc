using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Keten.Application.Bekostiging;
using Keten.Domain.Bekostiging;

namespace Keten.Server.Tests.Bekostiging;

/// <summary>The TBG-i XML in DUO's layout (PvE bijlage 8), validated field by field against an XSD written from the layout, and its values.</summary>
public sealed class TbgiXmlSchrijverTests
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    [Fact]
    public async Task The_mbo_tbgi_is_valid_against_the_layout_of_bijlage_8()
    {
        var xml = await SchrijfAsync(TbgiVoorbeeld.Mbo());

        Assert.Empty(Valideer(xml, "TbgiMbo.xsd"));
    }

    [Fact]
    public async Task The_vo_tbgi_has_the_same_shape_with_the_vo_values()
    {
        var tbgi = TbgiVoorbeeld.Vo();
        var xml = await SchrijfAsync(tbgi);

        Assert.Empty(Valideer(xml, "TbgiVo.xsd"));
        var teldatum = Assert.Single(XDocument.Parse(xml).Descendants("Teldatum"), t => t.Parent!.Name == "Inschrijving");
        Assert.Equal(("0137", "VO-VMBO-KB", "true", "D"), ((string)teldatum.Element("Opleidingcode")!, (string)teldatum.Element("Niveau")!,
            (string)teldatum.Element("Bekostigingsstatus")!, (string)teldatum.Element("StatusBepalingBekostigingsstatus")!));
        Assert.Equal("true", (string)teldatum.Element("Leertraject")!.Attribute(Xsi + "nil")!);
        Assert.Equal("TBGI_12AB_2025_20251121.XML", tbgi.Bestandsnaam);
    }

    [Fact]
    public async Task The_schema_refuses_what_the_layout_does_not_allow()
    {
        var xml = await SchrijfAsync(TbgiVoorbeeld.Mbo());

        Assert.NotEmpty(Valideer(xml.Replace("<BBLBOLFactor>1.00</BBLBOLFactor>", "<BBLBOLFactor>1</BBLBOLFactor>", StringComparison.Ordinal), "TbgiMbo.xsd"));
        Assert.NotEmpty(Valideer(xml.Replace("<StatusBepalingBekostigingsstatus>V</StatusBepalingBekostigingsstatus>", "<StatusBepalingBekostigingsstatus>X</StatusBepalingBekostigingsstatus>", StringComparison.Ordinal), "TbgiMbo.xsd"));
        var zonderBrin = XDocument.Parse(xml);
        zonderBrin.Descendants("BRIN").First().Remove();
        Assert.NotEmpty(Valideer(zonderBrin.ToString(), "TbgiMbo.xsd"));
    }

    [Fact]
    public async Task A_funded_bol_enrolment_carries_duos_values_in_duos_formats()
    {
        var doc = XDocument.Parse(await SchrijfAsync(TbgiVoorbeeld.Mbo()));

        var inschrijving = Inschrijving(doc, "1");
        Assert.Equal(["BRIN", "Burgerservicenummer", "Inschrijvingvolgnummer", "DatumInschrijving", "DatumUitschrijvingGepland", "Teldatum", "Teldatum"],
            inschrijving.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(("25LZ", "999990019", "2024-08-01", "2027-07-31"), ((string)inschrijving.Element("BRIN")!, (string)inschrijving.Element("Burgerservicenummer")!,
            (string)inschrijving.Element("DatumInschrijving")!, (string)inschrijving.Element("DatumUitschrijvingGepland")!));
        var oktober = inschrijving.Elements("Teldatum").First();
        Assert.Equal(
            ["Teldatum", "DatumTijdBepalingBekostigingsgrondslagen", "StatusBepalingBekostigingsstatus", "LeeftijdOpEenAugustusStudiejaar", "Opleidingcode", "Niveau",
                "Leertraject", "IndicatieBekostigbaar", "Bekostigingsstatus", "InschrijvingVoorCorrectiefactor", "BBLBOLFactor", "PrijsfactorMBO",
                "BijdrageInschrijvingAanDeelnemerswaarde", "Signaal"],
            oktober.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(
            ["2024-10-01", "2025-11-21 10:42:29", "V", "17", "25180", "MBO-4", "BOL", "true", "true", "true", "1.00", "1.00", "0.800000"],
            oktober.Elements().Where(e => e.Name != "Signaal").Select(e => e.Value));
        var signaal = oktober.Element("Signaal")!;
        Assert.Equal(("1", "B01"), ((string)signaal.Element("Signaalvolgnummer")!, (string)signaal.Element("Signaalcode")!));
        Assert.Equal("2025-02-01", (string)inschrijving.Elements("Teldatum").Last().Element("Teldatum")!);
        Assert.Null(inschrijving.Elements("Teldatum").Last().Element("BijdrageInschrijvingAanDeelnemerswaarde"));
    }

    [Fact]
    public async Task A_bbl_enrolment_lists_its_bpv_under_the_teldatum_and_an_unknown_age_is_nil()
    {
        var oktober = Inschrijving(XDocument.Parse(await SchrijfAsync(TbgiVoorbeeld.Mbo())), "A1").Elements("Teldatum").First();

        Assert.Equal("true", (string)oktober.Element("LeeftijdOpEenAugustusStudiejaar")!.Attribute(Xsi + "nil")!);
        Assert.Equal(("0.40", "1.25", "0.400000"), ((string)oktober.Element("BBLBOLFactor")!, (string)oktober.Element("PrijsfactorMBO")!,
            (string)oktober.Element("BijdrageInschrijvingAanDeelnemerswaarde")!));
        var bpv = Assert.Single(oktober.Elements("BekostigingsrelevanteBPV"));
        Assert.Equal(["A1", "B1", "2024-09-15", "2024-10-01", "2025-06-30", "25181"], bpv.Elements().Select(e => e.Value));
    }

    [Fact]
    public async Task An_enrolment_without_teldata_a_leerroute_and_an_onderwijsnummer_are_written_as_the_layout_says()
    {
        var doc = XDocument.Parse(await SchrijfAsync(TbgiVoorbeeld.Mbo()));

        var zonder = Inschrijving(doc, "7");
        Assert.Equal("100000007", (string)zonder.Element("Onderwijsnummer")!);
        Assert.Null(zonder.Element("Burgerservicenummer"));
        Assert.Equal("2025-01-31", (string)zonder.Element("DatumUitschrijvingWerkelijk")!);
        Assert.Empty(zonder.Elements("Teldatum"));
        var leerroute = Inschrijving(doc, "2").Elements("Teldatum").First();
        Assert.Equal(("VO", "false", "B04"), ((string)leerroute.Element("Leerroutefase")!, (string)leerroute.Element("Bekostigingsstatus")!,
            (string)leerroute.Element("Signaal")!.Element("Signaalcode")!));
        var parameter = leerroute.Element("Signaal")!.Element("Parameter")!;
        Assert.Equal(["1", "BrinBekostigdeInschrijving", "12AB"], parameter.Elements().Select(e => e.Value));
    }

    [Fact]
    public async Task Diplomas_carry_their_value_and_the_highest_earlier_diploma()
    {
        var diplomas = XDocument.Parse(await SchrijfAsync(TbgiVoorbeeld.Mbo())).Root!.Elements("Diploma").ToList();

        Assert.Equal(2, diplomas.Count);
        var eerste = diplomas[0];
        Assert.Equal(
            ["BRIN", "Burgerservicenummer", "Resultaatvolgnummer", "Opleidingcode", "Inschrijvingvolgnummer", "DatumBehaald", "Niveau",
                "IndicatieSpecialistendiploma", "NiveauHoogstBekostigdeDiploma", "IndicatieHoogstBekostigdeDiplomaIsSpecialist",
                "DatumTijdBepalingBekostigingsgrondslagen", "StatusBepalingBekostigingsstatus", "Bekostigingsstatus", "BijdrageDiplomawaarde", "Signaal"],
            eerste.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(("R1", "2024-06-28", "5.000000", "B20"), ((string)eerste.Element("Resultaatvolgnummer")!, (string)eerste.Element("DatumBehaald")!,
            (string)eerste.Element("BijdrageDiplomawaarde")!, (string)eerste.Element("Signaal")!.Element("Signaalcode")!));
        Assert.Equal("true", (string)eerste.Element("NiveauHoogstBekostigdeDiploma")!.Attribute(Xsi + "nil")!);
        var specialist = diplomas[1];
        Assert.Equal(("true", "MBO-4", "false", "2.000000"), ((string)specialist.Element("IndicatieSpecialistendiploma")!,
            (string)specialist.Element("NiveauHoogstBekostigdeDiploma")!, (string)specialist.Element("IndicatieHoogstBekostigdeDiplomaIsSpecialist")!,
            (string)specialist.Element("BijdrageDiplomawaarde")!));
    }

    [Fact]
    public async Task The_file_is_utf8_without_bom_or_tabs_and_named_as_duo_names_it()
    {
        var tbgi = TbgiVoorbeeld.Mbo();
        using var stroom = new MemoryStream();
        await TbgiXmlSchrijver.SchrijfAsync(tbgi, stroom, CancellationToken.None);
        var bytes = stroom.ToArray();

        Assert.NotEqual(0xEF, bytes[0]);
        var tekst = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Bekostigingsgrondslagen", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain('\t', tekst);
        Assert.DoesNotContain('\r', tekst);
        Assert.Equal("TBGI_25LZ_2026_20251121.XML", tbgi.Bestandsnaam);
    }

    private static XElement Inschrijving(XDocument doc, string volgnummer) =>
        doc.Root!.Elements("Inschrijving").Single(i => (string)i.Element("Inschrijvingvolgnummer")! == volgnummer);

    private static async Task<string> SchrijfAsync(Tbgi tbgi)
    {
        using var stroom = new MemoryStream();
        await TbgiXmlSchrijver.SchrijfAsync(tbgi, stroom, CancellationToken.None);
        return Encoding.UTF8.GetString(stroom.ToArray());
    }

    private static List<string> Valideer(string xml, string xsd)
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Bekostiging", "Xsd", xsd));
        var fouten = new List<string>();
        var instellingen = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        instellingen.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        instellingen.ValidationEventHandler += (_, e) => fouten.Add($"{e.Severity} regel {e.Exception.LineNumber}: {e.Message}");
        using var lezer = XmlReader.Create(new StringReader(xml), instellingen);
        while (lezer.Read())
        {
        }

        return fouten;
    }
}
