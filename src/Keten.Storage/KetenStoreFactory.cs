namespace Keten.Storage;

/// <summary>Picks the database from the connection string.</summary>
public static class KetenStoreFactory
{
    /// <summary>
    /// PostgreSQL when the connection string has an Npgsql "Host=" key, otherwise SQLite ("Data Source=&lt;file&gt;").
    /// Call <see cref="IKetenStore.MigrateAsync"/> before first use.
    /// </summary>
    public static IKetenStore Create(string connectionString, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return IsPostgres(connectionString)
            ? new PostgresKetenStore(connectionString, time)
            : new SqliteKetenStore(connectionString, time);
    }

    /// <summary>True for an Npgsql-style connection string (it has a Host key).</summary>
    public static bool IsPostgres(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        return connectionString.Split(';').Any(part =>
            part.TrimStart().StartsWith("Host", StringComparison.OrdinalIgnoreCase)
            && part.TrimStart()[4..].TrimStart().StartsWith('='));
    }
}
