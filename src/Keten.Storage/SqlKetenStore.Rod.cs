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
}
