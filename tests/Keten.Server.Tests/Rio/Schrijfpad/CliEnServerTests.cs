using Keten.Cli;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Referentie;
using Keten.Server.Tests.Rio.Server;
using Keten.Storage;

namespace Keten.Server.Tests.Rio.Schrijfpad;

/// <summary>The CLI (its own store, as another process has) writes to the SQLite file while a server takes deliveries.</summary>
public sealed class CliEnServerTests : IAsyncLifetime
{
    private readonly TestDatabase database = KetenConnectionStrings.Sqlite();
    private readonly string bestand = Path.Combine(Path.GetTempPath(), $"keten-cli-{Guid.NewGuid():N}.json");

    public Task InitializeAsync() => File.WriteAllTextAsync(bestand, Voorbeeldbestand.Met("\"Software developer\"", "\"Software developer (CLI)\""));

    public async Task DisposeAsync()
    {
        File.Delete(bestand);
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Cli_referentie_laden_and_server_deliveries_on_one_sqlite_file_both_land()
    {
        await using var hosts = TweeHosts.Start(database.ConnectionString);
        var leveringen = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            var ao = RioServerTestBasis.NieuweMboOpleiding("110A001");
            using var antwoord = await TweeHosts.RestAsync(hosts.A, HttpMethod.Post, "/api/rio/aangeboden-opleidingen", ao);
            Assert.True(antwoord.IsSuccessStatusCode, await antwoord.Content.ReadAsStringAsync());
            return ao.AangebodenOpleidingCode.ToString("D");
        })).ToList();
        using var uit = new StringWriter();
        using var fout = new StringWriter();

        var code = await KetenCli.RunAsync(["referentie", "laden", bestand, "--connection", database.ConnectionString], uit, fout, CancellationToken.None);
        var sleutels = await Task.WhenAll(leveringen);

        Assert.Equal(0, code);
        var store = database.CreateStore(TimeProvider.System);
        Assert.Contains(await store.LoadReferentieAsync(CancellationToken.None), item => item.Json.Contains("Software developer (CLI)", StringComparison.Ordinal));
        Assert.Equal(20, (await store.GetManyAsync(RioObjectSoort.AangebodenOpleiding, sleutels, CancellationToken.None)).Count);
    }
}
