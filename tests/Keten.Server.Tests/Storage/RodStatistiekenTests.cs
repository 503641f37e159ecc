using System.Globalization;
using Keten.Application.Generator;
using Keten.Server.Tests.Infrastructure;

namespace Keten.Server.Tests.Storage;

/// <summary>The planner's statistics of the registers, refreshed after and during a bulk load (ADR 0025).</summary>
public abstract class RodStatistiekenTests(StoreKind kind, PostgresServer? postgres) : StoreTest(kind, postgres)
{
    [Fact]
    public async Task Refreshing_gives_PostgreSQL_statistics_of_every_enrolment_table_and_writes_nothing_on_SQLite() =>
        await VerversEnControleer(Store.RodStatistiekenBijwerkenAsync, "rod_inschrijving", "rod_periode", "rod_bpv", "rod_diploma", "rod_persoon", "rod_ketensignaal");

    [Fact]
    public async Task Refreshing_RIO_gives_PostgreSQL_statistics_of_its_objects_and_references_and_writes_nothing_on_SQLite() =>
        await VerversEnControleer(Store.RioStatistiekenBijwerkenAsync, "rio_object", "rio_object_historie", "verwijzing");

    private async Task VerversEnControleer(Func<CancellationToken, Task> verversen, params string[] tabellen)
    {
        await verversen(CancellationToken.None);

        await using var verbinding = await RuweSql.OpenAsync(Database);

        if (Kind == StoreKind.Postgres)
        {
            // reltuples is -1 until a table was analysed (or vacuumed) once.
            var geanalyseerd = await RuweSql.ExecAsync(verbinding, null,
                $"SELECT count(*) FROM pg_class WHERE relname IN ({string.Join(", ", tabellen.Select(t => $"'{t}'"))}) AND reltuples >= 0");
            Assert.Equal(tabellen.Length, Convert.ToInt32(geanalyseerd, CultureInfo.InvariantCulture));
        }
        else
        {
            var statistiek = await RuweSql.ExecAsync(verbinding, null, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'sqlite_stat%'");
            Assert.Equal(0, Convert.ToInt32(statistiek, CultureInfo.InvariantCulture));
        }
    }
}

public sealed class RodStatistiekenTestsOnSqlite() : RodStatistiekenTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class RodStatistiekenTestsOnPostgres(PostgresServer postgres) : RodStatistiekenTests(StoreKind.Postgres, postgres);

/// <summary>When the national load refreshes the statistics (ADR 0025).</summary>
public sealed class StatistiekenMomentTests
{
    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(8, false)]
    [InlineData(16, true)]
    [InlineData(17, false)]
    [InlineData(64, true)]
    [InlineData(1024, true)]
    [InlineData(0, false)]
    public void The_national_load_refreshes_them_each_time_the_register_has_grown_fourfold(long blokken, bool bijwerken) =>
        Assert.Equal(bijwerken, LandelijkeInschrijvingGenerator.BijwerkenNa(blokken));
}
