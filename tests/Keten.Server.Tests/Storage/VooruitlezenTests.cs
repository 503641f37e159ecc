using Keten.Server.Tests.Infrastructure;
using Keten.Storage;

namespace Keten.Server.Tests.Storage;

/// <summary>
/// IRioTransactie.LeesVooruitAsync: the claim and the reads a handler is going to do, in one round trip; the Get calls
/// after it answer exactly as they would have on their own, and an object read ahead for change is locked for it.
/// </summary>
public abstract class VooruitlezenTests(StoreKind kind, PostgresServer? postgres) : StoreTest(kind, postgres)
{
    private const RioObjectSoort Locatie = RioObjectSoort.Onderwijslocatie;

    /// <summary>A few keys are read one lookup per key, many as one lookup per kind: both answer the same.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    public async Task Reads_after_a_read_ahead_answer_as_the_database_would(int andereSleutels)
    {
        await CommitEachAsync(Staat(Locatie, "levend", "{\"a\":1}"), Staat(Locatie, "weg", "{}"), Verwijdering(Locatie, "weg"),
            Staat(RioObjectSoort.Onderwijsaanbieder, "a1", "{}"));
        TeLezen[] vooruit = [new(Locatie, "levend", VoorWijziging: true), new(Locatie, "weg"), new(Locatie, "nooit"),
            .. Enumerable.Range(0, andereSleutels).Select(i => new TeLezen(RioObjectSoort.Onderwijsaanbieder, $"a{i}"))];

        var (metVooruit, zonder) = (await LeesAsync(vooruit), await LeesAsync([]));

        Assert.Equal(zonder, metVooruit);
        Assert.Equal("{\"a\":1}", metVooruit.Levend);
        Assert.True(metVooruit.WegIsGraf);
        Assert.Null(metVooruit.Nooit);
        Assert.Equal("levend", metVooruit.Veel);
        Assert.True(metVooruit.AanbiederGevonden);
    }

    [Fact]
    public async Task The_claim_in_a_read_ahead_tells_new_repeat_and_other_message_apart()
    {
        var kop = new BedrijfsdocumentKop("doc-v", "aanleveren", "00000001990000000001", "digest-a");

        var nieuw = await Store.SchrijfAsync(async (tx, ct) =>
        {
            var claim = await tx.LeesVooruitAsync(kop, [new TeLezen(Locatie, "x")], ct);
            await tx.VastleggenAsync(new Commit(kop.Id, kop.Operatie, "{\"eerste\":true}", []), ct);
            return claim;
        }, CancellationToken.None);
        var herhaling = await Store.SchrijfAsync((tx, ct) => tx.LeesVooruitAsync(kop, [], ct), CancellationToken.None);
        var ander = await Store.SchrijfAsync((tx, ct) => tx.LeesVooruitAsync(kop with { Digest = "digest-b" }, [new TeLezen(Locatie, "x")], ct), CancellationToken.None);
        var geenKop = await Store.SchrijfAsync((tx, ct) => tx.LeesVooruitAsync(null, [new TeLezen(Locatie, "x")], ct), CancellationToken.None);

        Assert.Equal(BedrijfsdocumentStatus.Nieuw, nieuw!.Status);
        Assert.Equal(new BedrijfsdocumentClaim(BedrijfsdocumentStatus.Herhaling, "{\"eerste\":true}"), herhaling);
        Assert.Equal(BedrijfsdocumentStatus.AnderBericht, ander!.Status);
        Assert.Null(geenKop);
    }

    private async Task<Gelezen> LeesAsync(TeLezen[] vooruit) =>
        await Store.SchrijfAsync(async (tx, ct) =>
        {
            await tx.LeesVooruitAsync(null, vooruit, ct);
            var levend = await tx.GetVoorWijzigingAsync(Locatie, "levend", ct);
            var weg = await tx.GetAsync(Locatie, "weg", ct);
            var nooit = await tx.GetAsync(Locatie, "nooit", ct);
            var veel = await tx.GetManyAsync(Locatie, ["weg", "nooit", "levend"], ct);
            var aanbieder = await tx.GetAsync(RioObjectSoort.Onderwijsaanbieder, "a1", ct);
            tx.Terugdraaien();
            return new Gelezen(levend?.StateJson, weg?.Verwijderd ?? false, nooit?.StateJson, string.Join(",", veel.Select(o => o.Sleutel)),
                aanbieder is not null);
        }, CancellationToken.None);

    private sealed record Gelezen(string? Levend, bool WegIsGraf, string? Nooit, string Veel, bool AanbiederGevonden);
}

public sealed class VooruitlezenTestsOnSqlite() : VooruitlezenTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class VooruitlezenTestsOnPostgres(PostgresServer postgres) : VooruitlezenTests(StoreKind.Postgres, postgres)
{
    [Fact]
    public async Task An_object_read_ahead_for_change_is_locked_until_the_transaction_ends()
    {
        await CommitEachAsync(Staat(RioObjectSoort.Onderwijslocatie, "l", "{}"));
        var gelezen = new TaskCompletionSource();
        var loslaten = new TaskCompletionSource();

        var houder = Store.SchrijfAsync(async (tx, ct) =>
        {
            await tx.LeesVooruitAsync(null, [new TeLezen(RioObjectSoort.Onderwijslocatie, "l", VoorWijziging: true)], ct);
            gelezen.SetResult();
            await loslaten.Task;
            return 0;
        }, CancellationToken.None);
        await gelezen.Task;
        var ander = Store.SchrijfAsync((tx, ct) => tx.GetVoorWijzigingAsync(RioObjectSoort.Onderwijslocatie, "l", ct), CancellationToken.None);

        await Task.Delay(300);
        Assert.False(ander.IsCompleted);
        loslaten.SetResult();
        await houder;
        Assert.NotNull(await ander);
    }
}
