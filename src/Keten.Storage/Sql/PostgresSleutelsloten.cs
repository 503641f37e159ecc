using System.Data.Common;

namespace Keten.Storage.Sql;

/// <summary>
/// <see cref="Sleutelsloten"/> as PostgreSQL advisory transaction locks: released at COMMIT or ROLLBACK, never by hand.
/// The keys of one statement are taken in ascending order, so two statements never wait on each other crosswise.
/// A lock taken by a statement is held before the next statement starts, and at READ COMMITTED every statement reads
/// what was committed when it started: so a read after its lock sees every change of the transactions that held the
/// lock before.
/// </summary>
internal sealed class PostgresSleutelsloten : Sleutelsloten
{
    public override int ZetVoor(DbCommand command, IReadOnlyCollection<string> namen, bool exclusief)
    {
        if (namen.Count == 0)
        {
            return 0;
        }

        var (sql, parameter, sleutels) = Statement(namen, exclusief);
        command.CommandText = $"{sql};\n{command.CommandText}";
        command.WithValue(parameter, sleutels);
        return 1;
    }

    public override void VoegToe(Opdracht opdracht, IReadOnlyCollection<string> namen, bool exclusief)
    {
        if (namen.Count == 0)
        {
            return;
        }

        var (sql, parameter, sleutels) = Statement(namen, exclusief);
        opdracht.Statement(sql).Parameter(parameter, sleutels);
    }

    public override bool Gemengd(Opdracht opdracht, IReadOnlyCollection<(string Naam, bool Exclusief)> namen)
    {
        if (namen.Count == 0)
        {
            return false;
        }

        var sloten = namen.GroupBy(n => Sleutel(n.Naam)).Select(g => (Sleutel: g.Key, Exclusief: g.Any(n => n.Exclusief))).OrderBy(s => s.Sleutel).ToList();
        opdracht.Statement("SELECT CASE WHEN x THEN pg_advisory_xact_lock(k) ELSE pg_advisory_xact_lock_shared(k) END "
                + "FROM (SELECT k, x FROM unnest(@gemengd, @gemengdExclusief) AS t(k, x) ORDER BY k) AS geordend")
            .Parameter("@gemengd", sloten.Select(s => s.Sleutel).ToArray())
            .Parameter("@gemengdExclusief", sloten.Select(s => s.Exclusief).ToArray());
        return true;
    }

    private static (string Sql, string Parameter, long[] Sleutels) Statement(IReadOnlyCollection<string> namen, bool exclusief)
    {
        var (functie, parameter) = exclusief ? ("pg_advisory_xact_lock", "@exclusief") : ("pg_advisory_xact_lock_shared", "@gedeeld");
        return ($"SELECT {functie}(k) FROM (SELECT k FROM unnest({parameter}) AS t(k) ORDER BY k) AS geordend", parameter,
            namen.Select(Sleutel).Distinct().Order().ToArray());
    }
}
