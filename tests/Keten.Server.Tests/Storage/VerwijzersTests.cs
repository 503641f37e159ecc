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

    [Fact]
    public async Task An_offering_refers_to_its_own_aanbieder_and_locatie_through_its_columns_without_verwijzing_rows()
    {
        var partner = new Verwijzing(RioObjectSoort.Onderwijsaanbieder, "100A002");
        await CommitEachAsync(Opleiding("a1", "100X001", NaarAanbieder, NaarLocatie, partner));

        Assert.Equal([(RioObjectSoort.AangebodenOpleiding, "a1")], await VerwijzersAsync(NaarAanbieder));
        Assert.Equal([(RioObjectSoort.AangebodenOpleiding, "a1")], await VerwijzersAsync(NaarLocatie));
        Assert.Equal([(RioObjectSoort.AangebodenOpleiding, "a1")], await VerwijzersAsync(partner));
        Assert.Equal([("Onderwijsaanbieder", "100A002")], await VerwijzingRijenAsync("a1"));

        // Another location moves the reference with the column; a deletion ends both.
        var elders = new Verwijzing(RioObjectSoort.Onderwijslocatie, "100X002");
        await CommitEachAsync(Opleiding("a1", "100X002", NaarAanbieder, elders));
        Assert.Empty(await VerwijzersAsync(NaarLocatie));
        Assert.Equal([(RioObjectSoort.AangebodenOpleiding, "a1")], await VerwijzersAsync(elders));
        Assert.Empty(await VerwijzersAsync(partner));

        await CommitEachAsync(Verwijdering(RioObjectSoort.AangebodenOpleiding, "a1", aanbieder: "100A001"));
        Assert.Empty(await VerwijzersAsync(NaarAanbieder));
        Assert.Empty(await VerwijzersAsync(elders));
    }

    [Fact]
    public async Task Migration_0005_drops_the_verwijzing_rows_an_offerings_columns_hold_and_keeps_the_rest()
    {
        await using var database = await KetenConnectionStrings.CreateAsync(Kind, Postgres);
        await OudSchema.MaakAsync(database, 4);
        var onwaar = Kind == StoreKind.Postgres ? "false" : "0";
        await RuweSql.ExecAsync(database,
            "INSERT INTO rio_object (soort, sleutel, onderwijsbestuurcode, onderwijsaanbiedercode, state_json, verwijderd, geregistreerd_op, eerst_geregistreerd_op, onderwijslocatiecode) VALUES "
            + $"('AangebodenOpleiding', 'a1', '100B001', '100A001', '{{}}', {onwaar}, {Tijd}, {Tijd}, '100X001'), "
            + $"('Onderwijslocatiegebruik', 'g1', '100B001', NULL, '{{}}', {onwaar}, {Tijd}, {Tijd}, NULL); "
            + "INSERT INTO verwijzing (van_soort, van_sleutel, naar_soort, naar_sleutel) VALUES "
            + "('AangebodenOpleiding', 'a1', 'Onderwijsaanbieder', '100A001'), ('AangebodenOpleiding', 'a1', 'Onderwijslocatie', '100X001'), "
            + "('AangebodenOpleiding', 'a1', 'Onderwijsaanbieder', '100A002'), ('Onderwijslocatiegebruik', 'g1', 'Onderwijslocatie', '100X001')");

        var store = database.CreateStore(TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);

        await using var connection = await RuweSql.OpenAsync(database);
        Assert.Equal(2L, Convert.ToInt64(await RuweSql.ExecAsync(connection, null, "SELECT COUNT(*) FROM verwijzing"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["a1", "g1"], (await store.VerwijzersAsync(RioObjectSoort.Onderwijslocatie, "100X001", CancellationToken.None)).Select(o => o.Sleutel));
        Assert.Equal(["a1"], (await store.VerwijzersAsync(RioObjectSoort.Onderwijsaanbieder, "100A001", CancellationToken.None)).Select(o => o.Sleutel));
        Assert.Equal(["a1"], (await store.VerwijzersAsync(RioObjectSoort.Onderwijsaanbieder, "100A002", CancellationToken.None)).Select(o => o.Sleutel));
    }

    private string Tijd => Kind == StoreKind.Postgres ? "now()" : "1";

    private static Wijziging Opleiding(string sleutel, string locatie, params Verwijzing[] verwijzingen) =>
        Staat(RioObjectSoort.AangebodenOpleiding, sleutel, "{}", aanbieder: "100A001", verwijzingen: verwijzingen)
        with { Zoekvelden = new Zoekvelden(Onderwijslocatiecode: locatie) };

    private async Task<List<(string, string)>> VerwijzingRijenAsync(string van)
    {
        await using var connection = await RuweSql.OpenAsync(Database);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT naar_soort, naar_sleutel FROM verwijzing WHERE van_sleutel = '{van}' ORDER BY naar_soort, naar_sleutel";
        await using var reader = await command.ExecuteReaderAsync();
        var rijen = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            rijen.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rijen;
    }

    private async Task<IReadOnlyList<(RioObjectSoort, string)>> VerwijzersAsync(Verwijzing naar) =>
        (await Store.VerwijzersAsync(naar.NaarSoort, naar.NaarSleutel, CancellationToken.None)).Select(o => (o.Soort, o.Sleutel)).ToList();
}

public sealed class VerwijzersTestsOnSqlite() : VerwijzersTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class VerwijzersTestsOnPostgres(PostgresServer postgres) : VerwijzersTests(StoreKind.Postgres, postgres);
