using System.Data.Common;
using Keten.Storage.Audit;
using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>Writing one commit: current states, verwijzingen, history and audit rows, all or nothing (the bedrijfsdocument row: <see cref="RioTransactie"/>).</summary>
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

    // "nieuw": the object was not live just before this state; read before the upsert of the same commit step.
    private const string HistorieSql = """
        INSERT INTO rio_object_historie (soort, sleutel, onderwijsbestuurcode, onderwijsaanbiedercode, state_json, nieuw, geregistreerd_op, bedrijfsdocument_id)
        SELECT @soort, @sleutel, @bestuur, @aanbieder, @state,
            @levend AND NOT EXISTS (SELECT 1 FROM rio_object WHERE soort = @soort AND sleutel = @sleutel AND NOT verwijderd), @nu, @document
        """;

    private const string VerwijzingenWegSql = "DELETE FROM verwijzing WHERE van_soort = @soort AND van_sleutel = @sleutel";

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

    /// <summary>
    /// Adds the history rows, states and verwijzingen of one commit to <paramref name="opdracht"/>: statements that the
    /// caller sends in one round trip (per change: history row, upsert, old verwijzingen out, new ones in).
    /// </summary>
    internal static void VoegWijzigingenToe(SqlDialect dialect, Opdracht opdracht, Commit commit, DateTimeOffset nu)
    {
        opdracht.Parameter("@nu", dialect.Tijd(nu)).Parameter("@document", commit.IdentificatiecodeBedrijfsdocument);
        for (var i = 0; i < commit.Wijzigingen.Count; i++)
        {
            VoegToe(opdracht, commit.Wijzigingen[i], i);
        }

        if (commit.Rod is { } rod)
        {
            Rod.RodSchrijven.VoegToe(opdracht, rod);
        }

        AuditSchrijven.VoegToe(opdracht, commit.Door ?? Auditbron.Onbekend, AuditSchrijven.Van(commit));
    }

    private static void VoegToe(Opdracht opdracht, Wijziging wijziging, int i)
    {
        var levend = wijziging.StateJson is not null;
        var velden = wijziging.Zoekvelden ?? Geen;
        opdracht.Statement(HistorieSql, i).Statement(UpsertSql, i).Statement(VerwijzingenWegSql, i)
            .Parameter("@soort", i, wijziging.Soort.ToString())
            .Parameter("@sleutel", i, wijziging.Sleutel)
            .Parameter("@bestuur", i, wijziging.Onderwijsbestuurcode)
            .Parameter("@aanbieder", i, wijziging.Onderwijsaanbiedercode)
            .Parameter("@state", i, wijziging.StateJson)
            .Parameter("@levend", i, levend)
            .Parameter("@verwijderd", i, !levend)
            .Parameter("@geldigVan", i, velden.GeldigVan)
            .Parameter("@geldigTot", i, velden.GeldigTot)
            .Parameter("@locatie", i, velden.Onderwijslocatiecode)
            .Parameter("@eigenSleutel", i, velden.EigenSleutel)
            .Parameter("@adres", i, velden.Adres)
            .Parameter("@leerlijn", i, velden.DoorlopendeLeerlijn);
        if (!levend)
        {
            return;
        }

        var verwijzingen = ImplicieteVerwijzingen.TeBewaren(wijziging);
        for (var j = 0; j < verwijzingen.Count; j++)
        {
            var n = $"{i}_{j}";
            opdracht.Statement($"INSERT INTO verwijzing (van_soort, van_sleutel, naar_soort, naar_sleutel) VALUES (@soort_{i}, @sleutel_{i}, @naarSoort_{n}, @naarSleutel_{n})")
                .Parameter($"@naarSoort_{n}", verwijzingen[j].NaarSoort.ToString())
                .Parameter($"@naarSleutel_{n}", verwijzingen[j].NaarSleutel);
        }
    }

    private static readonly Zoekvelden Geen = new();
}
