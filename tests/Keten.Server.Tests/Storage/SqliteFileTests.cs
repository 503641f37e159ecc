using Keten.Server.Tests.Infrastructure;
using Keten.Storage;
using Microsoft.Data.Sqlite;

namespace Keten.Server.Tests.Storage;

/// <summary>What only SQLite has: the file, its journal mode, and the factory's choice.</summary>
public sealed class SqliteFileTests : IAsyncLifetime
{
    private readonly TestDatabase database = KetenConnectionStrings.Sqlite();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Migrate_puts_the_file_in_WAL_mode()
    {
        await database.CreateStore(TimeProvider.System).MigrateAsync(CancellationToken.None);

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync() as string);
    }

    [Fact]
    public async Task Migrate_creates_a_missing_directory_for_the_file()
    {
        var path = Path.Combine(Path.GetDirectoryName(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource)!, "nieuw", "keten.db");
        var store = new SqliteKetenStore($"Data Source={path}", TimeProvider.System);

        await store.MigrateAsync(CancellationToken.None);

        Assert.Equal(path, store.FilePath);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task The_writer_writes_again_after_it_closed_its_idle_connection()
    {
        var store = database.CreateStore(TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);
        Assert.True(await store.CommitAsync(new Commit("doc-1", "aanleveren", "{}", [new Wijziging(RioObjectSoort.Onderwijslocatie, "100X001", "100B001", null, "{}", [])]), CancellationToken.None));

        await Task.Delay(TimeSpan.FromSeconds(6.5)); // past the writer's idle time (5 s): its connection is closed

        Assert.True(await store.CommitAsync(new Commit("doc-2", "aanleveren", "{}", [new Wijziging(RioObjectSoort.Onderwijslocatie, "100X002", "100B001", null, "{}", [])]), CancellationToken.None));
        var ander = database.CreateStore(TimeProvider.System);
        Assert.NotNull(await ander.GetAsync(RioObjectSoort.Onderwijslocatie, "100X001", CancellationToken.None));
        Assert.NotNull(await ander.GetAsync(RioObjectSoort.Onderwijslocatie, "100X002", CancellationToken.None));
    }

    [Fact]
    public async Task The_writer_keeps_savepoint_journals_in_memory()
    {
        // A delivery's savepoint copies every page it changes to a sub-journal; beyond 64 KiB SQLite spills that to a
        // temporary file (a write per page) unless temp_store is MEMORY: measured 14,000 such writes per 2 s under load.
        await database.CreateStore(TimeProvider.System).MigrateAsync(CancellationToken.None);
        await using var verbinding = await new Keten.Storage.Sql.SqliteDialect(database.ConnectionString).OpenSchrijfverbindingAsync(CancellationToken.None);
        await using var command = verbinding.CreateCommand();
        command.CommandText = "PRAGMA temp_store";

        Assert.Equal(2L, await command.ExecuteScalarAsync()); // 2 = MEMORY
    }

    [Theory]
    [InlineData("Host=localhost;Database=keten", true)]
    [InlineData("Username=keten; host = db.example;Port=5432", true)]
    [InlineData("Data Source=keten.db", false)]
    [InlineData("Data Source=/tmp/Host=x/keten.db", false)]
    public void The_factory_takes_a_Host_key_for_PostgreSQL(string connectionString, bool postgres)
    {
        Assert.Equal(postgres, KetenStoreFactory.IsPostgres(connectionString));
        Assert.IsType(postgres ? typeof(PostgresKetenStore) : typeof(SqliteKetenStore), KetenStoreFactory.Create(connectionString, TimeProvider.System));
    }
}
