using System.Net;
using Keten.Contract.Rio.Xml;
using Keten.Contract.Soap;
using Keten.Server.Soap;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Server;
using Keten.Server.Tests.Soap;
using Keten.Storage;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Schrijfpad;

/// <summary>
/// When a delivery cannot get its locks (here: Keten:WriteAttempts = 1, a lock wait of 200 ms and a held transaction
/// that changed the row the delivery writes), SOAP answers Server.DK0051 and REST 503, both with Retry-After.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OpslagBezetTests(PostgresServer postgres) : DatabaseTest(StoreKind.Postgres, postgres)
{
    [Fact]
    public async Task Storage_busy_is_answered_503_over_rest_and_dk0051_over_soap_with_retry_after_and_changes_nothing()
    {
        await using var server = new KetenTestServer(ConnectionString, demo: true, instellingen: new Dictionary<string, string>
        {
            ["Keten:WriteAttempts"] = "1",
            ["Keten:WriteLockTimeoutMilliseconds"] = "200",
        });
        using var client = server.CreateClient();
        var viaRest = await TweeHosts.NieuweAanbiederAsync(client);
        var viaSoap = await TweeHosts.NieuweAanbiederAsync(client);

        using var rest = await TerwijlRijVastgehoudenAsync(viaRest,
            () => TweeHosts.RestAsync(client, HttpMethod.Delete, $"/api/rio/onderwijsaanbieders/{viaRest}"));
        using var soapVerzoek = SoapEnvelopes.HttpVerzoek(RioSoapServices.Beheren, SoapEnvelopes.Envelope(RioSoapServices.Beheren, "verwijderen_onderwijsaanbieder",
            SoapEnvelopes.Verzoek(RioSoapServices.Beheren, "verwijderen_onderwijsaanbieder", "ROC", BeherenXmlWriter.VerwijderenOnderwijsaanbieder(viaSoap)),
            fromOin: RocVoorbeeldOin, toOin: Oin.Duo));
        using var soap = await TerwijlRijVastgehoudenAsync(viaSoap, () => client.SendAsync(soapVerzoek));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, rest.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), rest.Headers.RetryAfter?.Delta);
        var fault = await SoapAntwoord.LeesAsync(soap);
        Assert.Equal("Server.DK0051", fault.FaultCode);
        Assert.StartsWith("Service niet beschikbaar", fault.FaultString, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(1), soap.Headers.RetryAfter?.Delta);
        var store = Database.CreateStore(TimeProvider.System);
        foreach (var code in new[] { viaRest, viaSoap })
        {
            Assert.False((await store.GetAsync(RioObjectSoort.Onderwijsaanbieder, code, CancellationToken.None))!.Verwijderd);
        }
    }

    /// <summary>Holds a transaction that changed the aanbieder's row until the delivery, waiting for that row, has its answer.</summary>
    private async Task<HttpResponseMessage> TerwijlRijVastgehoudenAsync(string aanbieder, Func<Task<HttpResponseMessage>> verzoek)
    {
        await using var connection = await RuweSql.OpenAsync(Database);
        await using var transactie = await connection.BeginTransactionAsync();
        await RuweSql.ExecAsync(connection, transactie,
            $"UPDATE rio_object SET geregistreerd_op = geregistreerd_op WHERE soort = 'Onderwijsaanbieder' AND sleutel = '{aanbieder}'");
        var antwoord = await verzoek();
        await transactie.RollbackAsync();
        return antwoord;
    }
}
