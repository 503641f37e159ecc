using Keten.Server.Tests.Infrastructure;
using Keten.Storage;

namespace Keten.Server.Tests.Storage;

public abstract class HistorieTests(StoreKind kind, PostgresServer? postgres) : StoreTest(kind, postgres)
{
    private const RioObjectSoort Eenheid = RioObjectSoort.Opleidingseenheid;

    [Fact]
    public async Task History_lists_every_accepted_state_oldest_first_with_deletions_as_null()
    {
        await CommitEachAsync(
            Staat(Eenheid, "1000O0001", """{"v":1}""", aanbieder: "100A001"),
            Staat(Eenheid, "1000O0002", """{"ander":1}"""),
            Staat(Eenheid, "1000O0001", """{"v":2}""", aanbieder: "100A002"),
            Verwijdering(Eenheid, "1000O0001"),
            Staat(Eenheid, "1000O0001", """{"v":3}"""));

        var historie = await Store.HistorieAsync(Eenheid, "1000O0001", CancellationToken.None);

        Assert.Equal(["""{"v":1}""", """{"v":2}""", null, """{"v":3}"""], historie.Select(h => h.StateJson));
        Assert.Equal([1, 3, 4, 5], historie.Select(h => (int)(h.GeregistreerdOp - Start).TotalSeconds));
        Assert.Equal([false, false, true, false], historie.Select(h => h.Verwijderd));
        Assert.Equal([true, false, false, true], historie.Select(h => h.Nieuw));
        Assert.Equal(["100A001", "100A002", null, null], historie.Select(h => h.Onderwijsaanbiedercode));
        Assert.All(historie, h => Assert.Equal((Eenheid, "1000O0001", Bestuur), (h.Soort, h.Sleutel, h.Onderwijsbestuurcode)));
    }

    [Fact]
    public async Task A_refused_repeat_adds_no_history()
    {
        await CommitAsync("doc-1", Staat(Eenheid, "1000O0001", "{}"));
        await CommitAsync("doc-1", Staat(Eenheid, "1000O0001", """{"v":2}"""));

        Assert.Single(await Store.HistorieAsync(Eenheid, "1000O0001", CancellationToken.None));
    }

    [Fact]
    public async Task An_unknown_object_has_no_history()
    {
        Assert.Empty(await Store.HistorieAsync(Eenheid, "1000O0001", CancellationToken.None));
    }
}

public sealed class HistorieTestsOnSqlite() : HistorieTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class HistorieTestsOnPostgres(PostgresServer postgres) : HistorieTests(StoreKind.Postgres, postgres);
