using Keten.Storage.Audit;
using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>DUO/OCW reference data items (soort + sleutel → JSON).</summary>
public abstract partial class SqlKetenStore
{
    /// <summary>
    /// Upserts all items in one transaction; counts the inserted and the changed ones, not the unchanged. A load that
    /// changed anything leaves one audit row with that count.
    /// </summary>
    public async Task<int> SaveReferentieAsync(IReadOnlyList<(string Soort, string Sleutel, string Json)> items, Auditbron door, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(items);
        await using var connection = await OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        var changed = 0;
        foreach (var (soort, sleutel, json) in items)
        {
            await using var command = connection.Sql(transaction,
                "INSERT INTO referentie (soort, sleutel, json) VALUES (@soort, @sleutel, @json) "
                + "ON CONFLICT (soort, sleutel) DO UPDATE SET json = excluded.json WHERE referentie.json <> excluded.json")
                .With("@soort", soort)
                .With("@sleutel", sleutel)
                .With("@json", json);
            changed += await command.ExecuteNonQueryAsync(ct);
        }

        if (changed > 0)
        {
            await using var versie = connection.Sql(transaction, "UPDATE referentie_versie SET versie = versie + 1 WHERE id = 1");
            await versie.ExecuteNonQueryAsync(ct);
            await AuditSchrijven.SchrijfAsync(connection, transaction, dialect, Nu(), door,
                [new Auditregel(null, "referentiedata laden", Auditobjecten.Referentiedata, null, Aantal: changed)], ct);
        }

        await transaction.CommitAsync(ct);
        return changed;
    }

    public async Task<long> ReferentieVersieAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Sql(null, "SELECT versie FROM referentie_versie WHERE id = 1");
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>All items, ordered by soort then sleutel.</summary>
    public async Task<IReadOnlyList<(string Soort, string Sleutel, string Json)>> LoadReferentieAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Sql(null, "SELECT soort, sleutel, json FROM referentie ORDER BY soort, sleutel");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var items = new List<(string Soort, string Sleutel, string Json)>();
        while (await reader.ReadAsync(ct))
        {
            items.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return items;
    }
}
