using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Keten.Storage.Sql;

/// <summary>
/// The one connection SQLite's writer (<see cref="SqliteGroepscommit"/>) keeps open between batches, so that what it
/// built up stays: its page cache (SQLite drops a connection's cache only when another connection wrote) and its
/// prepared statements. Microsoft.Data.Sqlite compiles a command's SQL on every execution of a new command object
/// (dotnet/efcore#14044, open), so this connection hands out one reusable command per SQL text
/// (<see cref="Commando"/>; docs/decisions/0004-sqlite-writer-connection-and-statement-cache.md).
/// </summary>
internal sealed class SqliteSchrijfverbinding(string connectionString) : SqliteConnection(connectionString)
{
    /// <summary>At most this many statements stay prepared; a text beyond it gets a command of its own, as before.</summary>
    public const int MaxCommandos = 256;

    private readonly Dictionary<string, HerbruikbaarCommando> commandos = new(StringComparer.Ordinal);

    /// <summary>
    /// A command for <paramref name="sql"/> without parameters (a handed-back command cleared them), prepared already when
    /// the text ran before. Disposing it (as every caller does) keeps it prepared for the next caller. A text in use (a reader still open) gets a fresh one.
    /// </summary>
    public DbCommand Commando(string sql, DbTransaction? transaction)
    {
        if (!commandos.TryGetValue(sql, out var commando))
        {
            if (commandos.Count >= MaxCommandos)
            {
                return Nieuw(sql, transaction);
            }

            commando = new HerbruikbaarCommando { Connection = this, CommandText = sql, CommandTimeout = DefaultTimeout };
            commandos.Add(sql, commando);
        }
        else if (commando.InGebruik)
        {
            return Nieuw(sql, transaction);
        }

        commando.InGebruik = true;
        commando.Transaction = (SqliteTransaction?)transaction;
        return commando;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var commando in commandos.Values)
            {
                commando.Vernietig();
            }

            commandos.Clear();
        }

        base.Dispose(disposing);
    }

    private SqliteCommand Nieuw(string sql, DbTransaction? transaction)
    {
        var command = CreateCommand();
        command.CommandText = sql;
        command.Transaction = (SqliteTransaction?)transaction;
        return command;
    }

    /// <summary>A command whose Dispose only hands it back; its prepared statements end with the connection.</summary>
    private sealed class HerbruikbaarCommando : SqliteCommand
    {
        private bool vernietigd;

        public bool InGebruik { get; set; }

        public void Vernietig()
        {
            vernietigd = true;
            Dispose();
        }

        protected override void Dispose(bool disposing)
        {
            if (vernietigd)
            {
                base.Dispose(disposing);
                return;
            }

            InGebruik = false;
            Parameters.Clear();
        }
    }
}
