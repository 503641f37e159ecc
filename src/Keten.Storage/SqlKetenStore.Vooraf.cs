using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>The reads of a write transaction on a snapshot, beside the write path (<see cref="IKetenStore.LeesVoorafAsync"/>).</summary>
public abstract partial class SqlKetenStore
{
    public async Task<T> LeesVoorafAsync<T>(Func<IRioTransactie, CancellationToken, Task<T>> werk, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(werk);
        await using var connection = await OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);
        var resultaat = await werk(new RioTransactie(connection, transaction, dialect, Nu(), Sleutelsloten.Geen), ct);
        await transaction.RollbackAsync(ct);
        return resultaat;
    }
}
