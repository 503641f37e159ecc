using System.Data.Common;

namespace Keten.Storage.Sql;

/// <summary>
/// The claim of a bedrijfsdocument id as two statements of a larger command: an insert that does nothing when the id
/// is there, then the row. Every write path that takes an id (RIO, ROD, the verzuimregister) claims it this way, in its
/// own transaction, so a concurrent claim of the same id waits for this one and then sees its row.
/// </summary>
internal static class BedrijfsdocumentclaimSql
{
    public static Opdracht Claim(Opdracht opdracht, SqlDialect dialect, BedrijfsdocumentKop kop, DateTimeOffset nu) =>
        opdracht.Statement("INSERT INTO bedrijfsdocument (id, operatie, antwoord_json, ontvangen_op, afzender_oin, digest) "
                + "VALUES (@id, @operatie, '', @nu, @oin, @digest) ON CONFLICT (id) DO NOTHING RETURNING id")
            .Statement("SELECT digest, antwoord_json FROM bedrijfsdocument WHERE id = @id")
            .Parameter("@id", kop.Id).Parameter("@operatie", kop.Operatie).Parameter("@nu", dialect.Tijd(nu))
            .Parameter("@oin", kop.AfzenderOin).Parameter("@digest", kop.Digest);

    /// <summary>Reads the two result sets of <see cref="Claim"/>; the reader is left on the second (the caller moves on).</summary>
    public static async Task<BedrijfsdocumentClaim> LeesAsync(DbDataReader reader, BedrijfsdocumentKop kop, CancellationToken ct)
    {
        var nieuw = await reader.ReadAsync(ct);
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        // Rows from before digests were recorded (schema 0001) count as the same message, as they did then.
        return nieuw ? new BedrijfsdocumentClaim(BedrijfsdocumentStatus.Nieuw)
            : reader.IsDBNull(0) || reader.GetString(0) == kop.Digest ? new BedrijfsdocumentClaim(BedrijfsdocumentStatus.Herhaling, reader.GetString(1))
            : new BedrijfsdocumentClaim(BedrijfsdocumentStatus.AnderBericht);
    }
}
