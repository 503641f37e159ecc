using Keten.Storage.Sql;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Keten.Storage;

/// <summary>
/// Keten on PostgreSQL (an Npgsql connection string, "Host=…;Database=…"): write transactions READ COMMITTED with key
/// locks, retried on deadlocks and lock waits as the <see cref="SchrijfOpties"/> say. See docs/storage.md.
/// </summary>
public sealed class PostgresKetenStore : SqlKetenStore
{
    public PostgresKetenStore(string connectionString, TimeProvider time, SchrijfOpties? opties = null, ILogger? logger = null)
        : this(new PostgresDialect(connectionString), time, opties ?? SchrijfOpties.Standaard, logger ?? NullLogger.Instance)
    {
    }

    private PostgresKetenStore(PostgresDialect dialect, TimeProvider time, SchrijfOpties opties, ILogger logger)
        : base(dialect, time, nu => new PostgresGroepscommit(dialect, nu, opties, logger))
    {
    }
}
