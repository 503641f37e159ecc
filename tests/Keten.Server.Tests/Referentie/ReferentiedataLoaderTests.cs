using Keten.Server.Tests.Infrastructure;
using Keten.Storage;
using Keten.Storage.Audit;
using Keten.Storage.Referentie;

namespace Keten.Server.Tests.Referentie;

/// <summary>The loader against a real SQLite store.</summary>
public sealed class ReferentiedataLoaderTests : IAsyncLifetime
{
    private readonly string _pad = Path.Combine(Path.GetTempPath(), $"referentiedata-{Guid.NewGuid():N}.json");
    private readonly TestDatabase _database = KetenConnectionStrings.Sqlite();
    private IKetenStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = _database.CreateStore(TimeProvider.System);
        await _store.MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        File.Delete(_pad);
        await _database.DisposeAsync();
    }

    private async Task<int> LaadAsync(string json)
    {
        await File.WriteAllTextAsync(_pad, json);
        return await ReferentiedataLoader.LoadFileAsync(_pad, _store, Auditbron.Onbekend, CancellationToken.None);
    }

    [Fact]
    public async Task Loading_the_same_file_twice_changes_nothing_the_second_time()
    {
        Assert.Equal(9, await LaadAsync(Voorbeeldbestand.Geldig));
        Assert.Equal(0, await LaadAsync(Voorbeeldbestand.Geldig));
    }

    [Fact]
    public async Task A_newer_file_changes_only_what_changed()
    {
        await LaadAsync(Voorbeeldbestand.Geldig);

        var nieuwer = Voorbeeldbestand.Met(
            "\"naam\": \"Software developer\", \"niveau\": \"MBO-4\", \"begindatum\": \"2020-08-01\", \"einddatum\": null}",
            "\"naam\": \"Software developer\", \"niveau\": \"MBO-4\", \"begindatum\": \"2020-08-01\", \"einddatum\": \"2030-08-01\"},\n    {\"opleidingsstelsel\": \"CREBO\", \"opleidingscode\": \"25607\", \"naam\": \"Medewerker ICT support\", \"niveau\": \"MBO-2\", \"begindatum\": \"2020-08-01\"}");

        Assert.Equal(2, await LaadAsync(nieuwer));
        var data = await ReferentiedataLoader.ReadFromStoreAsync(_store, CancellationToken.None);
        Assert.Equal(new DateOnly(2030, 8, 1), data.Erkenning("CREBO", "25604")!.Einddatum);
        Assert.Equal("MBO-2", data.Erkenning("CREBO", "25607")!.Niveau);
    }

    [Fact]
    public async Task A_malformed_file_is_refused_and_nothing_is_written()
    {
        var fout = await Assert.ThrowsAsync<OngeldigeReferentiedataException>(() => LaadAsync(Voorbeeldbestand.Met("\"brin\": \"99VA\"", "\"brin\": \"25L\"")));

        Assert.Equal(["regel 8, veld erkendeInstellingen[1].brin: '25L' is geen BRIN4 (nnXX)"], fout.Fouten.Select(f => f.ToString()));
        Assert.Contains("regel 8, veld erkendeInstellingen[1].brin", fout.Message, StringComparison.Ordinal);
        Assert.Empty(await _store.LoadReferentieAsync(CancellationToken.None));
    }

    [Fact]
    public async Task What_was_loaded_reads_back_from_the_store_ordered_by_key()
    {
        await LaadAsync(Voorbeeldbestand.Geldig);

        var data = await ReferentiedataLoader.ReadFromStoreAsync(_store, CancellationToken.None);

        Assert.Equal(["100B001", "100B002"], data.Onderwijsbesturen.Select(b => b.Code));
        Assert.Equal(["25187", "25604"], data.Opleidingserkenningen.Select(e => e.Opleidingscode));
        Assert.Equal(("J. Beheerder", null), (data.Medewerkers[0].Naam, data.Medewerkers[0].LegacyToken)); // tokens live in Toegang's tables
        Assert.Equal(ReferentiedataReader.Read(Voorbeeldbestand.Geldig).Referentiedata!.ErkendeInstellingen, data.ErkendeInstellingen);
    }
}
