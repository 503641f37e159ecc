using System.Data;
using System.Data.Common;
using Npgsql;

namespace Keten.Storage.Sql;

/// <summary>
/// PostgreSQL: Npgsql's own connection pool, READ COMMITTED write transactions, timestamps as
/// timestamptz (microseconds, UTC), text columns with the "C" collation so ordering matches SQLite.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    private readonly string connectionString;

    /// <summary>
    /// Npgsql settings that save round trips, unless the connection string sets them: statements used more than once
    /// are prepared on the server, and a connection back in the pool is not reset (Keten leaves no session state: its
    /// settings are SET LOCAL or connection options).
    /// </summary>
    public PostgresDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var gezet = GezetteSleutels(connectionString);
        if (!gezet.Contains("MAXAUTOPREPARE"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!gezet.Contains("NORESETONCLOSE"))
        {
            builder.NoResetOnClose = true;
        }

        this.connectionString = builder.ConnectionString;
    }

    /// <summary>The connection string with Keten's defaults applied.</summary>
    internal string Verbindingstekst => connectionString;

    /// <summary>
    /// The keys a connection string sets, upper case without spaces. Not NpgsqlConnectionStringBuilder.ContainsKey: that
    /// answers whether a key is known to Npgsql, so it is true for every setting, set or not.
    /// </summary>
    private static HashSet<string> GezetteSleutels(string connectionString) =>
        [.. new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())];

    /// <summary>
    /// A connection from a pool of its own whose statements wait at most <paramref name="lockTimeout"/> for a lock
    /// (lock_timeout as a connection option, so no statement per transaction), for write transactions. Its statements
    /// never run in parallel (max_parallel_workers_per_gather=0): a write transaction's reads are key lookups, and the
    /// planner chose parallel plans for the bulk ingest's read-ahead of a few hundred keys, whose workers start cold for
    /// every statement: 100 to 380 ms where the lookups themselves took a few (ADR 0025).
    /// </summary>
    public async Task<DbConnection> OpenVoorSchrijvenAsync(TimeSpan lockTimeout, CancellationToken ct)
    {
        var schrijven = schrijfverbinding;
        if (schrijven is null || schrijven.LockTimeout != lockTimeout)
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            builder.Options = $"{builder.Options} -c lock_timeout={(long)lockTimeout.TotalMilliseconds} -c max_parallel_workers_per_gather=0".Trim();
            schrijfverbinding = schrijven = new Schrijfverbinding(lockTimeout, builder.ConnectionString);
        }

        return await OpenAsync(schrijven.Tekst, ct);
    }

    /// <summary>The write pool's connection string, made once: parsing it per transaction cost measurable CPU.</summary>
    private Schrijfverbinding? schrijfverbinding;

    private sealed record Schrijfverbinding(TimeSpan LockTimeout, string Tekst);

    /// <summary>Key of the advisory lock that serialises MigrateAsync across processes.</summary>
    private const long MigrationLock = 0x4B6574656E; // "Keten"

    public override string MigrationsFolder => "Postgres";

    public override string SchemaVersionTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)";

    public override Task<DbConnection> OpenAsync(CancellationToken ct) => OpenAsync(connectionString, ct);

    public override DbConnection Open()
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static async Task<DbConnection> OpenAsync(string connectionString, CancellationToken ct)
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

    public override string VoorBijwerken => " FOR UPDATE";

    public override object Waarden(string[] waarden) => waarden;

    public override string EenVan(string kolom, string parameter) => $"{kolom} = ANY({parameter})";

    public override object Tijd(DateTimeOffset value) => value.ToUniversalTime();

    public override DateTimeOffset LeesTijd(DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal);
}
