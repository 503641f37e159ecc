using System.Data;
using System.Data.Common;
using Npgsql;

namespace Keten.Storage.Sql;

/// <summary>
/// PostgreSQL: Npgsql's own connection pool, READ COMMITTED write transactions, timestamps as
/// timestamptz (microseconds, UTC), text columns with the "C" collation so ordering matches SQLite.
/// </summary>
internal sealed class PostgresDialect(string connectionString) : SqlDialect
{
    /// <summary>Key of the advisory lock that serialises MigrateAsync across processes.</summary>
    private const long MigrationLock = 0x4B6574656E; // "Keten"

    public override string MigrationsFolder => "Postgres";

    public override string SchemaVersionTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)";

    public override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);

    public override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);

    public override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await using var command = connection.Sql(transaction, "SELECT pg_advisory_xact_lock(@sleutel)")
            .With("@sleutel", MigrationLock);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>By transaction id, then id within the transaction (identity values are taken before commit).</summary>
    public override string Commitvolgorde(string a) => $"{a}.xid, {a}.id";

    /// <summary>
    /// Only rows of transactions below the oldest one still running: those are all finished, and every transaction
    /// still running or yet to start has an xid at or above that horizon, so it sorts after everything served.
    /// </summary>
    public override string Zichtbaar(string a) => $" AND {a}.xid < pg_snapshot_xmin(pg_current_snapshot())";

    public override object Tijd(DateTimeOffset value) => value.ToUniversalTime();

    public override DateTimeOffset LeesTijd(DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal);
}
