using System.Data.Common;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Keten.Storage.Rod;

/// <summary>
/// Writes rows into a table inside the open transaction, the fastest plain way each database has: PostgreSQL's
/// binary COPY, SQLite's one prepared INSERT run per row. The bulk ingest and the benchmark's storage limit both write
/// through here, so their difference is everything else the ingest does.
/// </summary>
internal static class RodBulkschrijver
{
    public static async Task SchrijfAsync(DbConnection connection, DbTransaction transaction, RodBulktabel tabel, IReadOnlyList<object?[]> rijen, CancellationToken ct)
    {
        if (rijen.Count == 0)
        {
            return;
        }

        if (connection is NpgsqlConnection npgsql)
        {
            await KopieerAsync(npgsql, tabel, rijen, ct);
        }
        else
        {
            await VoegToeAsync(connection, transaction, tabel, rijen, ct);
        }
    }

    private static async Task KopieerAsync(NpgsqlConnection connection, RodBulktabel tabel, IReadOnlyList<object?[]> rijen, CancellationToken ct)
    {
        var kolommen = string.Join(", ", tabel.Kolommen.Select(k => k.Kolom));
        await using var import = await connection.BeginBinaryImportAsync($"COPY {tabel.Naam} ({kolommen}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var rij in rijen)
        {
            await import.StartRowAsync(ct);
            for (var k = 0; k < rij.Length; k++)
            {
                await SchrijfWaardeAsync(import, rij[k], tabel.Kolommen[k].Type, ct);
            }
        }

        await import.CompleteAsync(ct);
    }

    private static Task SchrijfWaardeAsync(NpgsqlBinaryImporter import, object? waarde, NpgsqlDbType type, CancellationToken ct) => waarde switch
    {
        null => import.WriteNullAsync(ct),
        string s => import.WriteAsync(s, type, ct),
        int i => import.WriteAsync(i, type, ct),
        long l => import.WriteAsync(l, type, ct),
        bool b => import.WriteAsync(b, type, ct),
        DateTimeOffset t => import.WriteAsync(t, type, ct),
        _ => throw new ArgumentException($"No COPY mapping for {waarde.GetType().Name}", nameof(waarde)),
    };

    private static Task VoegToeAsync(DbConnection connection, DbTransaction transaction, RodBulktabel tabel, IReadOnlyList<object?[]> rijen, CancellationToken ct)
    {
        var namen = tabel.Kolommen.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"@k{i}")).ToList();
        return PerRijAsync(connection, transaction, $"INSERT INTO {tabel.Naam} ({string.Join(", ", tabel.Kolommen.Select(k => k.Kolom))}) VALUES ({string.Join(", ", namen)})",
            namen, rijen, ct);
    }

    /// <summary>
    /// One statement prepared once and run for each row, the row's values bound to <paramref name="namen"/> in order.
    /// On SQLite this is the cheap way to run many: one command of many statements binds every parameter of the command
    /// against every statement by name, which grows with the square of the rows.
    /// </summary>
    public static async Task PerRijAsync(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<string> namen, IEnumerable<object?[]> rijen,
        CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var parameters = new DbParameter[namen.Count];
        for (var k = 0; k < parameters.Length; k++)
        {
            parameters[k] = command.CreateParameter();
            parameters[k].ParameterName = namen[k];
            command.Parameters.Add(parameters[k]);
        }

        await command.PrepareAsync(ct);
        foreach (var rij in rijen)
        {
            for (var k = 0; k < rij.Length; k++)
            {
                parameters[k].Value = rij[k] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
