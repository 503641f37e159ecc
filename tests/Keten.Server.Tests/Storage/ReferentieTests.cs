using Keten.Server.Tests.Infrastructure;
using Keten.Storage.Audit;

namespace Keten.Server.Tests.Storage;

public abstract class ReferentieTests(StoreKind kind, PostgresServer? postgres) : StoreTest(kind, postgres)
{
    [Fact]
    public async Task Save_counts_inserted_and_changed_items_but_not_unchanged_ones()
    {
        Assert.Equal(3, await Store.SaveReferentieAsync(
            [("bestuur", "100B001", """{"naam":"A"}"""), ("bestuur", "200B001", """{"naam":"B"}"""), ("instelling", "00AA", "{}")],
            Auditbron.Onbekend, CancellationToken.None));

        Assert.Equal(0, await Store.SaveReferentieAsync(
            [("bestuur", "100B001", """{"naam":"A"}"""), ("instelling", "00AA", "{}")],
            Auditbron.Onbekend, CancellationToken.None));

        Assert.Equal(2, await Store.SaveReferentieAsync(
            [("bestuur", "100B001", """{"naam":"A2"}"""), ("bestuur", "200B001", """{"naam":"B"}"""), ("erkenning", "25000", "{}")],
            Auditbron.Onbekend, CancellationToken.None));

        Assert.Equal(
            [("bestuur", "100B001", """{"naam":"A2"}"""), ("bestuur", "200B001", """{"naam":"B"}"""), ("erkenning", "25000", "{}"), ("instelling", "00AA", "{}")],
            await Store.LoadReferentieAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_version_moves_only_when_a_save_changed_something()
    {
        var begin = await Store.ReferentieVersieAsync(CancellationToken.None);
        await Store.SaveReferentieAsync([("bestuur", "100B001", "{}")], Auditbron.Onbekend, CancellationToken.None);
        var naWijziging = await Store.ReferentieVersieAsync(CancellationToken.None);
        await Store.SaveReferentieAsync([("bestuur", "100B001", "{}")], Auditbron.Onbekend, CancellationToken.None);

        Assert.True(naWijziging > begin);
        Assert.Equal(naWijziging, await Store.ReferentieVersieAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Nothing_saved_loads_nothing()
    {
        Assert.Equal(0, await Store.SaveReferentieAsync([], Auditbron.Onbekend, CancellationToken.None));
        Assert.Empty(await Store.LoadReferentieAsync(CancellationToken.None));
    }
}

public sealed class ReferentieTestsOnSqlite() : ReferentieTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class ReferentieTestsOnPostgres(PostgresServer postgres) : ReferentieTests(StoreKind.Postgres, postgres);
