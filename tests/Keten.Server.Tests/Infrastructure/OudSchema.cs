using System.Globalization;
using Keten.Storage;

namespace Keten.Server.Tests.Infrastructure;

/// <summary>A test database at an older schema version, as a server of that version left it: for testing a migration's data step.</summary>
public static class OudSchema
{
    /// <summary>Applies this dialect's migration scripts up to and including <paramref name="versie"/> and records them in schema_version.</summary>
    public static async Task MaakAsync(TestDatabase database, int versie)
    {
        ArgumentNullException.ThrowIfNull(database);
        var postgres = database.Kind == StoreKind.Postgres;
        var scripts = Scripts(postgres).Where(s => s.Versie <= versie).ToList();
        await using var connection = await RuweSql.OpenAsync(database);
        foreach (var (_, sql) in scripts)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(); // every statement of the script, also on SQLite
        }

        await RuweSql.ExecAsync(connection, null, postgres
            ? "CREATE TABLE schema_version (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)"
            : "CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)");
        foreach (var (v, _) in scripts)
        {
            await RuweSql.ExecAsync(connection, null, $"INSERT INTO schema_version VALUES ({v}, 'x', {(postgres ? "now()" : "0")})");
        }
    }

    /// <summary>This dialect's embedded migration scripts (Keten.Storage.Migrations.&lt;Dialect&gt;/NNNN_name.sql), in order.</summary>
    private static IEnumerable<(int Versie, string Sql)> Scripts(bool postgres)
    {
        var assembly = typeof(IKetenStore).Assembly;
        var prefix = $"Keten.Storage.Migrations.{(postgres ? "Postgres" : "Sqlite")}/";
        foreach (var naam in assembly.GetManifestResourceNames().Where(n => n.Replace('\\', '/').StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(naam)!;
            using var reader = new StreamReader(stream);
            yield return (int.Parse(naam.Replace('\\', '/')[prefix.Length..][..4], CultureInfo.InvariantCulture), reader.ReadToEnd());
        }
    }
}
