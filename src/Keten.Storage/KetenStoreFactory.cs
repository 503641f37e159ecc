using Microsoft.Extensions.Logging;

namespace Keten.Storage;

/// <summary>Picks the database from the connection string.</summary>
public static class KetenStoreFactory
{
    /// <summary>
    /// PostgreSQL when the connection string has an Npgsql "Host=" key, otherwise SQLite ("Data Source=&lt;file&gt;").
    /// Call <see cref="IKetenStore.MigrateAsync"/> before first use.
    /// </summary>
    /// <param name="opties">Retries of write transactions on PostgreSQL; null for <see cref="SchrijfOpties.Standaard"/>.</param>
    /// <param name="logger">Where PostgreSQL write retries are logged (Debug) and given up (Information).</param>
    public static IKetenStore Create(string connectionString, TimeProvider time, SchrijfOpties? opties = null, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return IsPostgres(connectionString)
            ? new PostgresKetenStore(connectionString, time, opties, logger)
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
