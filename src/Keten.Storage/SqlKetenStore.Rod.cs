using Keten.Storage.Rod;
using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>Reading the enrolment register outside a write transaction.</summary>
public abstract partial class SqlKetenStore
{
    /// <summary>
    /// An enrolment by its stable id as known at <paramref name="bekendOp"/> (null: now): the version registered at or
    /// before that moment and not replaced by then; null when there was none or it was deleted.
    /// </summary>
    public async Task<OpgeslagenInschrijving?> InschrijvingAsync(string inschrijvingId, DateTimeOffset? bekendOp, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inschrijvingId);
        await using var connection = await OpenAsync(ct);
        var opdracht = new Opdracht(connection, null);
        var waar = "i.inschrijving_id = @id AND NOT i.verwijderd AND " + RodKolommen.Bekend(bekendOp);
        RodKolommen.Inschrijvingen(opdracht, waar).Parameter("@id", inschrijvingId);
        if (bekendOp is { } moment)
        {
            opdracht.Parameter("@bekendOp", dialect.Tijd(moment));
        }

        await using var command = opdracht.Command();
        await using var reader = await command.ExecuteReaderAsync(ct);
        return (await RodKolommen.LeesInschrijvingenAsync(reader, ct)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<InschrijvingHistorieversie>> InschrijvingHistorieAsync(string inschrijvingId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inschrijvingId);
        await using var connection = await OpenAsync(ct);
        var opdracht = new Opdracht(connection, null)
            .Statement("SELECT i.geregistreerd_van, i.geregistreerd_tot, i.bedrijfsdocument_id, i.verwijderd FROM rod_inschrijving i WHERE i.inschrijving_id = @id ORDER BY i.versie");
        RodKolommen.Inschrijvingen(opdracht, "i.inschrijving_id = @id").Parameter("@id", inschrijvingId);
        await using var command = opdracht.Command();
        await using var reader = await command.ExecuteReaderAsync(ct);
        var koppen = new List<(DateTimeOffset Van, DateTimeOffset? Tot, string? Document, bool Verwijderd)>();
        while (await reader.ReadAsync(ct))
        {
            koppen.Add((dialect.LeesTijd(reader, 0), reader.IsDBNull(1) ? null : dialect.LeesTijd(reader, 1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetBoolean(3)));
        }

        await reader.NextResultAsync(ct);
        var staten = await RodKolommen.LeesInschrijvingenAsync(reader, ct);
        return [.. koppen.Zip(staten, (k, s) => new InschrijvingHistorieversie(s.Inschrijving, k.Van, k.Tot, k.Document, k.Verwijderd))];
    }
}
