using System.Data.Common;
using System.Globalization;

namespace Keten.Storage.Sql;

/// <summary>
/// <see cref="IRioTransactie"/> on one open connection and transaction (SERIALIZABLE on PostgreSQL, a savepoint
/// inside BEGIN IMMEDIATE on SQLite). Made and ended by the store's write path, never by a handler.
/// </summary>
internal sealed class RioTransactie(DbConnection connection, DbTransaction transaction, SqlDialect dialect, DateTimeOffset nu) : IRioTransactie
{
    private string? geclaimdeId;

    public bool MoetTerugdraaien { get; private set; }

    public Task<RioObject?> GetAsync(RioObjectSoort soort, string sleutel, CancellationToken ct) =>
        RioObjectLezer.GetAsync(connection, transaction, dialect, soort, sleutel, ct);

    public async Task<IReadOnlyList<RioObject>> GetManyAsync(RioObjectSoort soort, IReadOnlyCollection<string> sleutels, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sleutels);
        return sleutels.Count == 0 ? [] : await RioObjectLezer.GetManyAsync(connection, transaction, dialect, soort, sleutels, ct);
    }

    public Task<IReadOnlyList<RioObject>> VerwijzersAsync(RioObjectSoort naarSoort, string naarSleutel, CancellationToken ct) =>
        RioObjectLezer.VerwijzersAsync(connection, transaction, dialect, naarSoort, naarSleutel, ct);

    /// <summary>
    /// Insert first, look only when that did nothing: on PostgreSQL a SELECT probe for an id that is not there takes a
    /// predicate lock on the index page where it would be, and any concurrent insert of another id on that page would
    /// then count as a serialization conflict. The inserted row has an empty answer until <see cref="VastleggenAsync"/>.
    /// </summary>
    public async Task<BedrijfsdocumentClaim> ClaimBedrijfsdocumentAsync(BedrijfsdocumentKop kop, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kop);
        await using (var insert = connection.Sql(transaction,
            "INSERT INTO bedrijfsdocument (id, operatie, antwoord_json, ontvangen_op, afzender_oin, digest) "
            + "VALUES (@id, @operatie, '', @nu, @oin, @digest) ON CONFLICT (id) DO NOTHING")
            .With("@id", kop.Id)
            .With("@operatie", kop.Operatie)
            .WithValue("@nu", dialect.Tijd(nu))
            .With("@oin", kop.AfzenderOin)
            .With("@digest", kop.Digest))
        {
            if (await insert.ExecuteNonQueryAsync(ct) == 1)
            {
                geclaimdeId = kop.Id;
                return new BedrijfsdocumentClaim(BedrijfsdocumentStatus.Nieuw);
            }
        }

        await using var select = connection.Sql(transaction, "SELECT digest, antwoord_json FROM bedrijfsdocument WHERE id = @id")
            .With("@id", kop.Id);
        await using var reader = await select.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        // Rows from before digests were recorded (schema 0001) count as the same message, as they did then.
        var zelfde = reader.IsDBNull(0) || reader.GetString(0) == kop.Digest;
        return zelfde
            ? new BedrijfsdocumentClaim(BedrijfsdocumentStatus.Herhaling, reader.GetString(1))
            : new BedrijfsdocumentClaim(BedrijfsdocumentStatus.AnderBericht);
    }

    public async Task<long> VolgendNummerAsync(string reeks, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(reeks);
        await using var command = connection.Sql(transaction,
            "INSERT INTO reeks (naam, laatste) VALUES (@naam, 1) "
            + "ON CONFLICT (naam) DO UPDATE SET laatste = reeks.laatste + 1 RETURNING laatste")
            .With("@naam", reeks);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    public async Task<bool> VastleggenAsync(Commit commit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.IdentificatiecodeBedrijfsdocument is { } id && !await RecordBedrijfsdocumentAsync(id, commit, ct))
        {
            return false;
        }

        await SqlKetenStore.ApplyAllAsync(dialect, connection, transaction, commit, nu, ct);
        return true;
    }

    public void Terugdraaien() => MoetTerugdraaien = true;

    private async Task<bool> RecordBedrijfsdocumentAsync(string id, Commit commit, CancellationToken ct)
    {
        if (id == geclaimdeId)
        {
            await using var update = connection.Sql(transaction, "UPDATE bedrijfsdocument SET antwoord_json = @antwoord WHERE id = @id")
                .With("@antwoord", commit.AntwoordJson)
                .With("@id", id);
            await update.ExecuteNonQueryAsync(ct);
            return true;
        }

        await using var command = connection.Sql(transaction,
            "INSERT INTO bedrijfsdocument (id, operatie, antwoord_json, ontvangen_op) VALUES (@id, @operatie, @antwoord, @nu) "
            + "ON CONFLICT (id) DO NOTHING")
            .With("@id", id)
            .With("@operatie", commit.Operatie)
            .With("@antwoord", commit.AntwoordJson)
            .WithValue("@nu", dialect.Tijd(nu));
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }
}
