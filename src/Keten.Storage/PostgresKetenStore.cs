using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>Keten on PostgreSQL (an Npgsql connection string, "Host=…;Database=…"). See docs/storage.md.</summary>
public sealed class PostgresKetenStore(string connectionString, TimeProvider time)
    : SqlKetenStore(new PostgresDialect(connectionString), time);
