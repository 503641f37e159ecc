using System.Net;
using System.Net.Http.Json;
using Keten.Domain.Rio;
using Keten.Application.Rio;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Referentie;
using Keten.Storage;
using Keten.Storage.Referentie;

namespace Keten.Server.Tests.Server;

/// <summary>The operator's interface: the three configuration keys, the docs, and a start that can be repeated.</summary>
public sealed class OpstartTests : IAsyncLifetime
{
    private readonly TestDatabase _database = KetenConnectionStrings.Sqlite();
    private readonly string _bestand = Path.Combine(Path.GetTempPath(), $"keten-referentie-{Guid.NewGuid():N}.json");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        File.Delete(_bestand);
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Openapi_document_and_docs_page_describe_the_rio_api()
    {
        await using var server = new KetenTestServer(_database.ConnectionString);
        using var client = server.CreateClient();

        var openapi = await client.GetStringAsync("/openapi/v1.json");
        var docs = await client.GetAsync("/docs");

        Assert.Contains("/api/rio/aangeboden-opleidingen", openapi, StringComparison.Ordinal);
        Assert.Contains("/api/rio/onderwijsbesturen/{bestuur}/leerroutes", openapi, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
    }

    [Fact]
    public async Task Demo_false_starts_without_rio_content_but_with_the_reference_data()
    {
        await using var server = new KetenTestServer(_database.ConnectionString, demo: false);
        using var client = server.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/rio/onderwijsaanbieders/110A001")).StatusCode);
        var referentie = await ReferentiedataLoader.ReadFromStoreAsync(_database.CreateStore(TimeProvider.System), CancellationToken.None);
        Assert.Equal(5, referentie.Onderwijsbesturen.Count);
    }

    [Fact]
    public async Task Starting_twice_with_demo_content_registers_it_once()
    {
        await using (var eerste = new KetenTestServer(_database.ConnectionString, demo: true))
        {
            eerste.CreateClient().Dispose();
        }

        await using (var tweede = new KetenTestServer(_database.ConnectionString, demo: true))
        {
            using var client = tweede.CreateClient();
            Assert.NotNull(await client.GetFromJsonAsync<Onderwijsaanbieder>("/api/rio/onderwijsaanbieders/110A001", RioJson.Options));
        }

        var store = _database.CreateStore(TimeProvider.System);
        Assert.Single(await store.HistorieAsync(RioObjectSoort.Onderwijsaanbieder, "110A001", CancellationToken.None));
    }

    [Fact]
    public async Task Keten_ReferenceData_loads_another_file()
    {
        await File.WriteAllTextAsync(_bestand, Voorbeeldbestand.Geldig);
        await using var server = new KetenTestServer(_database.ConnectionString, referentiedata: _bestand);
        server.CreateClient().Dispose();

        var referentie = await ReferentiedataLoader.ReadFromStoreAsync(_database.CreateStore(TimeProvider.System), CancellationToken.None);
        Assert.Contains(referentie.Opleidingserkenningen, e => e.Opleidingscode == "25604");
        Assert.Equal(2, referentie.Onderwijsbesturen.Count);
    }

    [Fact]
    public async Task Malformed_reference_file_stops_the_start_naming_line_and_field_and_loads_nothing()
    {
        await File.WriteAllTextAsync(_bestand, Voorbeeldbestand.Met("\"brin\": \"99VA\"", "\"brin\": \"25L\""));
        await using var server = new KetenTestServer(_database.ConnectionString, referentiedata: _bestand);

        var fout = Assert.Throws<OngeldigeReferentiedataException>(() => server.CreateClient());

        Assert.Contains("regel 8, veld erkendeInstellingen[1].brin", fout.Message, StringComparison.Ordinal);
        Assert.Empty(await _database.CreateStore(TimeProvider.System).LoadReferentieAsync(CancellationToken.None));
    }
}
