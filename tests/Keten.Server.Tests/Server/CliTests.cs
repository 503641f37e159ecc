using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Referentie;
using Keten.Storage.Referentie;

namespace Keten.Server.Tests.Server;

/// <summary>`keten referentie laden` on a real SQLite file: loads a good file once, refuses a bad one whole.</summary>
public sealed class CliTests : IAsyncLifetime
{
    private readonly TestDatabase _database = KetenConnectionStrings.Sqlite();
    private readonly string _bestand = Path.Combine(Path.GetTempPath(), $"keten-cli-{Guid.NewGuid():N}.json");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        File.Delete(_bestand);
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Referentie_laden_loads_a_file_and_a_second_time_changes_nothing()
    {
        await File.WriteAllTextAsync(_bestand, Voorbeeldbestand.Geldig);

        var (code1, uit1, _) = await RunAsync("referentie", "laden", _bestand);
        var (code2, uit2, _) = await RunAsync("referentie", "laden", _bestand);

        Assert.Equal((0, 0), (code1, code2));
        Assert.StartsWith("9 referentie-items nieuw of gewijzigd, 2 nieuwe medewerkers", uit1, StringComparison.Ordinal);
        Assert.StartsWith("0 referentie-items nieuw of gewijzigd, 0 nieuwe medewerkers", uit2, StringComparison.Ordinal);
        var data = await ReferentiedataLoader.ReadFromStoreAsync(_database.CreateStore(TimeProvider.System), CancellationToken.None);
        Assert.Equal(2, data.Onderwijsbesturen.Count);
    }

    [Fact]
    public async Task Referentie_laden_refuses_a_malformed_file_naming_line_and_field()
    {
        await File.WriteAllTextAsync(_bestand, Voorbeeldbestand.Met("\"brin\": \"99VA\"", "\"brin\": \"25L\""));

        var (code, _, fout) = await RunAsync("referentie", "laden", _bestand);

        Assert.Equal(2, code);
        Assert.Contains("regel 8, veld erkendeInstellingen[1].brin", fout, StringComparison.Ordinal);
        Assert.Empty(await _database.CreateStore(TimeProvider.System).LoadReferentieAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Unknown_command_prints_usage_and_fails()
    {
        var (code, _, fout) = await RunAsync("onbekend");

        Assert.Equal(1, code);
        Assert.Contains("keten leerroutes --bestuur", fout, StringComparison.Ordinal);
    }

    private Task<(int Code, string Uit, string Fout)> RunAsync(params string[] args) => CliUitvoering.RunAsync(_database.ConnectionString, args);
}
