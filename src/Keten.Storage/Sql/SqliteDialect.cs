using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Keten.Storage.Sql;

/// <summary>
/// SQLite: one file, WAL journal, synchronous=FULL (a commit is on disk before CommitAsync returns),
/// writers serialised by BEGIN IMMEDIATE, timestamps as INTEGER UTC ticks (100 ns, sortable).
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    /// <summary>How long a connection waits for another writer before SQLITE_BUSY.</summary>
    public const int BusyTimeoutMilliseconds = 30_000;

    private readonly string connectionString;

    public SqliteDialect(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        };
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new ArgumentException("A SQLite connection string needs Data Source=<file>.", nameof(connectionString));
        }

        this.connectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    public string DataSource { get; }

    public override string MigrationsFolder => "Sqlite";

    public override string SchemaVersionTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)";

    public override async Task<DbConnection> OpenAsync(CancellationToken ct) =>
        await OpenAsync(new SqliteConnection(connectionString), "", ct);

    /// <summary>
    /// The writer's own connection (<see cref="SqliteSchrijfverbinding"/>): not pooled, and with a page cache of
    /// <see cref="SchrijverCacheKibibytes"/> instead of SQLite's 2 MiB, since it lives as long as the writer is busy, and
    /// temp_store MEMORY: the sub-journal of each delivery's savepoint stays in memory instead of spilling to a temporary
    /// file (one write per page) once it passes 64 KiB. synchronous NORMAL: its COMMIT does not sync the WAL, the group
    /// commit does that beside it before it answers anyone (<see cref="SqliteWalSync"/>).
    /// </summary>
    public async Task<SqliteSchrijfverbinding> OpenSchrijfverbindingAsync(CancellationToken ct)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        return await OpenAsync(new SqliteSchrijfverbinding(builder.ToString()), $"PRAGMA cache_size = -{SchrijverCacheKibibytes}; PRAGMA wal_autocheckpoint = {SchrijverCheckpointPaginas}; PRAGMA temp_store = MEMORY; PRAGMA synchronous = NORMAL;", ct);
    }

    /// <summary>
    /// The writer connection's page cache in KiB: room for the index pages a batch of deliveries reads and writes.
    /// Not more: at the end of every write transaction SQLite drops cached pages past the end of the database, and
    /// after a b-tree split (which renumbers pages through the lock-byte page, far past the end) that means a walk
    /// over the whole cache: about 1 ms per commit at 64 MiB, a quarter of that at 16 MiB (ADR 0004).
    /// </summary>
    public const int SchrijverCacheKibibytes = 16 * 1024;

    /// <summary>
    /// The writer's own automatic checkpoint, only a bound: normally <see cref="SqliteAchtergrondcheckpoint"/> keeps the
    /// WAL far below this many pages (200 MiB at 4 KiB).
    /// </summary>
    public const int SchrijverCheckpointPaginas = 50_000;

    private async Task<T> OpenAsync<T>(T connection, string pragmas, CancellationToken ct)
        where T : SqliteConnection
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(DataSource));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        try
        {
            await connection.OpenAsync(ct);
            using var pragma = connection.CreateCommand();
            // Per connection: wait for a busy writer instead of failing; FULL makes every commit durable
            // at power loss too (with WAL, NORMAL would only survive a crash of the process).
            pragma.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = FULL; {pragmas}";
            await pragma.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken ct)
    {
        // WAL is a property of the database file: set once, it stays. It cannot change inside a transaction.
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(ct);
    }

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    /// <summary>One writer at a time (BEGIN IMMEDIATE) numbers rows in commit order, and ids are never reused.</summary>
    public override string Commitvolgorde(string a) => $"{a}.id";

    /// <summary>Every committed row is final: a transaction still running cannot insert before it.</summary>
    public override string Zichtbaar(string a) => "";

    public override object Waarden(string[] waarden) => JsonSerializer.Serialize(waarden);

    public override string EenVan(string kolom, string parameter) => $"{kolom} IN (SELECT value FROM json_each({parameter}))";

    public override object Tijd(DateTimeOffset value) => value.UtcTicks;

    public override DateTimeOffset LeesTijd(DbDataReader reader, int ordinal) =>
        new(reader.GetInt64(ordinal), TimeSpan.Zero);
}
