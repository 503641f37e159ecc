using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Keten.Application.Rio;
using Keten.Contract.Rio.Xml;
using Keten.Contract.Soap;
using Keten.Domain.Rio;
using Keten.Server.Soap;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Server;
using Keten.Server.Tests.Soap;
using Keten.Storage;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Schrijfpad;

/// <summary>A bedrijfsdocument id means one message: a repeat gets the original answer, another message is refused.</summary>
public abstract class BedrijfsdocumentIdTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private const string Operatie = "aanleveren_aangebodenOpleiding";

    [Fact]
    public async Task Same_message_twice_over_soap_gets_the_original_answer_and_has_no_second_effect()
    {
        var ao = NieuweMboOpleiding("110A001");
        var verzoek = SoapEnvelopes.Verzoek(RioSoapServices.Beheren, Operatie, "ROC", BeherenXmlWriter.AanleverenAangebodenOpleiding(ao));

        var eerste = await PostAsync(RioSoapServices.Beheren, Operatie, verzoek, RocVoorbeeldOin);
        var tweede = await PostAsync(RioSoapServices.Beheren, Operatie, verzoek, RocVoorbeeldOin);

        Assert.Equal("true", eerste.Element(Ns + "requestGoedgekeurd")?.Value);
        Assert.Equal("true", tweede.Element(Ns + "requestGoedgekeurd")?.Value);
        Assert.Single(await HistorieAsync(ao));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Another_message_under_a_used_id_over_soap_also_in_capitals_is_refused_with_dk0050_and_changes_nothing(bool hoofdletters)
    {
        var ao = NieuweMboOpleiding("110A001");
        var eerste = SoapEnvelopes.Verzoek(RioSoapServices.Beheren, Operatie, "ROC", BeherenXmlWriter.AanleverenAangebodenOpleiding(ao));
        var ander = SoapEnvelopes.Verzoek(RioSoapServices.Beheren, Operatie, "ROC",
            BeherenXmlWriter.AanleverenAangebodenOpleiding(ao with { Einddatum = new DateOnly(2030, 8, 1) }));
        var id = eerste.Element(Ns + "identificatiecodeBedrijfsdocument")!.Value;
        Assert.Equal(id.ToLowerInvariant(), id);
        ander.Element(Ns + "identificatiecodeBedrijfsdocument")!.Value = hoofdletters ? id.ToUpperInvariant() : id;
        await PostAsync(RioSoapServices.Beheren, Operatie, eerste, RocVoorbeeldOin);

        var antwoord = await SoapFaultAsync(ander, RocVoorbeeldOin);

        Assert.Equal("Server.DK0050", antwoord.FaultCode);
        Assert.StartsWith("Ongeldige waarde voor identificatiecodeBedrijfsdocument", antwoord.FaultString, StringComparison.Ordinal);
        Assert.Contains("al gebruikt voor een ander bericht", antwoord.FaultString, StringComparison.Ordinal);
        var opgeslagen = await Client.GetFromJsonAsync<AangebodenOpleiding>($"/api/rio/aangeboden-opleidingen/{ao.AangebodenOpleidingCode}", RioJson.Options);
        Assert.Null(opgeslagen!.Einddatum);
        Assert.Single(await HistorieAsync(ao));
    }

    [Fact]
    public async Task Reused_bedrijfsdocument_id_with_other_content_or_operation_over_rest_is_refused_with_409_and_changes_nothing()
    {
        var ao = NieuweMboOpleiding("110A001");
        var id = Guid.NewGuid().ToString();
        using var eerste = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rio/aangeboden-opleidingen", ao, id);
        eerste.EnsureSuccessStatusCode();

        using var anderInhoud = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rio/aangeboden-opleidingen", ao with { Einddatum = new DateOnly(2030, 8, 1) }, id);
        using var andereOperatie = await TweeHosts.RestAsync(Client, HttpMethod.Delete, $"/api/rio/aangeboden-opleidingen/{ao.AangebodenOpleidingCode}", null, id);

        foreach (var antwoord in new[] { anderInhoud, andereOperatie })
        {
            Assert.Equal(HttpStatusCode.Conflict, antwoord.StatusCode);
            Assert.Equal("KTN030", await TweeHosts.CodeAsync(antwoord));
            Assert.Contains("Keten-Bedrijfsdocument-Id", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var opgeslagen = await Client.GetFromJsonAsync<AangebodenOpleiding>($"/api/rio/aangeboden-opleidingen/{ao.AangebodenOpleidingCode}", RioJson.Options);
        Assert.Null(opgeslagen!.Einddatum);
        Assert.Single(await HistorieAsync(ao));
    }

    [Fact]
    public async Task Same_content_over_rest_then_soap_with_the_same_id_gets_the_original_answer()
    {
        var ao = NieuweMboOpleiding("110A001");
        var verzoek = SoapEnvelopes.Verzoek(RioSoapServices.Beheren, Operatie, "ROC", BeherenXmlWriter.AanleverenAangebodenOpleiding(ao));
        var id = verzoek.Element(Ns + "identificatiecodeBedrijfsdocument")!.Value;
        using var rest = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rio/aangeboden-opleidingen", ao, id);
        rest.EnsureSuccessStatusCode();

        var soap = await PostAsync(RioSoapServices.Beheren, Operatie, verzoek, RocVoorbeeldOin);

        Assert.Equal("true", soap.Element(Ns + "requestGoedgekeurd")?.Value);
        Assert.Single(await HistorieAsync(ao));
    }

    [Fact]
    public async Task The_id_in_capitals_is_the_same_id_over_rest_another_message_under_it_gets_409_and_changes_nothing()
    {
        var ao = NieuweMboOpleiding("110A001");
        var id = Guid.NewGuid().ToString("D");
        using var eerste = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rio/aangeboden-opleidingen", ao, id);
        eerste.EnsureSuccessStatusCode();

        using var ander = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rio/aangeboden-opleidingen",
            ao with { Einddatum = new DateOnly(2030, 8, 1) }, id.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.Conflict, ander.StatusCode);
        Assert.Equal("KTN030", await TweeHosts.CodeAsync(ander));
        Assert.Contains("\"veld\":\"Keten-Bedrijfsdocument-Id\"", await ander.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var opgeslagen = await Client.GetFromJsonAsync<AangebodenOpleiding>($"/api/rio/aangeboden-opleidingen/{ao.AangebodenOpleidingCode}", RioJson.Options);
        Assert.Null(opgeslagen!.Einddatum);
        Assert.Single(await HistorieAsync(ao));
    }

    [Fact]
    public async Task The_same_message_with_its_id_in_other_case_over_rest_gets_the_original_answer_and_has_no_second_effect()
    {
        var ao = NieuweMboOpleiding("110A001");
        var id = Guid.NewGuid().ToString("D");
        using var eerste = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rio/aangeboden-opleidingen", ao, id.ToUpperInvariant());
        eerste.EnsureSuccessStatusCode();

        using var herhaling = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rio/aangeboden-opleidingen", ao, id);

        Assert.Equal(HttpStatusCode.OK, herhaling.StatusCode);
        Assert.Equal(await eerste.Content.ReadAsStringAsync(), await herhaling.Content.ReadAsStringAsync());
        Assert.Single(await HistorieAsync(ao));
    }

    [Fact]
    public async Task The_same_message_with_its_id_in_capitals_over_soap_gets_the_original_answer_echoing_the_id_as_sent()
    {
        var ao = NieuweMboOpleiding("110A001");
        var verzoek = SoapEnvelopes.Verzoek(RioSoapServices.Beheren, Operatie, "ROC", BeherenXmlWriter.AanleverenAangebodenOpleiding(ao));
        var eerste = await PostAsync(RioSoapServices.Beheren, Operatie, verzoek, RocVoorbeeldOin);
        var hoofdletters = verzoek.Element(Ns + "identificatiecodeBedrijfsdocument")!.Value.ToUpperInvariant();
        verzoek.Element(Ns + "identificatiecodeBedrijfsdocument")!.Value = hoofdletters;

        var tweede = await PostAsync(RioSoapServices.Beheren, Operatie, verzoek, RocVoorbeeldOin);

        Assert.Equal("true", eerste.Element(Ns + "requestGoedgekeurd")?.Value);
        Assert.Equal("true", tweede.Element(Ns + "requestGoedgekeurd")?.Value);
        Assert.Equal(hoofdletters, tweede.Element(Ns + "identificatiecodeBedrijfsdocument")?.Value);
        Assert.Single(await HistorieAsync(ao));
    }

    [Fact]
    public async Task Bedrijfsdocument_header_that_is_no_uuid_is_refused_with_400_naming_the_header()
    {
        var ao = NieuweMboOpleiding("110A001");

        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rio/aangeboden-opleidingen", ao, "bericht-1");

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("KTN400", await TweeHosts.CodeAsync(antwoord));
        Assert.Contains("\"veld\":\"Keten-Bedrijfsdocument-Id\"", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await HistorieAsync(ao));
    }

    private async Task<SoapAntwoord> SoapFaultAsync(XElement verzoek, string oin)
    {
        var antwoord = await SoapEnvelopes.PostAsync(Client, RioSoapServices.Beheren,
            SoapEnvelopes.Envelope(RioSoapServices.Beheren, Operatie, verzoek, fromOin: oin, toOin: Oin.Duo));
        Assert.True(antwoord.IsFault);
        return antwoord;
    }

    private Task<IReadOnlyList<RioObject>> HistorieAsync(AangebodenOpleiding ao) =>
        Database.CreateStore(TimeProvider.System).HistorieAsync(RioObjectSoort.AangebodenOpleiding, ao.AangebodenOpleidingCode.ToString("D"), CancellationToken.None);
}

public sealed class BedrijfsdocumentIdTestsOnSqlite() : BedrijfsdocumentIdTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class BedrijfsdocumentIdTestsOnPostgres(PostgresServer postgres) : BedrijfsdocumentIdTests(StoreKind.Postgres, postgres);
