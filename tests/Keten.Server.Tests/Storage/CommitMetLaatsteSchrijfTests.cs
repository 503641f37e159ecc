using Keten.Server.Tests.Infrastructure;
using Keten.Storage;

namespace Keten.Server.Tests.Storage;

/// <summary>PostgreSQL: VastleggenAlsLaatsteAsync sends the COMMIT with the write, so the transaction has ended when it returns.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CommitMetLaatsteSchrijfTests(PostgresServer postgres) : StoreTest(StoreKind.Postgres, postgres)
{
    [Fact]
    public async Task The_last_write_is_committed_before_the_work_returns()
    {
        var anderZiet = await Store.SchrijfAsync(async (tx, ct) =>
        {
            Assert.True(await tx.VastleggenAlsLaatsteAsync(new Commit("doc-l", "aanleveren", Antwoord("doc-l"), [Staat(RioObjectSoort.Onderwijslocatie, "100X001", "{}")]), ct));
            return await Database.CreateStore(TimeProvider.System).GetAsync(RioObjectSoort.Onderwijslocatie, "100X001", ct);
        }, CancellationToken.None);

        Assert.NotNull(anderZiet);
        Assert.Equal(Antwoord("doc-l"), await Store.FindAntwoordAsync("doc-l", CancellationToken.None));
    }

    [Fact]
    public async Task A_plain_write_stays_uncommitted_until_the_work_returns()
    {
        var anderZiet = await Store.SchrijfAsync(async (tx, ct) =>
        {
            await tx.VastleggenAsync(new Commit("doc-p", "aanleveren", Antwoord("doc-p"), [Staat(RioObjectSoort.Onderwijslocatie, "100X002", "{}")]), ct);
            return await Database.CreateStore(TimeProvider.System).GetAsync(RioObjectSoort.Onderwijslocatie, "100X002", ct);
        }, CancellationToken.None);

        Assert.Null(anderZiet);
        Assert.NotNull(await Store.GetAsync(RioObjectSoort.Onderwijslocatie, "100X002", CancellationToken.None));
    }
}
