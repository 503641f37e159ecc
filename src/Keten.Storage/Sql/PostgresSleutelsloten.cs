using System.Data.Common;

namespace Keten.Storage.Sql;

/// <summary>
/// <see cref="Sleutelsloten"/> as PostgreSQL advisory transaction locks: released at COMMIT or ROLLBACK, never by hand.
/// The keys of one call are taken in ascending order, so two calls never wait on each other crosswise within a
/// statement. A lock taken by a statement is held before the next statement starts, and at READ COMMITTED every
/// statement reads what was committed when it started: so a read after its lock sees every change of the
/// transactions that held the lock before.
/// </summary>
internal sealed class PostgresSleutelsloten(DbConnection connection, DbTransaction transaction) : Sleutelsloten
{
    public override Task GedeeldAsync(IReadOnlyCollection<string> namen, CancellationToken ct) =>
        NeemAsync("pg_advisory_xact_lock_shared", namen, ct);

    public override Task ExclusiefAsync(IReadOnlyCollection<string> namen, CancellationToken ct) =>
        NeemAsync("pg_advisory_xact_lock", namen, ct);

    private async Task NeemAsync(string functie, IReadOnlyCollection<string> namen, CancellationToken ct)
    {
        if (namen.Count == 0)
        {
            return;
        }

        var sleutels = namen.Select(Sleutel).Distinct().Order().ToArray();
        await using var command = connection.Sql(transaction,
            $"SELECT {functie}(k) FROM (SELECT k FROM unnest(@sleutels) AS t(k) ORDER BY k) AS geordend")
            .WithValue("@sleutels", sleutels);
        await command.ExecuteNonQueryAsync(ct);
    }
}
