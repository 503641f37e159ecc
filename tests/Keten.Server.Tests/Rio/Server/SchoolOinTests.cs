using System.Xml.Linq;
using Keten.Contract.Rio.Xml;
using Keten.Contract.Soap;
using Keten.Server.Soap;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Referentie;
using Keten.Server.Tests.Server;
using Keten.Server.Tests.Soap;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Server;

/// <summary>A board whose OIN holds letters (a school OIN embeds its BRIN) is known by that OIN at every door.</summary>
public abstract class SchoolOinTests(StoreKind kind, PostgresServer? postgres) : DatabaseTest(kind, postgres)
{
    private const string OinMetLetters = "0000000700025BE00000";
    private static readonly XNamespace Ns = RioSoapServices.BeherenNamespace;
    private readonly string bestand = Path.Combine(Path.GetTempPath(), $"keten-referentie-{Guid.NewGuid():N}.json");

    public override async Task DisposeAsync()
    {
        File.Delete(bestand);
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Reference_data_with_a_school_OIN_loads_and_a_SOAP_message_from_that_OIN_acts_as_its_board()
    {
        var demo = await File.ReadAllTextAsync(DemoDataBestanden.Pad("referentiedata.json"));
        Assert.Contains(RocVoorbeeldOin, demo, StringComparison.Ordinal);
        await File.WriteAllTextAsync(bestand, demo.Replace(RocVoorbeeldOin, OinMetLetters, StringComparison.Ordinal));
        await using var server = new KetenTestServer(ConnectionString, demo: true, referentiedata: bestand);
        using var client = server.CreateClient();

        var vanSchool = await AanleverenAsync(client, OinMetLetters);
        var vanOudOin = await AanleverenAsync(client, RocVoorbeeldOin);

        Assert.Equal("true", vanSchool.Element(Ns + "requestGoedgekeurd")?.Value);
        Assert.Equal("AUT401", vanOudOin.Element(Ns + "foutmelding")?.Element(Ns + "foutcode")?.Value);
    }

    private static async Task<XElement> AanleverenAsync(HttpClient client, string oin)
    {
        var opleiding = RioServerTestBasis.NieuweMboOpleiding("110A001");
        var body = SoapEnvelopes.Verzoek(RioSoapServices.Beheren, "aanleveren_aangebodenOpleiding", "ROC",
            BeherenXmlWriter.AanleverenAangebodenOpleiding(opleiding));
        var antwoord = await SoapEnvelopes.PostAsync(client, RioSoapServices.Beheren,
            SoapEnvelopes.Envelope(RioSoapServices.Beheren, "aanleveren_aangebodenOpleiding", body, fromOin: oin, toOin: Oin.Duo));
        Assert.False(antwoord.IsFault, antwoord.FaultString);
        return antwoord.Body;
    }
}

public sealed class SchoolOinTestsOnSqlite() : SchoolOinTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class SchoolOinTestsOnPostgres(PostgresServer postgres) : SchoolOinTests(StoreKind.Postgres, postgres);
