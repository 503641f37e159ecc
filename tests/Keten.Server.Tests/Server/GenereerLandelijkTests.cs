using Keten.Cli;
using Keten.Domain.Rio;
using Keten.Application.Rio;
using Keten.Server.Tests.Infrastructure;
using Keten.Storage;
using Keten.Storage.Referentie;

namespace Keten.Server.Tests.Server;

/// <summary>`keten genereer landelijk` on real SQLite files, at a small size: 2 MBO, 3 VO, 50 aangeboden opleidingen.</summary>
public sealed class GenereerLandelijkTests : IAsyncLifetime
{
    private static readonly RioObjectSoort[] Soorten =
        [RioObjectSoort.Onderwijsaanbieder, RioObjectSoort.Onderwijslocatie, RioObjectSoort.Onderwijslocatiegebruik, RioObjectSoort.AangebodenOpleiding];

    private readonly TestDatabase _database = KetenConnectionStrings.Sqlite();
    private readonly TestDatabase _tweede = KetenConnectionStrings.Sqlite();
    private readonly string _bestand = Path.Combine(Path.GetTempPath(), $"keten-landelijk-{Guid.NewGuid():N}.json");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        File.Delete(_bestand);
        await _database.DisposeAsync();
        await _tweede.DisposeAsync();
    }

    [Fact]
    public async Task Generates_the_asked_numbers_of_aanbieders_locaties_and_opleidingen_with_a_loadable_reference_file()
    {
        var (code, uit, fout) = await GenereerAsync(_database, 42);

        Assert.True(code == 0, fout);
        Assert.Contains("4 onderwijsbesturen, 5 onderwijsaanbieders", uit, StringComparison.Ordinal);
        Assert.Equal([5, 9, 9, 54], await AantallenAsync(_database)); // 50 and both sides of the 2 leerroutes
        var referentie = await ReferentiedataReader.ReadFileAsync(_bestand, CancellationToken.None);
        Assert.True(referentie.IsGeldig, string.Join("; ", referentie.Fouten));
        Assert.Equal(4, referentie.Referentiedata!.Onderwijsbesturen.Count);
        Assert.Equal(5, referentie.Referentiedata.ErkendeInstellingen.Count);
        var opleidingen = await AlleAsync(_database, RioObjectSoort.AangebodenOpleiding);
        var soorten = opleidingen.Select(o => RioJson.Deserialize<AangebodenOpleiding>(o.StateJson!).Soort).ToList();
        Assert.Equal(32, soorten.Count(s => s == AangebodenOpleidingSoort.Mbo));
        Assert.Equal(22, soorten.Count(s => s == AangebodenOpleidingSoort.VO));
    }

    [Fact]
    public async Task A_second_run_with_the_same_seed_adds_and_changes_nothing()
    {
        await GenereerAsync(_database, 42);
        var voor = await StaatAsync(_database);
        var sinds = DateTimeOffset.UtcNow;

        var (code, uit, fout) = await GenereerAsync(_database, 42);

        Assert.True(code == 0, fout);
        Assert.Contains("; 0 referentie-items nieuw of gewijzigd", uit, StringComparison.Ordinal);
        Assert.Equal(voor, await StaatAsync(_database));
        foreach (var soort in Soorten)
        {
            var gewijzigd = await _database.CreateStore(TimeProvider.System).ListAsync(soort, new RioFilter(GewijzigdNa: sinds), 0, 1000, CancellationToken.None);
            Assert.Equal(0, gewijzigd.AantalResultaten);
        }
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_data_and_another_seed_other_opleidingen()
    {
        await GenereerAsync(_database, 42);
        await GenereerAsync(_tweede, 42);
        Assert.Equal(await StaatAsync(_database), await StaatAsync(_tweede));

        await using var derde = KetenConnectionStrings.Sqlite();
        await GenereerAsync(derde, 7);
        var codes42 = (await AlleAsync(_database, RioObjectSoort.AangebodenOpleiding)).Select(o => o.Sleutel);
        var codes7 = (await AlleAsync(derde, RioObjectSoort.AangebodenOpleiding)).Select(o => o.Sleutel);
        Assert.Empty(codes42.Intersect(codes7));
    }

    private async Task<(int Code, string Uit, string Fout)> GenereerAsync(TestDatabase database, int seed)
    {
        using var uit = new StringWriter();
        using var fout = new StringWriter();
        var code = await KetenCli.RunAsync(
            ["genereer", "landelijk", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--mbo", "2", "--vo", "3",
             "--opleidingen", "50", "--referentiedata-uit", _bestand, "--connection", database.ConnectionString],
            uit, fout, CancellationToken.None);
        return (code, uit.ToString(), fout.ToString());
    }

    private static async Task<List<int>> AantallenAsync(TestDatabase database) =>
        [.. await Task.WhenAll(Soorten.Select(async s => (await AlleAsync(database, s)).Count))];

    /// <summary>Every object's kind, key and state, in a fixed order.</summary>
    private static async Task<List<string>> StaatAsync(TestDatabase database)
    {
        var staat = new List<string>();
        foreach (var soort in Soorten)
        {
            staat.AddRange((await AlleAsync(database, soort)).Select(o => $"{o.Soort}|{o.Sleutel}|{o.StateJson}").Order(StringComparer.Ordinal));
        }

        return staat;
    }

    private static async Task<IReadOnlyList<RioObject>> AlleAsync(TestDatabase database, RioObjectSoort soort) =>
        (await database.CreateStore(TimeProvider.System).ListAsync(soort, new RioFilter(), 0, 10_000, CancellationToken.None)).Items;
}
