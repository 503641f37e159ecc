using Keten.Server.Tests.Infrastructure;
using Keten.Storage;
using Keten.Storage.Sql;

namespace Keten.Server.Tests.Storage;

/// <summary>SQLite's writer answers a delivery only after the WAL holding it was synced (ADR 0009).</summary>
public sealed class SqliteWalSyncTests : IAsyncLifetime
{
    private readonly TestDatabase database = KetenConnectionStrings.Sqlite();

    public async Task InitializeAsync() => await database.CreateStore(TimeProvider.System).MigrateAsync(CancellationToken.None);

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_write_is_answered_only_after_a_sync_of_the_WAL_that_started_after_its_commit()
    {
        var synced = new List<string>();
        var eersteSync = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var groepscommit = Groepscommit(async pad =>
        {
            lock (synced)
            {
                synced.Add(pad);
            }

            await eersteSync.Task;
        });

        var schrijven = groepscommit.SchrijfAsync((t, ct) => t.VolgendNummerAsync("r", ct), CancellationToken.None);

        // Committed (another connection sees it) but not answered while the sync has not returned.
        await WachtOpAsync(() => Nummer() == 1);
        await Task.Delay(200);
        Assert.False(schrijven.IsCompleted);

        eersteSync.SetResult();
        Assert.Equal(1, await schrijven);
        Assert.Equal(Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource) + "-wal", Assert.Single(synced));
    }

    [Fact]
    public async Task A_failed_sync_fails_every_write_it_covered_and_a_repeat_then_finds_the_commit()
    {
        var groepscommit = Groepscommit(_ => throw new IOException("schijf kapot"));

        var fout = await Assert.ThrowsAsync<IOException>(() => groepscommit.SchrijfAsync((t, ct) => t.VolgendNummerAsync("r", ct), CancellationToken.None));

        Assert.Equal("schijf kapot", fout.Message);
        Assert.Equal(1, Nummer()); // the commit happened; only its durability was not confirmed, so nobody was told it landed
    }

    [Fact]
    public async Task The_real_sync_completes_writes_of_a_store()
    {
        var store = database.CreateStore(TimeProvider.System);

        var nummers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => store.VolgendNummerAsync("r", CancellationToken.None)));

        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), nummers.Order());
    }

    private SqliteGroepscommit Groepscommit(Func<string, Task> walSync) =>
        new(new SqliteDialect(database.ConnectionString), () => DateTimeOffset.UtcNow, walSync);

    private long Nummer()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(laatste), 0) FROM reeks WHERE naam = 'r'";
        return (long)command.ExecuteScalar()!;
    }

    private static async Task WachtOpAsync(Func<bool> voorwaarde)
    {
        for (var i = 0; i < 100 && !voorwaarde(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(voorwaarde());
    }
}
