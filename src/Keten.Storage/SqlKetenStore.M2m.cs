using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>Replay protection of signed SOAP requests (migration 0012).</summary>
public abstract partial class SqlKetenStore
{
    /// <summary>
    /// Records a received message key; false when it was recorded before and is still kept. Keys past their
    /// <paramref name="bewarenTot"/> are removed in the same transaction, so the table holds only live keys.
    /// </summary>
    public Task<bool> RegistreerOntvangenBerichtAsync(string sleutel, DateTimeOffset bewarenTot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sleutel);
        // Through the write path, as every write of a request: on SQLite it joins the writer's group commit instead of
        // taking the write lock (and an fsync) of its own beside it.
        return schrijfpad.SchrijfAsync(async (t, token) =>
        {
            var transactie = (RioTransactie)t;
            await using (var opruimen = transactie.Opdracht("DELETE FROM m2m_ontvangen_bericht WHERE bewaren_tot < @nu").WithValue("@nu", dialect.Tijd(Nu())))
            {
                await opruimen.ExecuteNonQueryAsync(token);
            }

            await using var invoegen = transactie.Opdracht(
                    "INSERT INTO m2m_ontvangen_bericht (sleutel, bewaren_tot) VALUES (@sleutel, @tot) ON CONFLICT (sleutel) DO NOTHING")
                .With("@sleutel", sleutel)
                .WithValue("@tot", dialect.Tijd(bewarenTot));
            return await invoegen.ExecuteNonQueryAsync(token) == 1;
        }, ct);
    }
}
