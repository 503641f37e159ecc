using Keten.Server.Tests.Infrastructure;
using Keten.Storage;

namespace Keten.Server.Tests.Storage;

/// <summary>SchrijfAsync on both databases: reads and the write in one transaction, rollback on failure, dry runs.</summary>
public abstract class SchrijfTransactieTests(StoreKind kind, PostgresServer? postgres) : StoreTest(kind, postgres)
{
    [Fact]
    public async Task Work_that_throws_writes_nothing_and_its_caller_gets_the_exception()
    {
        var fout = await Assert.ThrowsAsync<InvalidOperationException>(() => Store.SchrijfAsync<bool>(async (tx, ct) =>
        {
            await tx.VastleggenAsync(new Commit("doc-1", "aanleveren", Antwoord("doc-1"), [Staat(RioObjectSoort.Onderwijslocatie, "100X001", "{}")]), ct);
            throw new InvalidOperationException("regel faalt");
        }, CancellationToken.None));

        Assert.Equal("regel faalt", fout.Message);
        Assert.Null(await Store.GetAsync(RioObjectSoort.Onderwijslocatie, "100X001", CancellationToken.None));
        Assert.Null(await Store.FindAntwoordAsync("doc-1", CancellationToken.None));
    }

    [Fact]
    public async Task Terugdraaien_returns_the_result_and_writes_nothing()
    {
        var gelezen = await Store.SchrijfAsync(async (tx, ct) =>
        {
            await tx.VastleggenAsync(new Commit("doc-1", "aanleveren", Antwoord("doc-1"), [Staat(RioObjectSoort.Onderwijslocatie, "100X001", "{}")]), ct);
            var binnen = await tx.GetAsync(RioObjectSoort.Onderwijslocatie, "100X001", ct);
            tx.Terugdraaien();
            return binnen;
        }, CancellationToken.None);

        Assert.NotNull(gelezen);
        Assert.Null(await Store.GetAsync(RioObjectSoort.Onderwijslocatie, "100X001", CancellationToken.None));
        Assert.Null(await Store.FindAntwoordAsync("doc-1", CancellationToken.None));
    }

    [Fact]
    public async Task Claiming_a_bedrijfsdocument_tells_new_repeat_and_other_message_apart()
    {
        var kop = new BedrijfsdocumentKop("doc-1", "aanleveren", "00000001123456789000", "digest-a");
        var eerste = await Store.SchrijfAsync(async (tx, ct) =>
        {
            var claim = (await tx.LeesVooruitAsync(kop, [], ct))!;
            await tx.VastleggenAsync(new Commit("doc-1", "aanleveren", Antwoord("doc-1"), []), ct);
            return claim;
        }, CancellationToken.None);

        var herhaling = await Store.SchrijfAsync(async (tx, ct) => (await tx.LeesVooruitAsync(kop, [], ct))!, CancellationToken.None);
        var ander = await Store.SchrijfAsync(async (tx, ct) => (await tx.LeesVooruitAsync(kop with { Digest = "digest-b" }, [], ct))!, CancellationToken.None);

        Assert.Equal(BedrijfsdocumentStatus.Nieuw, eerste.Status);
        Assert.Equal(new BedrijfsdocumentClaim(BedrijfsdocumentStatus.Herhaling, Antwoord("doc-1")), herhaling);
        Assert.Equal(BedrijfsdocumentStatus.AnderBericht, ander.Status);
        Assert.Equal(Antwoord("doc-1"), await Store.FindAntwoordAsync("doc-1", CancellationToken.None));
    }

    [Fact]
    public async Task Many_concurrent_writes_all_land_and_a_failing_one_is_rolled_back_alone()
    {
        var taken = Enumerable.Range(0, 100).Select(i => Task.Run(() => Store.SchrijfAsync(async (tx, ct) =>
        {
            var sleutel = $"100X{i:000}";
            await tx.VastleggenAsync(new Commit($"doc-{i}", "aanleveren", Antwoord($"doc-{i}"), [Staat(RioObjectSoort.Onderwijslocatie, sleutel, "{}")]), ct);
            return i % 10 == 7 ? throw new InvalidOperationException(sleutel) : sleutel;
        }, CancellationToken.None))).ToList();

        foreach (var (taak, i) in taken.Select((t, i) => (t, i)))
        {
            var sleutel = $"100X{i:000}";
            if (i % 10 == 7)
            {
                Assert.Equal(sleutel, (await Assert.ThrowsAsync<InvalidOperationException>(() => taak)).Message);
                Assert.Null(await Store.GetAsync(RioObjectSoort.Onderwijslocatie, sleutel, CancellationToken.None));
            }
            else
            {
                Assert.Equal(sleutel, await taak);
                Assert.NotNull(await Database.CreateStore(TimeProvider.System).GetAsync(RioObjectSoort.Onderwijslocatie, sleutel, CancellationToken.None));
            }
        }
    }

    [Fact]
    public async Task Two_stores_on_one_database_both_write_without_losing_either()
    {
        var ander = Database.CreateStore(TimeProvider.System);
        var taken = Enumerable.Range(0, 60).Select(i => Task.Run(() =>
            (i % 2 == 0 ? Store : ander).CommitAsync(
                new Commit($"doc-{i}", "aanleveren", Antwoord($"doc-{i}"), [Staat(RioObjectSoort.Onderwijslocatie, $"100X{i:000}", "{}")]),
                CancellationToken.None)));

        Assert.All(await Task.WhenAll(taken), Assert.True);
        var alles = await Store.ListAsync(RioObjectSoort.Onderwijslocatie, new RioFilter(), 0, 100, CancellationToken.None);
        Assert.Equal(60, alles.AantalResultaten);
    }

    [Fact]
    public async Task A_write_reads_what_another_store_committed_after_this_one_last_wrote()
    {
        var ander = Database.CreateStore(Time);
        Assert.True(await CommitAsync("doc-1", Staat(RioObjectSoort.Onderwijslocatie, "100X001", """{"v":1}""")));
        Assert.Equal("""{"v":1}""", (await LeesInSchrijftransactieAsync(ander, "100X001"))!.StateJson);

        Assert.True(await ander.CommitAsync(new Commit("doc-2", "aanleveren", Antwoord("doc-2"), [Staat(RioObjectSoort.Onderwijslocatie, "100X001", """{"v":2}""")]), CancellationToken.None));
        Assert.Equal("""{"v":2}""", (await LeesInSchrijftransactieAsync(Store, "100X001"))!.StateJson);

        Assert.True(await CommitAsync("doc-3", Verwijdering(RioObjectSoort.Onderwijslocatie, "100X001")));
        Assert.True((await LeesInSchrijftransactieAsync(ander, "100X001"))!.Verwijderd);
    }

    [Fact]
    public async Task More_distinct_statements_than_stay_prepared_each_read_their_own_parameters()
    {
        var sleutels = Enumerable.Range(0, 300).Select(i => $"100X{i:000}").ToList();
        Assert.True(await CommitAsync("doc-1", [.. sleutels.Select(s => Staat(RioObjectSoort.Onderwijslocatie, s, $$"""{"s":"{{s}}"}"""))]));

        for (var ronde = 0; ronde < 2; ronde++)
        {
            var aantallen = await Store.SchrijfAsync(async (tx, ct) =>
            {
                var gelezen = new List<(int Gevraagd, IReadOnlyList<RioObject> Objecten)>();
                for (var n = 1; n <= sleutels.Count; n++)
                {
                    gelezen.Add((n, await tx.GetManyAsync(RioObjectSoort.Onderwijslocatie, sleutels.Skip(sleutels.Count - n).ToList(), ct)));
                }

                tx.Terugdraaien();
                return gelezen;
            }, CancellationToken.None);

            Assert.All(aantallen, a =>
            {
                Assert.Equal(sleutels.Skip(sleutels.Count - a.Gevraagd), a.Objecten.Select(o => o.Sleutel));
                Assert.All(a.Objecten, o => Assert.Equal($$"""{"s":"{{o.Sleutel}}"}""", o.StateJson));
            });
        }
    }

    private static Task<RioObject?> LeesInSchrijftransactieAsync(IKetenStore store, string sleutel) =>
        store.SchrijfAsync(async (tx, ct) =>
        {
            var gelezen = await tx.GetAsync(RioObjectSoort.Onderwijslocatie, sleutel, ct);
            tx.Terugdraaien();
            return gelezen;
        }, CancellationToken.None);
}

public sealed class SchrijfTransactieTestsOnSqlite() : SchrijfTransactieTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class SchrijfTransactieTestsOnPostgres(PostgresServer postgres) : SchrijfTransactieTests(StoreKind.Postgres, postgres);
