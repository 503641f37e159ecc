using Microsoft.Data.Sqlite;

namespace Keten.Server.Tests.Infrastructure;

/// <summary>Fresh databases for tests: a SQLite file in a new temp dir, or a new PostgreSQL database.</summary>
public static class KetenConnectionStrings
{
    /// <summary>A new SQLite file (not created yet) in a new temp dir; dispose deletes the dir.</summary>
    public static TestDatabase Sqlite()
    {
        var directory = Path.Combine(Path.GetTempPath(), "keten-sqlite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "keten.db") }.ToString();
        return new TestDatabase(StoreKind.Sqlite, connectionString, () =>
        {
            // Pooled connections keep the file open; let go of them before deleting.
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temp dir is harmless.
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>A new database keten_&lt;random&gt; on the test server; dispose drops it.</summary>
    public static async Task<TestDatabase> PostgresAsync(PostgresServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var connectionString = await server.CreateDatabaseAsync();
        return new TestDatabase(StoreKind.Postgres, connectionString, () => server.DropDatabaseAsync(connectionString));
    }

    /// <summary>A fresh database of the given kind; the server is needed (and used) only for PostgreSQL.</summary>
    public static Task<TestDatabase> CreateAsync(StoreKind kind, PostgresServer? server) => kind switch
    {
        StoreKind.Sqlite => Task.FromResult(Sqlite()),
        StoreKind.Postgres => PostgresAsync(server ?? throw new ArgumentNullException(nameof(server), "PostgreSQL tests take the PostgresServer of PostgresCollection.")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
