using System.Globalization;
using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>Named number sequences.</summary>
public abstract partial class SqlKetenStore
{
    /// <summary>
    /// One upsert that increments and returns, in a write transaction: PostgreSQL locks the row (a concurrent
    /// caller waits and gets the next number), SQLite holds the database write lock (BEGIN IMMEDIATE).
    /// Numbers are never handed out twice; a rolled-back caller does not give its number back.
    /// </summary>
    public async Task<long> VolgendNummerAsync(string reeks, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(reeks);
        await using var connection = await OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        await using var command = connection.Sql(transaction,
            "INSERT INTO reeks (naam, laatste) VALUES (@naam, 1) "
            + "ON CONFLICT (naam) DO UPDATE SET laatste = reeks.laatste + 1 RETURNING laatste")
            .With("@naam", reeks);
        var nummer = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        await transaction.CommitAsync(ct);
        return nummer;
    }
}
