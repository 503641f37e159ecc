using Keten.Server.Tests.Infrastructure;
using Keten.Storage;

namespace Keten.Server.Tests.Storage;

public abstract class ListTests(StoreKind kind, PostgresServer? postgres) : StoreTest(kind, postgres)
{
    private const RioObjectSoort Aanbieder = RioObjectSoort.Onderwijsaanbieder;
    private const RioObjectSoort Locatie = RioObjectSoort.Onderwijslocatie;

    [Fact]
    public async Task Filters_on_bestuur_and_aanbieder_within_one_soort()
    {
        await CommitAsync("doc-1",
            Staat(Locatie, "100X001", "{}", "100B001", "100A001"),
            Staat(Locatie, "100X002", "{}", "100B001", "100A002"),
            Staat(Locatie, "200X001", "{}", "200B001", "200A001"),
            Staat(Aanbieder, "100A001", "{}", "100B001", "100A001"));

        Assert.Equal(["100X001", "100X002"], await SleutelsAsync(Locatie, new RioFilter(Onderwijsbestuurcode: "100B001")));
        Assert.Equal(["100X002"], await SleutelsAsync(Locatie, new RioFilter(Onderwijsaanbiedercode: "100A002")));
        Assert.Equal(["100X001"], await SleutelsAsync(Locatie, new RioFilter("100B001", "100A001")));
        Assert.Empty(await SleutelsAsync(Locatie, new RioFilter("200B001", "100A001")));
        Assert.Equal(["100A001"], await SleutelsAsync(Aanbieder, new RioFilter()));
    }

    [Fact]
    public async Task GewijzigdNa_is_strictly_after_and_tombstones_show_only_when_asked()
    {
        await CommitEachAsync(
            Staat(Locatie, "100X001", "{}"),  // Start + 1 s
            Staat(Locatie, "100X002", "{}"),  // Start + 2 s
            Staat(Locatie, "100X003", "{}"),  // Start + 3 s
            Verwijdering(Locatie, "100X001")); // Start + 4 s

        Assert.Equal(["100X002", "100X003"], await SleutelsAsync(Locatie, new RioFilter()));
        Assert.Equal(["100X001", "100X002", "100X003"], await SleutelsAsync(Locatie, new RioFilter(InclusiefVerwijderd: true)));
        Assert.Equal(["100X003"], await SleutelsAsync(Locatie, new RioFilter(GewijzigdNa: Start.AddSeconds(2))));
        Assert.Equal(["100X001", "100X003"], await SleutelsAsync(Locatie, new RioFilter(GewijzigdNa: Start.AddSeconds(2), InclusiefVerwijderd: true)));
        Assert.Equal(["100X001"], await SleutelsAsync(Locatie, new RioFilter(GewijzigdNa: Start.AddSeconds(4).AddTicks(-10), InclusiefVerwijderd: true)));
        Assert.Empty(await SleutelsAsync(Locatie, new RioFilter(GewijzigdNa: Start.AddSeconds(4), InclusiefVerwijderd: true)));

        // The same moment in another offset is the same moment.
        var naInAmsterdam = Start.AddSeconds(2).ToOffset(TimeSpan.FromHours(1));
        Assert.Equal(["100X003"], await SleutelsAsync(Locatie, new RioFilter(GewijzigdNa: naInAmsterdam)));

        var pagina = await Store.ListAsync(Locatie, new RioFilter(InclusiefVerwijderd: true), 0, 10, CancellationToken.None);
        var tombstone = pagina.Items[0];
        Assert.True(tombstone.Verwijderd);
        Assert.Equal(Start.AddSeconds(4), tombstone.GeregistreerdOp);
    }

    [Fact]
    public async Task Pages_are_zero_based_and_carry_the_total_count()
    {
        var wijzigingen = Enumerable.Range(1, 25).Select(i => Staat(Locatie, $"100X{i:000}", "{}")).ToArray();
        await CommitAsync("doc-1", wijzigingen);
        await CommitAsync("doc-2", Staat(Locatie, "200X001", "{}", bestuur: "200B001"));

        var filter = new RioFilter(Onderwijsbestuurcode: Bestuur);
        var p0 = await Store.ListAsync(Locatie, filter, 0, 10, CancellationToken.None);
        var p1 = await Store.ListAsync(Locatie, filter, 1, 10, CancellationToken.None);
        var p2 = await Store.ListAsync(Locatie, filter, 2, 10, CancellationToken.None);
        var p3 = await Store.ListAsync(Locatie, filter, 3, 10, CancellationToken.None);

        Assert.All(new[] { p0, p1, p2, p3 }, p => Assert.Equal(25, p.AantalResultaten));
        Assert.Equal(["100X001", "100X010"], new[] { p0.Items[0].Sleutel, p0.Items[^1].Sleutel });
        Assert.Equal(["100X011", "100X020"], new[] { p1.Items[0].Sleutel, p1.Items[^1].Sleutel });
        Assert.Equal(5, p2.Items.Count);
        Assert.Equal("100X025", p2.Items[^1].Sleutel);
        Assert.Empty(p3.Items);
    }

    [Fact]
    public async Task Order_is_by_sleutel_in_byte_order_on_both_databases()
    {
        await CommitAsync("doc-1",
            Staat(Locatie, "b", "{}"), Staat(Locatie, "B", "{}"), Staat(Locatie, "_", "{}"),
            Staat(Locatie, "a", "{}"), Staat(Locatie, "10", "{}"), Staat(Locatie, "9", "{}"));

        Assert.Equal(["10", "9", "B", "_", "a", "b"], await SleutelsAsync(Locatie, new RioFilter()));
    }

    [Fact]
    public async Task GetMany_returns_the_live_objects_among_the_keys()
    {
        await CommitEachAsync(
            Staat(Locatie, "100X003", "{}"),
            Staat(Locatie, "100X001", "{}"),
            Staat(Locatie, "100X002", "{}"),
            Verwijdering(Locatie, "100X002"));

        var gevonden = await Store.GetManyAsync(Locatie, ["100X003", "100X002", "100X001", "100X009", "100X001"], CancellationToken.None);

        Assert.Equal(["100X001", "100X003"], gevonden.Select(o => o.Sleutel));
        Assert.Empty(await Store.GetManyAsync(Locatie, [], CancellationToken.None));
        Assert.Empty(await Store.GetManyAsync(Aanbieder, ["100X001"], CancellationToken.None));
    }

    [Fact]
    public async Task GetMany_handles_more_keys_than_one_query_takes()
    {
        var wijzigingen = Enumerable.Range(0, 1200).Select(i => Staat(Locatie, $"k{i:0000}", "{}")).ToArray();
        await CommitAsync("doc-1", wijzigingen);

        var gevonden = await Store.GetManyAsync(Locatie, Enumerable.Range(0, 1300).Select(i => $"k{i:0000}").ToList(), CancellationToken.None);

        Assert.Equal(1200, gevonden.Count);
        Assert.Equal("k0000", gevonden[0].Sleutel);
        Assert.Equal("k1199", gevonden[^1].Sleutel);
    }

    private async Task<IReadOnlyList<string>> SleutelsAsync(RioObjectSoort soort, RioFilter filter) =>
        (await Store.ListAsync(soort, filter, 0, 100, CancellationToken.None)).Items.Select(o => o.Sleutel).ToList();
}

public sealed class ListTestsOnSqlite() : ListTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class ListTestsOnPostgres(PostgresServer postgres) : ListTests(StoreKind.Postgres, postgres);
