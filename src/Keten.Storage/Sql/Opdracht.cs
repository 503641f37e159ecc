using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;

namespace Keten.Storage.Sql;

/// <summary>
/// Several statements sent as one command, so one round trip to the database: Npgsql sends semicolon-separated
/// statements as one batch, SQLite runs them in order; both bind named parameters. A per-item statement
/// (<see cref="Statement(string, int)"/>) gets its parameters numbered (@soort → @soort_3) so items do not share
/// values; @nu and @document are one value for the whole command. The command is taken for the whole text only when
/// it runs, so SQLite's writer connection keeps it prepared for the next command of the same shape
/// (<see cref="SqliteSchrijfverbinding"/>); setting another text on a command would compile it again.
/// </summary>
internal sealed partial class Opdracht(DbConnection connection, DbTransaction? transaction)
{
    private static readonly HashSet<string> Gedeeld = ["nu", "document"];

    /// <summary>
    /// Numbered statements of the first items, kept: the per-item statements are a few constants, and numbering them
    /// anew for every delivery was a fifth of what the write path allocated.
    /// </summary>
    private static readonly ConcurrentDictionary<(string, int), string> Genummerd = new();

    private const int OnthoudenTot = 256;

    private readonly StringBuilder sql = new();
    private readonly List<Action<DbCommand>> parameters = [];

    public Opdracht Statement(string statement)
    {
        sql.Append(statement).Append(";\n");
        return this;
    }

    public Opdracht Statement(string statement, int item) =>
        Statement(item < OnthoudenTot ? Genummerd.GetOrAdd((statement, item), static s => Nummer(s.Item1, s.Item2)) : Nummer(statement, item));

    private static string Nummer(string statement, int item) =>
        ParameterNaam().Replace(statement, m => Gedeeld.Contains(m.Groups[1].Value) ? m.Value : $"{m.Value}_{item}");

    public Opdracht Parameter(string naam, string? waarde) => Met(c => c.With(naam, waarde));

    public Opdracht Parameter(string naam, int item, string? waarde) => Parameter($"{naam}_{item}", waarde);

    public Opdracht Parameter(string naam, int item, bool waarde) => Met(c => c.With($"{naam}_{item}", waarde));

    public Opdracht Parameter(string naam, DateOnly? waarde) => Met(c => c.With(naam, waarde));

    public Opdracht Parameter(string naam, long waarde) => Met(c => c.With(naam, waarde));

    public Opdracht Parameter(string naam, int item, DateOnly? waarde) => Met(c => c.With($"{naam}_{item}", waarde));

    public Opdracht Parameter(string naam, int item, int? waarde) => Met(c => c.With($"{naam}_{item}", waarde));

    /// <summary>A value already converted for the database (a timestamp from <see cref="SqlDialect.Tijd"/>, an array).</summary>
    public Opdracht Parameter(string naam, object waarde) => Met(c => c.WithValue(naam, waarde));

    public async Task UitvoerenAsync(CancellationToken ct)
    {
        if (sql.Length == 0)
        {
            return;
        }

        await using var command = Command();
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The command for the statements so far, their parameters bound; the caller runs and disposes it.</summary>
    public DbCommand Command()
    {
        var command = connection.Sql(transaction, sql.ToString());
        foreach (var binden in parameters)
        {
            binden(command);
        }

        return command;
    }

    private Opdracht Met(Action<DbCommand> binden)
    {
        parameters.Add(binden);
        return this;
    }

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex ParameterNaam();
}
