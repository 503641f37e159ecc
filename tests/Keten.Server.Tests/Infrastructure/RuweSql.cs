using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Keten.Server.Tests.Infrastructure;

/// <summary>A plain connection to a test database, for what no Keten API does: setting up a state or holding a lock.</summary>
public static class RuweSql
{
    public static async Task<DbConnection> OpenAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        DbConnection connection = database.Kind == StoreKind.Postgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public static async Task ExecAsync(TestDatabase database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await ExecAsync(connection, null, sql);
    }

    public static async Task<object?> ExecAsync(DbConnection connection, DbTransaction? transaction, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
