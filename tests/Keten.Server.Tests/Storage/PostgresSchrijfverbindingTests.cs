using System.Data.Common;
using Keten.Server.Tests.Infrastructure;
using Keten.Storage.Sql;

namespace Keten.Server.Tests.Storage;

/// <summary>The write pool's connections: how long a statement waits for a lock, and no parallel plans (ADR 0025).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSchrijfverbindingTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_write_connection_waits_at_most_the_lock_timeout_and_plans_no_parallel_workers()
    {
        var (lockTimeout, parallel) = await InstellingenAsync(d => d.OpenVoorSchrijvenAsync(TimeSpan.FromMilliseconds(1234), CancellationToken.None));

        Assert.Equal("1234ms", lockTimeout);
        Assert.Equal("0", parallel);
    }

    [Fact]
    public async Task A_read_connection_keeps_the_servers_own_settings()
    {
        var (lockTimeout, parallel) = await InstellingenAsync(d => d.OpenAsync(CancellationToken.None));

        Assert.Equal("0", lockTimeout);
        Assert.NotEqual("0", parallel);
    }

    private async Task<(string? LockTimeout, string? Parallel)> InstellingenAsync(Func<PostgresDialect, Task<DbConnection>> open)
    {
        var database = await postgres.CreateDatabaseAsync();
        try
        {
            await using var verbinding = await open(new PostgresDialect(database));
            return (await ToonAsync(verbinding, "lock_timeout"), await ToonAsync(verbinding, "max_parallel_workers_per_gather"));
        }
        finally
        {
            await postgres.DropDatabaseAsync(database);
        }
    }

    private static async Task<string?> ToonAsync(DbConnection verbinding, string instelling)
    {
        await using var command = verbinding.CreateCommand();
        command.CommandText = $"SHOW {instelling}";
        return (string?)await command.ExecuteScalarAsync();
    }
}
