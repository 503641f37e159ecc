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

    public override object Tijd(DateTimeOffset value) => value.ToUniversalTime();

    public override DateTimeOffset LeesTijd(DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal);
}
