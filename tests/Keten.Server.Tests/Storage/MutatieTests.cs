using Keten.Server.Tests.Infrastructure;
using Keten.Storage;

namespace Keten.Server.Tests.Storage;

/// <summary>The change feeds (MutatiesAsync): stable positions while others write, and "was it live at the moment".</summary>
public abstract class MutatieTests(StoreKind kind, PostgresServer? postgres) : StoreTest(kind, postgres)
{
    private const RioObjectSoort Aanbieder = RioObjectSoort.Onderwijsaanbieder;

    [Fact]
    public async Task Paging_while_others_write_serves_every_entry_exactly_once()
    {
        await CommitEachAsync(Staat(Aanbieder, "100A000", "{}")); // before the moment: not in the feed
        var moment = Time.GetUtcNow();
        await CommitEachAsync(
            Staat(Aanbieder, "100A003", "{}"), Staat(Aanbieder, "100A001", "{}"), Staat(Aanbieder, "100A005", "{}"),
            Staat(Aanbieder, "100A002", "{}"), Staat(Aanbieder, "100A004", "{}"));
        var filter = new MutatieFilter(moment, Onderwijsbestuurcode: Bestuur);

        var gezien = Sleutels(await Store.MutatiesAsync(Aanbieder, filter, 0, 2, CancellationToken.None));

        // Others write: an object already served changes, one not yet served changes, new ones sort before everything.
        await CommitEachAsync(
            Staat(Aanbieder, "100A003", """{"v":2}"""), Staat(Aanbieder, "100A002", """{"v":2}"""),
            Staat(Aanbieder, "000A001", "{}"), Verwijdering(Aanbieder, "100A001"), Staat(Aanbieder, "000A002", "{}"));

        for (var pagina = 1; ; pagina++)
        {
            var volgende = await Store.MutatiesAsync(Aanbieder, filter, pagina, 2, CancellationToken.None);
            if (volgende.Items.Count == 0)
            {
                Assert.Equal(7, volgende.AantalResultaten);
                break;
            }

            gezien.AddRange(Sleutels(volgende));
        }

        Assert.Equal(["100A003", "100A001", "100A005", "100A002", "100A004", "000A001", "000A002"], gezien);
    }

    [Fact]
    public async Task Each_entry_tells_whether_the_object_was_live_at_the_moment()
    {
        await CommitEachAsync(
            Staat(Aanbieder, "100A001", "{}"),         // existed, changed after the moment
            Staat(Aanbieder, "100A002", "{}"),         // existed, deleted after the moment
            Staat(Aanbieder, "100A003", "{}"),         // deleted before the moment, re-created after
            Verwijdering(Aanbieder, "100A003"),
            Staat(Aanbieder, "100A006", "{}"));        // existed, untouched: not in the feed
        var moment = Time.GetUtcNow();
        await CommitEachAsync(
            Staat(Aanbieder, "100A004", "{}"), Staat(Aanbieder, "100A004", """{"v":2}"""), // created and changed after
            Staat(Aanbieder, "100A005", "{}"), Verwijdering(Aanbieder, "100A005"),           // created and deleted after
            Staat(Aanbieder, "100A001", """{"v":2}"""),
            Verwijdering(Aanbieder, "100A002"),
            Staat(Aanbieder, "100A003", """{"v":2}"""));

        var feed = await Store.MutatiesAsync(Aanbieder, new MutatieFilter(moment), 0, 10, CancellationToken.None);

        Assert.Equal(
            [("100A004", false, false), ("100A005", false, true), ("100A001", true, false), ("100A002", true, true), ("100A003", false, false)],
            feed.Items.Select(m => (m.Object.Sleutel, m.BestondOpPeilmoment, m.Object.Verwijderd)));
        Assert.Equal("""{"v":2}""", feed.Items[0].Object.StateJson);
    }

    [Fact]
    public async Task The_moment_is_strictly_before_and_filters_on_board_and_aanbieder()
    {
        await CommitEachAsync(
            Staat(Aanbieder, "100A001", "{}", aanbieder: "100A001"),
            Staat(Aanbieder, "200A001", "{}", bestuur: "200B001", aanbieder: "200A001"));

        var alles = await Store.MutatiesAsync(Aanbieder, new MutatieFilter(Start), 0, 10, CancellationToken.None);
        var vanBestuur = await Store.MutatiesAsync(Aanbieder, new MutatieFilter(Start, Onderwijsbestuurcode: "200B001"), 0, 10, CancellationToken.None);
        var vanAanbieder = await Store.MutatiesAsync(Aanbieder, new MutatieFilter(Start, Onderwijsaanbiedercode: "100A001"), 0, 10, CancellationToken.None);
        var naLaatste = await Store.MutatiesAsync(Aanbieder, new MutatieFilter(Start.AddSeconds(2)), 0, 10, CancellationToken.None);

        Assert.Equal(["100A001", "200A001"], Sleutels(alles));
        Assert.Equal(["200A001"], Sleutels(vanBestuur));
        Assert.Equal(["100A001"], Sleutels(vanAanbieder));
        Assert.Empty(naLaatste.Items);
    }

    protected static List<string> Sleutels(Pagina<RioMutatie> pagina) => [.. pagina.Items.Select(m => m.Object.Sleutel)];
}

public sealed class MutatieTestsOnSqlite() : MutatieTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class MutatieTestsOnPostgres(PostgresServer postgres) : MutatieTests(StoreKind.Postgres, postgres);
