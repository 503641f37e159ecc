using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>Replay protection of signed SOAP requests (migration 0012).</summary>
public abstract partial class SqlKetenStore
{
    /// <summary>
    /// Records a received message key; false when it was recorded before and is still kept. Keys past their
    /// <paramref name="bewarenTot"/> are removed in the same transaction, so the table holds only live keys.
    /// </summary>
    public async Task<bool> RegistreerOntvangenBerichtAsync(string sleutel, DateTimeOffset bewarenTot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sleutel);
        await using var connection = await OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        await using (var opruimen = connection.Sql(transaction, "DELETE FROM m2m_ontvangen_bericht WHERE bewaren_tot < @nu")
            .WithValue("@nu", dialect.Tijd(Nu())))
        {
            await opruimen.ExecuteNonQueryAsync(ct);
        }
        await using var invoegen = connection.Sql(transaction,
                "INSERT INTO m2m_ontvangen_bericht (sleutel, bewaren_tot) VALUES (@sleutel, @tot) ON CONFLICT (sleutel) DO NOTHING")
            .With("@sleutel", sleutel)
            .WithValue("@tot", dialect.Tijd(bewarenTot));
        var nieuw = await invoegen.ExecuteNonQueryAsync(ct) == 1;
        await transaction.CommitAsync(ct);
        return nieuw;
    }
}
