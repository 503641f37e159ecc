using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>
/// Keten on one SQLite file ("Data Source=&lt;file&gt;"): pooled connections, WAL journal, synchronous=FULL,
/// busy timeout 30 s, one writer at a time (BEGIN IMMEDIATE) with group commit. See docs/storage.md.
/// </summary>
public sealed class SqliteKetenStore : SqlKetenStore
{
    public SqliteKetenStore(string connectionString, TimeProvider time)
        : this(new SqliteDialect(connectionString), time)
    {
    }

    private SqliteKetenStore(SqliteDialect dialect, TimeProvider time)
        : base(dialect, time, nu => new SqliteGroepscommit(dialect, nu))
    {
        FilePath = Path.GetFullPath(dialect.DataSource);
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }
}
