using System.Data.Common;

namespace Keten.Storage.Sql;

/// <summary>
/// Applies the dialect's numbered scripts that schema_version does not list yet, all in one transaction
/// (DDL is transactional in both databases), so a half-applied migration never stays behind.
/// </summary>
internal static class Migrator
{
    public static async Task MigrateAsync(SqlDialect dialect, DateTimeOffset nu, CancellationToken ct)
    {
        var migrations = Migration.For(dialect.MigrationsFolder);

        await using var connection = await dialect.OpenAsync(ct);
        await dialect.PrepareDatabaseAsync(connection, ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        await dialect.LockForMigrationAsync(connection, transaction, ct);

        await using (var create = connection.Sql(transaction, dialect.SchemaVersionTableSql))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        var applied = await AppliedAsync(connection, transaction, ct);
        var newest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (applied.Count > 0 && applied.Max() > newest)
        {
            throw new InvalidOperationException(
                $"The database has schema version {applied.Max()}, newer than this Keten knows ({newest}).");
        }

        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
        {
            await using (var script = connection.Sql(transaction, migration.Sql))
            {
                await script.ExecuteNonQueryAsync(ct);
            }

            await using var record = connection.Sql(transaction, "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @nu)")
                .With("@version", migration.Version)
                .With("@name", migration.Name)
                .WithValue("@nu", dialect.Tijd(nu));
            await record.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static async Task<HashSet<int>> AppliedAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await using var command = connection.Sql(transaction, "SELECT version FROM schema_version");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(ct))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }
}
