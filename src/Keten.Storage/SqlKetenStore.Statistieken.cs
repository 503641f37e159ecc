using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>The query planner's statistics of the registers, refreshed after and during a bulk load (ADR 0025).</summary>
public abstract partial class SqlKetenStore
{
    private const string RodTabellen = "rod_inschrijving, rod_periode, rod_bpv, rod_diploma, rod_persoon, rod_ketensignaal";

    private const string RioTabellen = "rio_object, rio_object_historie, verwijzing";

    public Task RodStatistiekenBijwerkenAsync(CancellationToken ct) => AnalyseerAsync(RodTabellen, ct);

    public Task RioStatistiekenBijwerkenAsync(CancellationToken ct) => AnalyseerAsync(RioTabellen, ct);

    private async Task AnalyseerAsync(string tabellen, CancellationToken ct)
    {
        // SQLite's planner picks these indexes by the shape of the query, without statistics: nothing to refresh.
        if (dialect is not PostgresDialect)
        {
            return;
        }

        await using var connection = await OpenAsync(ct);
        await using var command = connection.Sql(null, $"ANALYZE {tabellen}");
        await command.ExecuteNonQueryAsync(ct);
    }
}
