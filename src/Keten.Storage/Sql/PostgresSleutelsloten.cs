using System.Data.Common;

namespace Keten.Storage.Sql;

/// <summary>
/// <see cref="Sleutelsloten"/> as PostgreSQL advisory transaction locks: released at COMMIT or ROLLBACK, never by hand.
/// The keys of one statement are taken in ascending order, so two statements never wait on each other crosswise.
/// A lock taken by a statement is held before the next statement starts, and at READ COMMITTED every statement reads
/// what was committed when it started: so a read after its lock sees every change of the transactions that held the
/// lock before.
/// </summary>
internal sealed class PostgresSleutelsloten(DbConnection connection, DbTransaction transaction) : Sleutelsloten
{
    public override void VoegToe(Opdracht opdracht, IReadOnlyCollection<string> namen, bool exclusief)
    {
        if (namen.Count == 0)
        {
            return;
        }

        var (functie, parameter) = exclusief ? ("pg_advisory_xact_lock", "@exclusief") : ("pg_advisory_xact_lock_shared", "@gedeeld");
        opdracht.Statement($"SELECT {functie}(k) FROM (SELECT k FROM unnest({parameter}) AS t(k) ORDER BY k) AS geordend")
            .Parameter(parameter, namen.Select(Sleutel).Distinct().Order().ToArray());
    }

    protected override async Task NeemAsync(IReadOnlyCollection<string> namen, bool exclusief, CancellationToken ct)
    {
        await using var command = connection.Sql(transaction, "");
        var opdracht = new Opdracht(command);
        VoegToe(opdracht, namen, exclusief);
        await opdracht.UitvoerenAsync(ct);
    }
}
