using Keten.Server.Tests.Infrastructure;
using Keten.Storage;

namespace Keten.Server.Tests.Storage;

public abstract class VerwijzersTests(StoreKind kind, PostgresServer? postgres) : StoreTest(kind, postgres)
{
    private const RioObjectSoort Gebruik = RioObjectSoort.Onderwijslocatiegebruik;
    private static readonly Verwijzing NaarLocatie = new(RioObjectSoort.Onderwijslocatie, "100X001");
    private static readonly Verwijzing NaarAanbieder = new(RioObjectSoort.Onderwijsaanbieder, "100A001");

    [Fact]
    public async Task Verwijzers_are_the_live_objects_whose_latest_state_refers()
    {
        await CommitEachAsync(
            Staat(Gebruik, "g2", "{}", verwijzingen: [NaarLocatie, NaarAanbieder]),
            Staat(Gebruik, "g1", "{}", verwijzingen: [NaarLocatie, NaarLocatie]),
            Staat(RioObjectSoort.AangebodenOpleiding, "a1", "{}", verwijzingen: [NaarLocatie]));

        Assert.Equal(
            [(RioObjectSoort.AangebodenOpleiding, "a1"), (Gebruik, "g1"), (Gebruik, "g2")], // by soort name, then sleutel
            await VerwijzersAsync(NaarLocatie));
        Assert.Equal([(Gebruik, "g2")], await VerwijzersAsync(NaarAanbieder));

        // A new state replaces the verwijzingen; a deletion clears them.
        await CommitEachAsync(
            Staat(Gebruik, "g2", "{}", verwijzingen: [NaarAanbieder]),
            Verwijdering(RioObjectSoort.AangebodenOpleiding, "a1"));

        Assert.Equal([(Gebruik, "g1")], await VerwijzersAsync(NaarLocatie));
        Assert.Equal([(Gebruik, "g2")], await VerwijzersAsync(NaarAanbieder));
        Assert.Empty(await VerwijzersAsync(new Verwijzing(RioObjectSoort.Onderwijslocatie, "100X999")));
    }

    [Fact]
    public async Task A_recreated_object_refers_only_through_its_new_state()
    {
        await CommitEachAsync(
            Staat(Gebruik, "g1", "{}", verwijzingen: [NaarLocatie]),
            Verwijdering(Gebruik, "g1"),
            Staat(Gebruik, "g1", "{}"));

        Assert.Empty(await VerwijzersAsync(NaarLocatie));
    }

    private async Task<IReadOnlyList<(RioObjectSoort, string)>> VerwijzersAsync(Verwijzing naar) =>
        (await Store.VerwijzersAsync(naar.NaarSoort, naar.NaarSleutel, CancellationToken.None)).Select(o => (o.Soort, o.Sleutel)).ToList();
}

public sealed class VerwijzersTestsOnSqlite() : VerwijzersTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class VerwijzersTestsOnPostgres(PostgresServer postgres) : VerwijzersTests(StoreKind.Postgres, postgres);
