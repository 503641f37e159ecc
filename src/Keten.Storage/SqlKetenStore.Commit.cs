using System.Data.Common;
using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>Writing one commit: current states, verwijzingen and history, all or nothing (the bedrijfsdocument row: <see cref="RioTransactie"/>).</summary>
public abstract partial class SqlKetenStore
{
    // A new object, an update, a deletion (tombstone) or a re-creation after a deletion, in one statement.
    // A tombstone keeps the last state it had; eerst_geregistreerd_op restarts when the object (re)appears.
    // The search columns (Zoekvelden) follow the latest state; a tombstone keeps those of its last state.
    private const string UpsertSql = """
        INSERT INTO rio_object (soort, sleutel, onderwijsbestuurcode, onderwijsaanbiedercode, state_json, verwijderd, geregistreerd_op, eerst_geregistreerd_op,
            geldig_van, geldig_tot, onderwijslocatiecode, eigen_sleutel, adres, doorlopende_leerlijn)
        VALUES (@soort, @sleutel, @bestuur, @aanbieder, @state, @verwijderd, @nu, @nu,
            @geldigVan, @geldigTot, @locatie, @eigenSleutel, @adres, @leerlijn)
        ON CONFLICT (soort, sleutel) DO UPDATE SET
            geldig_van = CASE WHEN excluded.verwijderd THEN rio_object.geldig_van ELSE excluded.geldig_van END,
            geldig_tot = CASE WHEN excluded.verwijderd THEN rio_object.geldig_tot ELSE excluded.geldig_tot END,
            onderwijslocatiecode = CASE WHEN excluded.verwijderd THEN rio_object.onderwijslocatiecode ELSE excluded.onderwijslocatiecode END,
            eigen_sleutel = CASE WHEN excluded.verwijderd THEN rio_object.eigen_sleutel ELSE excluded.eigen_sleutel END,
            adres = CASE WHEN excluded.verwijderd THEN rio_object.adres ELSE excluded.adres END,
            doorlopende_leerlijn = CASE WHEN excluded.verwijderd THEN rio_object.doorlopende_leerlijn ELSE excluded.doorlopende_leerlijn END,
            onderwijsbestuurcode = excluded.onderwijsbestuurcode,
            onderwijsaanbiedercode = excluded.onderwijsaanbiedercode,
            state_json = COALESCE(excluded.state_json, rio_object.state_json),
            verwijderd = excluded.verwijderd,
            geregistreerd_op = excluded.geregistreerd_op,
            eerst_geregistreerd_op = CASE WHEN rio_object.verwijderd AND NOT excluded.verwijderd
                THEN excluded.geregistreerd_op ELSE rio_object.eerst_geregistreerd_op END
        """;

    private const string HistorieSql = """
        INSERT INTO rio_object_historie (soort, sleutel, onderwijsbestuurcode, onderwijsaanbiedercode, state_json, nieuw, geregistreerd_op, bedrijfsdocument_id)
        VALUES (@soort, @sleutel, @bestuur, @aanbieder, @state, @nieuw, @nu, @document)
        """;

    /// <summary>
    /// One write transaction (see <see cref="SchrijfAsync{T}"/>). The bedrijfsdocument row goes first: when its id is
    /// already there (a repeat, possibly concurrent) nothing is written and the result is false. Any failure rolls
    /// everything back. All changes of one commit get the same registration time.
    /// </summary>
    public Task<bool> CommitAsync(Commit commit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return SchrijfAsync(async (transactie, token) =>
        {
            var vastgelegd = await transactie.VastleggenAsync(commit, token);
            if (!vastgelegd)
            {
                transactie.Terugdraaien();
            }

            return vastgelegd;
        }, ct);
    }

    /// <summary>The states, verwijzingen and history rows of one commit, within the caller's transaction.</summary>
    internal static async Task ApplyAllAsync(
        SqlDialect dialect, DbConnection connection, DbTransaction transaction, Commit commit, DateTimeOffset nu, CancellationToken ct)
    {
        foreach (var wijziging in commit.Wijzigingen)
        {
            await ApplyAsync(dialect, connection, transaction, wijziging, commit.IdentificatiecodeBedrijfsdocument, nu, ct);
        }
    }

    private static async Task ApplyAsync(
        SqlDialect dialect, DbConnection connection, DbTransaction transaction, Wijziging wijziging, string? documentId, DateTimeOffset nu, CancellationToken ct)
    {
        var soort = wijziging.Soort.ToString();
        var verwijderd = wijziging.StateJson is null;
        var bestondAl = await IsLiveAsync(connection, transaction, soort, wijziging.Sleutel, ct);

        await using (var upsert = connection.Sql(transaction, UpsertSql))
        {
            upsert.With("@soort", soort)
                .With("@sleutel", wijziging.Sleutel)
                .With("@bestuur", wijziging.Onderwijsbestuurcode)
                .With("@aanbieder", wijziging.Onderwijsaanbiedercode)
                .With("@state", wijziging.StateJson)
                .With("@verwijderd", verwijderd)
                .WithValue("@nu", dialect.Tijd(nu));
            BindZoekvelden(upsert, wijziging.Zoekvelden ?? Geen);
            await upsert.ExecuteNonQueryAsync(ct);
        }

        await ReplaceVerwijzingenAsync(connection, transaction, wijziging, verwijderd, bestondAl, ct);

        await using var historie = connection.Sql(transaction, HistorieSql)
            .With("@soort", soort)
            .With("@sleutel", wijziging.Sleutel)
            .With("@bestuur", wijziging.Onderwijsbestuurcode)
            .With("@aanbieder", wijziging.Onderwijsaanbiedercode)
            .With("@state", wijziging.StateJson)
            .With("@nieuw", !bestondAl && !verwijderd)
            .WithValue("@nu", dialect.Tijd(nu))
            .With("@document", documentId);
        await historie.ExecuteNonQueryAsync(ct);
    }

    private static readonly Zoekvelden Geen = new();

    private static void BindZoekvelden(DbCommand command, Zoekvelden velden) =>
        command.With("@geldigVan", velden.GeldigVan)
            .With("@geldigTot", velden.GeldigTot)
            .With("@locatie", velden.Onderwijslocatiecode)
            .With("@eigenSleutel", velden.EigenSleutel)
            .With("@adres", velden.Adres)
            .With("@leerlijn", velden.DoorlopendeLeerlijn);

    private static async Task<bool> IsLiveAsync(DbConnection connection, DbTransaction transaction, string soort, string sleutel, CancellationToken ct)
    {
        await using var command = connection.Sql(transaction, "SELECT verwijderd FROM rio_object WHERE soort = @soort AND sleutel = @sleutel")
            .With("@soort", soort)
            .With("@sleutel", sleutel);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) && !reader.GetBoolean(0);
    }

    /// <summary>
    /// An object that was not live has no verwijzing rows (a deletion clears them), so its DELETE is skipped.
    /// </summary>
    private static async Task ReplaceVerwijzingenAsync(
        DbConnection connection, DbTransaction transaction, Wijziging wijziging, bool verwijderd, bool bestondAl, CancellationToken ct)
    {
        var soort = wijziging.Soort.ToString();
        if (bestondAl)
        {
            await using var delete = connection.Sql(transaction, "DELETE FROM verwijzing WHERE van_soort = @soort AND van_sleutel = @sleutel");
            delete.With("@soort", soort).With("@sleutel", wijziging.Sleutel);
            await delete.ExecuteNonQueryAsync(ct);
        }

        if (verwijderd)
        {
            return;
        }

        foreach (var verwijzing in wijziging.Verwijzingen.Distinct())
        {
            await using var insert = connection.Sql(transaction,
                "INSERT INTO verwijzing (van_soort, van_sleutel, naar_soort, naar_sleutel) VALUES (@soort, @sleutel, @naarSoort, @naarSleutel)")
                .With("@soort", soort)
                .With("@sleutel", wijziging.Sleutel)
                .With("@naarSoort", verwijzing.NaarSoort.ToString())
                .With("@naarSleutel", verwijzing.NaarSleutel);
            await insert.ExecuteNonQueryAsync(ct);
        }
    }
}
