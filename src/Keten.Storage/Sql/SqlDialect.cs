using System.Data.Common;

namespace Keten.Storage.Sql;

/// <summary>
/// The few things SQLite and PostgreSQL do differently. Everything else (the SQL of every query and
/// write) is shared in <see cref="SqlKetenStore"/>.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>Folder name of this dialect's scripts under Migrations/.</summary>
    public abstract string MigrationsFolder { get; }

    /// <summary>CREATE TABLE IF NOT EXISTS schema_version (version, name, applied_at) in this dialect's types.</summary>
    public abstract string SchemaVersionTableSql { get; }

    /// <summary>Opens a connection ready for use (per-connection settings applied).</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>
    /// <see cref="OpenAsync"/> for callers that cannot await (the SAML core's stores). Microsoft.Data.Sqlite opens and
    /// runs statements synchronously anyway; PostgreSQL overrides this with Npgsql's synchronous open.
    /// </summary>
    public virtual DbConnection Open() => OpenAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Database-wide settings that must be made outside a transaction, once at start.</summary>
    public virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken ct) => Task.CompletedTask;

    /// <summary>A write transaction. SQLite takes the write lock at once (BEGIN IMMEDIATE).</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct);

    /// <summary>A read-only transaction that sees one snapshot across its statements.</summary>
    public abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct);

    /// <summary>Serialises concurrent migrations of the same database within the given transaction.</summary>
    public virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        Task.CompletedTask;

    /// <summary>The ORDER BY list that puts history rows (alias a) in commit order.</summary>
    public abstract string Commitvolgorde(string a);

    /// <summary>
    /// A condition (starting with " AND", or empty) that keeps only history rows (alias a) no transaction still running
    /// can come before in <see cref="Commitvolgorde"/>.
    /// </summary>
    public abstract string Zichtbaar(string a);

    /// <summary>What a SELECT ends with to lock the rows it reads until the transaction ends (SQLite: its one writer already excludes others).</summary>
    public virtual string VoorBijwerken => "";

    /// <summary>The database value for a UTC timestamp.</summary>
    public abstract object Tijd(DateTimeOffset value);

    /// <summary>
    /// Many values as ONE parameter (an array on PostgreSQL, a JSON array on SQLite) for <see cref="EenVan"/>: one
    /// statement text whatever the number of values, so it stays prepared.
    /// </summary>
    public abstract object Waarden(string[] waarden);

    /// <summary>The condition that <paramref name="kolom"/> is one of the values of parameter <paramref name="parameter"/> (<see cref="Waarden"/>).</summary>
    public abstract string EenVan(string kolom, string parameter);

    /// <summary>Reads a timestamp column written with <see cref="Tijd"/>.</summary>
    public abstract DateTimeOffset LeesTijd(DbDataReader reader, int ordinal);
}
