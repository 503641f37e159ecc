using Keten.Server.Tests.Infrastructure;
using Keten.Storage;

namespace Keten.Server.Tests.Storage;

/// <summary>ListAsync's filters on the search columns (Zoekvelden), and migration 0003's backfill of them.</summary>
public abstract class ZoekTests(StoreKind kind, PostgresServer? postgres) : StoreTest(kind, postgres)
{
    private const RioObjectSoort Opleiding = RioObjectSoort.AangebodenOpleiding;

    [Fact]
    public async Task Peildatum_keeps_what_is_valid_that_day_begin_inclusive_end_exclusive()
    {
        await CommitAsync("doc-1",
            Met(Staat(Opleiding, "open", "{}"), new Zoekvelden(new DateOnly(2024, 8, 1))),
            Met(Staat(Opleiding, "afgelopen", "{}"), new Zoekvelden(new DateOnly(2020, 8, 1), new DateOnly(2024, 8, 1))),
            Met(Staat(Opleiding, "toekomst", "{}"), new Zoekvelden(new DateOnly(2024, 8, 2))),
            Staat(Opleiding, "zonder-zoekvelden", "{}"));

        Assert.Equal(["open"], await SleutelsAsync(new RioFilter(Peildatum: new DateOnly(2024, 8, 1))));
        Assert.Equal(["afgelopen"], await SleutelsAsync(new RioFilter(Peildatum: new DateOnly(2024, 7, 31))));
        Assert.Equal(["open", "toekomst"], await SleutelsAsync(new RioFilter(Peildatum: new DateOnly(2024, 8, 2))));
        Assert.Equal(4, (await Store.ListAsync(Opleiding, new RioFilter(), 0, 10, CancellationToken.None)).AantalResultaten);
    }

    [Fact]
    public async Task Locatie_eigen_sleutel_adres_and_leerlijn_filter_and_count_in_sql()
    {
        await CommitAsync("doc-1",
            Met(Staat(Opleiding, "a", "{}", aanbieder: "100A001"), new Zoekvelden(Onderwijslocatiecode: "100X001", EigenSleutel: "E1")),
            Met(Staat(Opleiding, "b", "{}", aanbieder: "100A001"), new Zoekvelden(Onderwijslocatiecode: "100X002", DoorlopendeLeerlijn: "DL1")),
            Met(Staat(Opleiding, "c", "{}", aanbieder: "100A002"), new Zoekvelden(Onderwijslocatiecode: "100X001", EigenSleutel: "E1")),
            Met(Staat(RioObjectSoort.Onderwijslocatie, "100X001", "{}"), new Zoekvelden(Adres: Zoekvelden.AdresSleutel("1234AB", 1, null))));

        var opLocatie = await Store.ListAsync(Opleiding, new RioFilter(Onderwijsaanbiedercode: "100A001", Onderwijslocatiecode: "100X001"), 0, 10, CancellationToken.None);
        Assert.Equal((1, "a"), (opLocatie.AantalResultaten, opLocatie.Items.Single().Sleutel));
        Assert.Equal(["a", "c"], await SleutelsAsync(new RioFilter(Onderwijsbestuurcode: Bestuur, EigenSleutel: "E1")));
        Assert.Equal(["b"], await SleutelsAsync(new RioFilter(MetDoorlopendeLeerlijn: true)));
        var adres = await Store.ListAsync(RioObjectSoort.Onderwijslocatie, new RioFilter(Adres: "1234AB|1|"), 0, 10, CancellationToken.None);
        Assert.Equal("100X001", adres.Items.Single().Sleutel);
    }

    [Fact]
    public async Task A_deletion_leaves_the_search_columns_of_the_last_state_and_live_lists_leave_it_out()
    {
        await CommitEachAsync(
            Met(Staat(Opleiding, "a", "{}"), new Zoekvelden(new DateOnly(2024, 8, 1), EigenSleutel: "E1")),
            Verwijdering(Opleiding, "a"));

        Assert.Empty(await SleutelsAsync(new RioFilter(EigenSleutel: "E1")));
        Assert.Equal(["a"], await SleutelsAsync(new RioFilter(EigenSleutel: "E1", InclusiefVerwijderd: true)));
    }

    [Fact]
    public async Task Migration_0003_fills_the_search_columns_of_existing_rows_from_their_json()
    {
        await using var database = await KetenConnectionStrings.CreateAsync(Kind, Postgres);
        await OudSchema.MaakAsync(database, 2);
        await RuweSql.ExecAsync(database,
            "INSERT INTO rio_object (soort, sleutel, onderwijsbestuurcode, onderwijsaanbiedercode, state_json, verwijderd, geregistreerd_op, eerst_geregistreerd_op) VALUES "
            + $"('AangebodenOpleiding', 'ao', '100B001', '100A001', '{OpleidingJson}', {Onwaar}, {Tijdstip}, {Tijdstip}), "
            + $"('Onderwijslocatie', '100X001', '100B001', NULL, '{LocatieJson}', {Onwaar}, {Tijdstip}, {Tijdstip})");

        var store = database.CreateStore(TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);

        var gevonden = await store.ListAsync(Opleiding, new RioFilter(
            Onderwijsaanbiedercode: "100A001", Onderwijslocatiecode: "100X009", Peildatum: new DateOnly(2025, 7, 31),
            EigenSleutel: "mijn-sleutel", MetDoorlopendeLeerlijn: true), 0, 10, CancellationToken.None);
        var nietMeer = await store.ListAsync(Opleiding, new RioFilter(Peildatum: new DateOnly(2025, 8, 1)), 0, 10, CancellationToken.None);
        var adres = await store.ListAsync(RioObjectSoort.Onderwijslocatie, new RioFilter(Adres: "1234AB|12|a"), 0, 10, CancellationToken.None);

        Assert.Equal("ao", gevonden.Items.Single().Sleutel);
        Assert.Empty(nietMeer.Items);
        Assert.Equal("100X001", adres.Items.Single().Sleutel);
    }

    private const string OpleidingJson = """
        {"begindatum":"2024-08-01","einddatum":"2025-08-01","onderwijslocatiecode":"100X009","kenmerken":[{"kenmerknaam":"doorlopendeLeerlijnVmboMbo","type":"Tekst","waarde":"DL1"},{"kenmerknaam":"eigenAangebodenOpleidingSleutel","type":"Tekst","waarde":"mijn-sleutel"}]}
        """;

    private const string LocatieJson = """{"onderwijslocatiecode":"100X001","aanduidingAdres":{"postcode":"1234AB","huisnummer":12,"huisnummertoevoeging":"a"},"aanduidingGps":null}""";

    private string Onwaar => Kind == StoreKind.Postgres ? "false" : "0";

    private string Tijdstip => Kind == StoreKind.Postgres ? "now()" : "1";

    private static Wijziging Met(Wijziging wijziging, Zoekvelden zoekvelden) => wijziging with { Zoekvelden = zoekvelden };

    private async Task<List<string>> SleutelsAsync(RioFilter filter) =>
        [.. (await Store.ListAsync(Opleiding, filter, 0, 100, CancellationToken.None)).Items.Select(o => o.Sleutel)];
}

public sealed class ZoekTestsOnSqlite() : ZoekTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class ZoekTestsOnPostgres(PostgresServer postgres) : ZoekTests(StoreKind.Postgres, postgres);
