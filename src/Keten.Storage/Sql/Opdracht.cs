using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;

namespace Keten.Storage.Sql;

/// <summary>
/// Several statements sent as one command, so one round trip to the database: Npgsql sends semicolon-separated
/// statements as one batch, SQLite runs them in order; both bind named parameters. A per-item statement
/// (<see cref="Statement(string, int)"/>) gets its parameters numbered (@soort → @soort_3) so items do not share
/// values; @nu and @document are one value for the whole command.
/// </summary>
internal sealed partial class Opdracht(DbCommand command)
{
    private static readonly HashSet<string> Gedeeld = ["nu", "document"];

    private readonly StringBuilder sql = new();

    public Opdracht Statement(string statement)
    {
        sql.Append(statement).Append(";\n");
        return this;
    }

    public Opdracht Statement(string statement, int item) =>
        Statement(ParameterNaam().Replace(statement, m => Gedeeld.Contains(m.Groups[1].Value) ? m.Value : $"{m.Value}_{item}"));

    public Opdracht Parameter(string naam, string? waarde) => Met(() => command.With(naam, waarde));

    public Opdracht Parameter(string naam, int item, string? waarde) => Parameter($"{naam}_{item}", waarde);

    public Opdracht Parameter(string naam, int item, bool waarde) => Met(() => command.With($"{naam}_{item}", waarde));

    public Opdracht Parameter(string naam, int item, DateOnly? waarde) => Met(() => command.With($"{naam}_{item}", waarde));

    /// <summary>A value already converted for the database (a timestamp from <see cref="SqlDialect.Tijd"/>, an array).</summary>
    public Opdracht Parameter(string naam, object waarde) => Met(() => command.WithValue(naam, waarde));

    public async Task UitvoerenAsync(CancellationToken ct)
    {
        if (sql.Length == 0)
        {
            return;
        }

        command.CommandText = sql.ToString();
        await command.ExecuteNonQueryAsync(ct);
    }

    private Opdracht Met(Action binden)
    {
        binden();
        return this;
    }

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex ParameterNaam();
}
