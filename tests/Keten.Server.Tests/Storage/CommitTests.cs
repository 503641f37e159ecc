using System.Data.Common;
using Keten.Server.Tests.Infrastructure;
using Keten.Storage;

namespace Keten.Server.Tests.Storage;

public abstract class CommitTests(StoreKind kind, PostgresServer? postgres) : StoreTest(kind, postgres)
{
    private const RioObjectSoort Locatie = RioObjectSoort.Onderwijslocatie;

    [Fact]
    public void Factory_picks_the_store_from_the_connection_string()
    {
        Assert.IsType(Kind == StoreKind.Sqlite ? typeof(SqliteKetenStore) : typeof(PostgresKetenStore), Store);
    }

    [Fact]
    public async Task Commit_then_get_round_trips_every_field()
    {
        Assert.True(await CommitAsync("doc-1", Staat(Locatie, "100X001", """{"naam":"Hoofdgebouw"}""", aanbieder: "100A001")));

        var gelezen = await Store.GetAsync(Locatie, "100X001", CancellationToken.None);

        Assert.Equal(new RioObject(Locatie, "100X001", Bestuur, "100A001", """{"naam":"Hoofdgebouw"}""", Start, false, true), gelezen);
        Assert.Equal(TimeSpan.Zero, gelezen!.GeregistreerdOp.Offset);
        Assert.Equal(Antwoord("doc-1"), await Store.FindAntwoordAsync("doc-1", CancellationToken.None));
        Assert.Null(await Store.GetAsync(Locatie, "100X999", CancellationToken.None));
        Assert.Null(await Store.GetAsync(RioObjectSoort.Opleidingseenheid, "100X001", CancellationToken.None));
    }

    [Fact]
    public async Task Registration_time_keeps_microseconds_and_drops_what_is_finer()
    {
        Time.Advance(TimeSpan.FromTicks(7)); // 0.7 µs: below what PostgreSQL keeps

        await CommitAsync("doc-1", Staat(Locatie, "100X001", "{}"));

        var gelezen = await Store.GetAsync(Locatie, "100X001", CancellationToken.None);
        Assert.Equal(Start, gelezen!.GeregistreerdOp);
        Assert.Equal(Start.UtcTicks, gelezen.GeregistreerdOp.UtcTicks);
    }

    [Fact]
    public async Task A_repeated_bedrijfsdocument_returns_false_and_changes_nothing()
    {
        Assert.True(await CommitAsync("doc-1", Staat(Locatie, "100X001", """{"v":1}""")));
        Time.Advance(TimeSpan.FromMinutes(1));

        var herhaald = await Store.CommitAsync(
            new Commit("doc-1", "aanleveren", """{"anders":true}""", [Staat(Locatie, "100X001", """{"v":2}"""), Staat(Locatie, "100X002", "{}")]),
            CancellationToken.None);

        Assert.False(herhaald);
        var gelezen = await Store.GetAsync(Locatie, "100X001", CancellationToken.None);
        Assert.Equal("""{"v":1}""", gelezen!.StateJson);
        Assert.Equal(Start, gelezen.GeregistreerdOp);
        Assert.Null(await Store.GetAsync(Locatie, "100X002", CancellationToken.None));
        Assert.Single(await Store.HistorieAsync(Locatie, "100X001", CancellationToken.None));
        Assert.Equal(Antwoord("doc-1"), await Store.FindAntwoordAsync("doc-1", CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_repeats_of_one_bedrijfsdocument_succeed_once()
    {
        var pogingen = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => Store.CommitAsync(
                new Commit("doc-1", "aanleveren", "{}", [Staat(Locatie, "100X00" + i, "{}")]), CancellationToken.None)))
            .ToList();

        var uitkomsten = await Task.WhenAll(pogingen);

        Assert.Single(uitkomsten, u => u);
        var alles = await Store.ListAsync(Locatie, new RioFilter(), 0, 100, CancellationToken.None);
        Assert.Equal(1, alles.AantalResultaten);
    }

    [Fact]
    public async Task A_commit_without_bedrijfsdocument_id_is_written_without_one()
    {
        Assert.True(await CommitAsync(null, Staat(Locatie, "100X001", "{}")));
        Assert.True(await CommitAsync(null, Staat(Locatie, "100X002", "{}")));

        Assert.NotNull(await Store.GetAsync(Locatie, "100X002", CancellationToken.None));
        Assert.Null(await Store.FindAntwoordAsync("", CancellationToken.None));
    }

    [Fact]
    public async Task Unknown_bedrijfsdocument_has_no_antwoord()
    {
        Assert.Null(await Store.FindAntwoordAsync("nooit-gezien", CancellationToken.None));
    }

    [Fact]
    public async Task Nieuw_holds_only_for_the_state_that_made_the_object_exist()
    {
        await CommitEachAsync(Staat(Locatie, "100X001", """{"v":1}"""));
        Assert.True((await Store.GetAsync(Locatie, "100X001", CancellationToken.None))!.Nieuw);

        await CommitEachAsync(Staat(Locatie, "100X001", """{"v":2}"""));
        var gewijzigd = await Store.GetAsync(Locatie, "100X001", CancellationToken.None);
        Assert.False(gewijzigd!.Nieuw);
        Assert.Equal(Start.AddSeconds(2), gewijzigd.GeregistreerdOp);

        await CommitEachAsync(Verwijdering(Locatie, "100X001"));
        var tombstone = await Store.GetAsync(Locatie, "100X001", CancellationToken.None);
        Assert.True(tombstone!.Verwijderd);
        Assert.False(tombstone.Nieuw);
        Assert.Equal("""{"v":2}""", tombstone.StateJson); // a tombstone keeps the last state it had
        Assert.Equal(Start.AddSeconds(3), tombstone.GeregistreerdOp);

        await CommitEachAsync(Staat(Locatie, "100X001", """{"v":3}"""));
        var terug = await Store.GetAsync(Locatie, "100X001", CancellationToken.None);
        Assert.False(terug!.Verwijderd);
        Assert.True(terug.Nieuw);
    }

    [Fact]
    public async Task Two_states_of_one_object_in_one_commit_leave_the_last_and_count_as_new()
    {
        await CommitAsync("doc-1", Staat(Locatie, "100X001", """{"v":1}"""), Staat(Locatie, "100X001", """{"v":2}"""));

        var gelezen = await Store.GetAsync(Locatie, "100X001", CancellationToken.None);
        Assert.Equal("""{"v":2}""", gelezen!.StateJson);
        Assert.True(gelezen.Nieuw);
        Assert.Equal(2, (await Store.HistorieAsync(Locatie, "100X001", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Deleting_an_unknown_object_leaves_a_tombstone()
    {
        await CommitAsync("doc-1", Verwijdering(Locatie, "100X001"));

        var tombstone = await Store.GetAsync(Locatie, "100X001", CancellationToken.None);
        Assert.True(tombstone!.Verwijderd);
        Assert.Null(tombstone.StateJson);
    }

    [Fact]
    public async Task A_commit_that_fails_halfway_leaves_nothing_behind()
    {
        await CommitEachAsync(Staat(Locatie, "100X001", """{"v":1}"""));
        var kapot = new Commit("doc-kapot", "aanleveren", "{}",
        [
            Staat(Locatie, "100X001", """{"v":2}""", verwijzingen: new Verwijzing(RioObjectSoort.Onderwijsaanbieder, "100A001")),
            Staat(Locatie, "100X002", "{}"),
            Staat(Locatie, "100X003", "{}", bestuur: null!), // violates NOT NULL in the middle of the commit
            Staat(Locatie, "100X004", "{}"),
        ]);

        await Assert.ThrowsAnyAsync<DbException>(() => Store.CommitAsync(kapot, CancellationToken.None));

        Assert.Equal("""{"v":1}""", (await Store.GetAsync(Locatie, "100X001", CancellationToken.None))!.StateJson);
        Assert.Null(await Store.GetAsync(Locatie, "100X002", CancellationToken.None));
        Assert.Single(await Store.HistorieAsync(Locatie, "100X001", CancellationToken.None));
        Assert.Empty(await Store.HistorieAsync(Locatie, "100X002", CancellationToken.None));
        Assert.Empty(await Store.VerwijzersAsync(RioObjectSoort.Onderwijsaanbieder, "100A001", CancellationToken.None));
        Assert.Null(await Store.FindAntwoordAsync("doc-kapot", CancellationToken.None));

        // The id was not used up: the same bedrijfsdocument, now valid, goes through.
        Assert.True(await CommitAsync("doc-kapot", Staat(Locatie, "100X002", "{}")));
    }
}

public sealed class CommitTestsOnSqlite() : CommitTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class CommitTestsOnPostgres(PostgresServer postgres) : CommitTests(StoreKind.Postgres, postgres);
