using System.Data.Common;
using System.Globalization;
using Keten.Domain.Rod;
using Keten.Storage.Audit;
using Keten.Storage.Rod;
using Keten.Storage.Sql;
using Keten.Storage.Verzuim;

namespace Keten.Storage;

/// <summary>The verzuimregister (migration 0015): its writes, each one transaction with its history and audit rows, and its two feeds.</summary>
public abstract partial class SqlKetenStore : IVerzuimStore
{
    private const string VerzuimKolommen = "m.melding_id, m.persoon_soort, m.persoon, m.soort, m.brin, m.onderwijsbestuurcode, m.gemeentecode, m.status, m.staat";

    public IVerzuimStore Verzuim => this;

    public async Task<T> PersoonSchrijvenAsync<T>(Persoonsnummer persoon, Func<Verzuimdossier, Verzuimbesluit<T>> besluit, Verzuimdocument<T>? document, Auditbron door,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(besluit);
        await using var connection = await OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        if (dialect is PostgresDialect)
        {
            // The lock ROD's mutations of this person take (RodTransactie.LeesPersoonAsync): the enrolments stay as read.
            await using var slot = connection.Sql(transaction, "SELECT pg_advisory_xact_lock(@k)")
                .With("@k", Sleutelsloten.Sleutel(RodTransactie.Persoonslot(persoon)));
            await slot.ExecuteNonQueryAsync(ct);
        }

        var nu = Nu();
        var opdracht = new Opdracht(connection, transaction);
        if (document is not null)
        {
            BedrijfsdocumentclaimSql.Claim(opdracht, dialect, document.Kop, nu);
        }

        RodKolommen.Inschrijvingen(opdracht, "i.persoon_soort = @ps AND i.persoon = @p AND i.geregistreerd_tot IS NULL AND NOT i.verwijderd")
            .Statement("SELECT geboortedatum FROM rod_persoon WHERE persoon_soort = @ps AND persoon = @p")
            .Statement($"SELECT {VerzuimKolommen} FROM verzuim_melding m WHERE m.persoon_soort = @ps AND m.persoon = @p ORDER BY m.melding_id")
            .Parameter("@ps", RodKolommen.Soort(persoon)).Parameter("@p", persoon.Waarde);
        Verzuimdossier dossier;
        await using (var command = opdracht.Command())
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (document is not null)
            {
                var claim = await BedrijfsdocumentclaimSql.LeesAsync(reader, document.Kop, ct);
                if (claim.Status != BedrijfsdocumentStatus.Nieuw)
                {
                    await reader.DisposeAsync();
                    await transaction.RollbackAsync(ct);
                    return document.Eerder(claim);
                }

                await reader.NextResultAsync(ct);
            }

            var inschrijvingen = await RodKolommen.LeesInschrijvingenAsync(reader, ct);
            await reader.NextResultAsync(ct);
            var geboortedatum = await reader.ReadAsync(ct) && !reader.IsDBNull(0) ? reader.GetString(0) : null;
            await reader.NextResultAsync(ct);
            var meldingen = new List<VerzuimmeldingRij>();
            while (await reader.ReadAsync(ct))
            {
                meldingen.Add(LeesVerzuimmelding(reader));
            }

            dossier = new Verzuimdossier(inschrijvingen, geboortedatum, meldingen);
        }

        return await VastleggenAsync(connection, transaction, besluit(dossier), document, nu, door, ct);
    }

    public async Task<T> MeldingSchrijvenAsync<T>(string meldingId, Func<VerzuimmeldingRij?, Verzuimbesluit<T>> besluit, Verzuimdocument<T>? document, Auditbron door,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(besluit);
        await using var connection = await OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        if (document is not null)
        {
            await using var command = BedrijfsdocumentclaimSql.Claim(new Opdracht(connection, transaction), dialect, document.Kop, Nu()).Command();
            await using var reader = await command.ExecuteReaderAsync(ct);
            var claim = await BedrijfsdocumentclaimSql.LeesAsync(reader, document.Kop, ct);
            if (claim.Status != BedrijfsdocumentStatus.Nieuw)
            {
                await reader.DisposeAsync();
                await transaction.RollbackAsync(ct);
                return document.Eerder(claim);
            }
        }

        VerzuimmeldingRij? huidig;
        await using (var command = connection.Sql(transaction, $"SELECT {VerzuimKolommen} FROM verzuim_melding m WHERE m.melding_id = @id{dialect.VoorBijwerken}")
            .With("@id", meldingId))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            huidig = await reader.ReadAsync(ct) ? LeesVerzuimmelding(reader) : null;
        }

        // Taken after the row lock, so a later change of this report never gets an earlier moment than the one it waited for.
        return await VastleggenAsync(connection, transaction, besluit(huidig), document, Nu(), door, ct);
    }

    public async Task<VerzuimmeldingRij?> MeldingAsync(string meldingId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Sql(null, $"SELECT {VerzuimKolommen} FROM verzuim_melding m WHERE m.melding_id = @id").With("@id", meldingId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? LeesVerzuimmelding(reader) : null;
    }

    public async Task<Pagina<VerzuimmeldingMutatie>> MutatiesAsync(Verzuimfeed feed, DateTimeOffset na, int pagina, int paginagrootte, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentOutOfRangeException.ThrowIfNegative(pagina);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(paginagrootte);
        var brins = feed.Brins.Select((b, i) => (Brin: b, Parameter: string.Create(CultureInfo.InvariantCulture, $"@b{i}"))).ToList();
        var wie = feed.Gemeentecode is not null ? "h.gemeentecode = @gemeente"
            : brins.Count > 0 ? $"h.brin IN ({string.Join(", ", brins.Select(b => b.Parameter))})"
            : "1 = 0";
        var where = $"h.geregistreerd_op > @na AND {wie}{dialect.Zichtbaar("h")}";
        return await SnapshotPaginaAsync(
            EersteWijziging.Telling("verzuim_melding_historie", where),
            EersteWijziging.Cte(dialect, "verzuim_melding_historie", where)
            + $"SELECT {VerzuimKolommen}, m.gewijzigd_op FROM eerste e JOIN verzuim_melding m ON m.melding_id = e.sleutel {EersteWijziging.Pagina}",
            command =>
            {
                command.WithValue("@na", dialect.Tijd(na));
                if (feed.Gemeentecode is { } gemeente)
                {
                    command.With("@gemeente", gemeente);
                }

                foreach (var (brin, parameter) in brins)
                {
                    command.With(parameter, brin);
                }
            },
            pagina, paginagrootte,
            (reader, d) => new VerzuimmeldingMutatie(LeesVerzuimmelding(reader), d.LeesTijd(reader, 9)), ct);
    }

    private async Task<T> VastleggenAsync<T>(DbConnection connection, DbTransaction transaction, Verzuimbesluit<T> besluit, Verzuimdocument<T>? document,
        DateTimeOffset nu, Auditbron door, CancellationToken ct)
    {
        if (document is not null)
        {
            await using var antwoord = connection.Sql(transaction, "UPDATE bedrijfsdocument SET antwoord_json = @antwoord WHERE id = @id")
                .With("@antwoord", document.NaarJson(besluit.Antwoord)).With("@id", document.Kop.Id);
            await antwoord.ExecuteNonQueryAsync(ct);
        }

        if (besluit.Nieuw is not { } rij)
        {
            // A refusal changes nothing; with a document only its answer is kept, so a repeat gets the same refusal.
            await (document is null ? transaction.RollbackAsync(ct) : transaction.CommitAsync(ct));
            return besluit.Antwoord;
        }

        await using (var upsert = connection.Sql(transaction,
            "INSERT INTO verzuim_melding (melding_id, persoon_soort, persoon, soort, brin, onderwijsbestuurcode, gemeentecode, status, staat, gewijzigd_op) "
            + "VALUES (@id, @ps, @p, @soort, @brin, @bestuur, @gemeente, @status, @staat, @nu) "
            + "ON CONFLICT (melding_id) DO UPDATE SET status = excluded.status, staat = excluded.staat, gewijzigd_op = excluded.gewijzigd_op; "
            + "INSERT INTO verzuim_melding_historie (sleutel, gemeentecode, brin, status, geregistreerd_op) VALUES (@id, @gemeente, @brin, @status, @nu)")
            .With("@id", rij.MeldingId).With("@ps", RodKolommen.Soort(rij.Persoon)).With("@p", rij.Persoon.Waarde).With("@soort", rij.Soort)
            .With("@brin", rij.Brin).With("@bestuur", rij.Onderwijsbestuurcode).With("@gemeente", rij.Gemeentecode).With("@status", rij.Status)
            .With("@staat", rij.StaatJson).WithValue("@nu", dialect.Tijd(nu)))
        {
            await upsert.ExecuteNonQueryAsync(ct);
        }

        await AuditSchrijven.SchrijfAsync(connection, transaction, dialect, nu, door,
            [new Auditregel(rij.Onderwijsbestuurcode, besluit.Operatie, Auditobjecten.Verzuimmelding, rij.MeldingId, rij.Brin, $"status {rij.Status}")], ct);
        await transaction.CommitAsync(ct);
        return besluit.Antwoord;
    }

    private static VerzuimmeldingRij LeesVerzuimmelding(DbDataReader reader) => new(
        reader.GetString(0), RodKolommen.Persoon(reader.GetString(1), reader.GetString(2)), reader.GetString(3), reader.GetString(4),
        reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8));
}
