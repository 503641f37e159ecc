using System.Data.Common;
using Keten.Domain.Toegang;
using Keten.Storage.Audit;
using Keten.Storage.Sql;

namespace Keten.Storage.Toegang;

/// <summary>
/// <see cref="IMedewerkerStore"/> on both databases. Writes are few and small, so each runs in its own write transaction
/// beside the RIO/ROD write path, as reference data does. Times come from the store's clock.
/// </summary>
internal sealed class SqlMedewerkerStore(SqlDialect dialect, Func<DateTimeOffset> nu) : IMedewerkerStore
{
    private const string AlleAanbieders = "";

    private const string MedewerkerSelect =
        "SELECT m.id, m.onderwijsbestuurcode, m.naam, t.gebruikersnaam, t.ingetrokken_op, "
        + "EXISTS (SELECT 1 FROM medewerker_identiteit i WHERE i.medewerker_id = m.id) "
        + "FROM medewerker m LEFT JOIN legacy_token t ON t.medewerker_id = m.id ";

    public Task<Medewerker?> MedewerkerAsync(string id, CancellationToken ct) =>
        EenAsync("WHERE m.id = @w", id, ct);

    public Task<Medewerker?> MedewerkerMetIdentiteitAsync(string identiteit, CancellationToken ct) =>
        EenAsync("WHERE m.id = (SELECT i.medewerker_id FROM medewerker_identiteit i WHERE i.identiteit = @w)", identiteit, ct);

    public async Task<IReadOnlyList<Medewerker>> MedewerkersVanBestuurAsync(string onderwijsbestuurcode, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        return await LeesAsync(connection, "WHERE m.onderwijsbestuurcode = @w", onderwijsbestuurcode, ct);
    }

    public async Task<int> ZaaiAsync(IReadOnlyList<Zaaimedewerker> medewerkers, Auditbron door, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(medewerkers);
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        var nieuw = new List<Auditregel>();
        foreach (var m in medewerkers)
        {
            var id = Guid.NewGuid().ToString("D");
            await using var insert = connection.Sql(transaction,
                "INSERT INTO medewerker (id, onderwijsbestuurcode, naam, referentiesleutel, aangemaakt_op) "
                + "VALUES (@id, @bestuur, @naam, @sleutel, @nu) ON CONFLICT (referentiesleutel) DO NOTHING")
                .With("@id", id).With("@bestuur", m.Onderwijsbestuurcode).With("@naam", m.Naam).With("@sleutel", m.Referentiesleutel)
                .WithValue("@nu", dialect.Tijd(nu()));
            if (await insert.ExecuteNonQueryAsync(ct) == 1)
            {
                nieuw.Add(new Auditregel(m.Onderwijsbestuurcode, "medewerker toevoegen", Auditobjecten.Medewerker, id, Detail: Autorisatie.Tekst(m.Autorisaties)));
                await VoegAutorisatiesToeAsync(connection, transaction, id, m.Autorisaties, ct);
            }

            // Also for a medewerker seeded before without its token (no key was configured then), unless it has moved.
            if (m.Token is var (gebruikersnaam, geheim))
            {
                await using var token = connection.Sql(transaction,
                    "INSERT INTO legacy_token (gebruikersnaam, medewerker_id, geheim) SELECT @g, m.id, @geheim FROM medewerker m "
                    + "WHERE m.referentiesleutel = @sleutel AND NOT EXISTS (SELECT 1 FROM medewerker_identiteit i WHERE i.medewerker_id = m.id) "
                    + "ON CONFLICT DO NOTHING")
                    .With("@g", gebruikersnaam).With("@sleutel", m.Referentiesleutel).With("@geheim", geheim);
                await token.ExecuteNonQueryAsync(ct);
            }
        }

        await AuditSchrijven.SchrijfAsync(connection, transaction, dialect, nu(), door, nieuw, ct);
        await transaction.CommitAsync(ct);
        return nieuw.Count;
    }

    public async Task<string> BeheerderMetKoppelcodeAsync(string onderwijsbestuurcode, string naam, IReadOnlyList<Autorisatie> autorisaties,
        string koppelcodeHash, DateTimeOffset geldigTot, Auditbron door, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        string? id;
        await using (var bestaand = connection.Sql(transaction,
            "SELECT id FROM medewerker WHERE onderwijsbestuurcode = @bestuur AND naam = @naam ORDER BY id")
            .With("@bestuur", onderwijsbestuurcode).With("@naam", naam))
        {
            id = await bestaand.ExecuteScalarAsync(ct) as string;
        }

        if (id is null)
        {
            id = Guid.NewGuid().ToString("D");
            await using var insert = connection.Sql(transaction,
                "INSERT INTO medewerker (id, onderwijsbestuurcode, naam, aangemaakt_op) VALUES (@id, @bestuur, @naam, @nu)")
                .With("@id", id).With("@bestuur", onderwijsbestuurcode).With("@naam", naam).WithValue("@nu", dialect.Tijd(nu()));
            await insert.ExecuteNonQueryAsync(ct);
        }

        await VoegAutorisatiesToeAsync(connection, transaction, id, autorisaties, ct);
        await using (var code = connection.Sql(transaction,
            "INSERT INTO koppelcode (code_hash, medewerker_id, geldig_tot) VALUES (@hash, @id, @tot)")
            .With("@hash", koppelcodeHash).With("@id", id).WithValue("@tot", dialect.Tijd(geldigTot)))
        {
            await code.ExecuteNonQueryAsync(ct);
        }

        await AuditSchrijven.SchrijfAsync(connection, transaction, dialect, nu(), door,
            [new Auditregel(onderwijsbestuurcode, "koppelcode uitgeven", Auditobjecten.Medewerker, id, Detail: Autorisatie.Tekst(autorisaties))], ct);
        await transaction.CommitAsync(ct);
        return id;
    }

    public async Task<AutorisatieWijziging> WijzigAutorisatiesAsync(string onderwijsbestuurcode, string medewerkerId,
        IReadOnlyList<Autorisatie> toekennen, IReadOnlyList<Autorisatie> intrekken, Auditbron door, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(intrekken);
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        // Locking the board's staff serialises changes per board, so two beheerders cannot each revoke the other's
        // last beheer authorisation at the same moment.
        var ids = new List<string>();
        await using (var slot = connection.Sql(transaction, "SELECT id FROM medewerker WHERE onderwijsbestuurcode = @b ORDER BY id" + dialect.VoorBijwerken)
            .With("@b", onderwijsbestuurcode))
        await using (var reader = await slot.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetString(0));
            }
        }

        if (!ids.Contains(medewerkerId))
        {
            return AutorisatieWijziging.OnbekendeMedewerker;
        }

        await VoegAutorisatiesToeAsync(connection, transaction, medewerkerId, toekennen, ct);
        foreach (var a in intrekken)
        {
            await using var delete = connection.Sql(transaction,
                "DELETE FROM medewerker_autorisatie WHERE medewerker_id = @id AND functie = @f AND onderwijsaanbiedercode = @a")
                .With("@id", medewerkerId).With("@f", a.Functie.ToString()).With("@a", a.Onderwijsaanbiedercode ?? AlleAanbieders);
            await delete.ExecuteNonQueryAsync(ct);
        }

        if (intrekken.Any(a => a.Functie == Functie.Beheer))
        {
            await using var tel = connection.Sql(transaction,
                "SELECT COUNT(*) FROM medewerker_autorisatie a JOIN medewerker m ON m.id = a.medewerker_id "
                + "WHERE m.onderwijsbestuurcode = @b AND a.functie = @f AND a.onderwijsaanbiedercode = @alle")
                .With("@b", onderwijsbestuurcode).With("@f", nameof(Functie.Beheer)).With("@alle", AlleAanbieders);
            if (Convert.ToInt64(await tel.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                await transaction.RollbackAsync(ct);
                return AutorisatieWijziging.LaatsteBeheer;
            }
        }

        await AuditSchrijven.SchrijfAsync(connection, transaction, dialect, nu(), door,
        [
            .. toekennen.Select(a => new Auditregel(onderwijsbestuurcode, "autorisatie toekennen", Auditobjecten.Medewerker, medewerkerId, Detail: Autorisatie.Tekst([a]))),
            .. intrekken.Select(a => new Auditregel(onderwijsbestuurcode, "autorisatie intrekken", Auditobjecten.Medewerker, medewerkerId, Detail: Autorisatie.Tekst([a]))),
        ], ct);
        await transaction.CommitAsync(ct);
        return AutorisatieWijziging.Gedaan;
    }

    public async Task<OpgeslagenToken?> TokenAsync(string gebruikersnaam, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Sql(null,
            "SELECT gebruikersnaam, medewerker_id, geheim, laatste_tijdstap, ingetrokken_op FROM legacy_token WHERE gebruikersnaam = @g")
            .With("@g", gebruikersnaam);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new OpgeslagenToken(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3), !reader.IsDBNull(4))
            : null;
    }

    public async Task<bool> TokenstapGebruikAsync(string gebruikersnaam, long tijdstap, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        var gelukt = await GebruikStapAsync(connection, transaction, gebruikersnaam, tijdstap, ct);
        await transaction.CommitAsync(ct);
        return gelukt;
    }

    public async Task<Koppeling> VerhuisAsync(string gebruikersnaam, long tijdstap, string identiteit, Auditbron door, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        if (!await GebruikStapAsync(connection, transaction, gebruikersnaam, tijdstap, ct))
        {
            return Koppeling.TokenstapGebruikt;
        }

        await using (var koppel = connection.Sql(transaction,
            "INSERT INTO medewerker_identiteit (identiteit, medewerker_id, gekoppeld_op) "
            + "SELECT @i, medewerker_id, @nu FROM legacy_token WHERE gebruikersnaam = @g ON CONFLICT (identiteit) DO NOTHING")
            .With("@i", identiteit).With("@g", gebruikersnaam).WithValue("@nu", dialect.Tijd(nu())))
        {
            if (await koppel.ExecuteNonQueryAsync(ct) == 0)
            {
                await transaction.RollbackAsync(ct);
                return Koppeling.IdentiteitAlGekoppeld;
            }
        }

        await using (var intrekken = connection.Sql(transaction, "UPDATE legacy_token SET ingetrokken_op = @nu WHERE gebruikersnaam = @g")
            .With("@g", gebruikersnaam).WithValue("@nu", dialect.Tijd(nu())))
        {
            await intrekken.ExecuteNonQueryAsync(ct);
        }

        await SchrijfAuditAsync(connection, transaction, door, "token verhuizen",
            "SELECT m.id, m.onderwijsbestuurcode FROM legacy_token t JOIN medewerker m ON m.id = t.medewerker_id WHERE t.gebruikersnaam = @w", gebruikersnaam, ct);
        await transaction.CommitAsync(ct);
        return Koppeling.Gedaan;
    }

    public async Task<string?> KoppelcodeMedewerkerAsync(string koppelcodeHash, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Sql(null,
            "SELECT medewerker_id FROM koppelcode WHERE code_hash = @h AND gebruikt_op IS NULL AND geldig_tot > @nu")
            .With("@h", koppelcodeHash).WithValue("@nu", dialect.Tijd(nu()));
        return await command.ExecuteScalarAsync(ct) as string;
    }

    public async Task<(Koppeling Uitkomst, string? MedewerkerId)> KoppelMetCodeAsync(string koppelcodeHash, string identiteit, Auditbron door, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        string? medewerkerId;
        await using (var gebruik = connection.Sql(transaction,
            "UPDATE koppelcode SET gebruikt_op = @nu WHERE code_hash = @h AND gebruikt_op IS NULL AND geldig_tot > @nu RETURNING medewerker_id")
            .With("@h", koppelcodeHash).WithValue("@nu", dialect.Tijd(nu())))
        {
            medewerkerId = await gebruik.ExecuteScalarAsync(ct) as string;
        }

        if (medewerkerId is null)
        {
            return (Koppeling.CodeOngeldig, null);
        }

        await using (var koppel = connection.Sql(transaction,
            "INSERT INTO medewerker_identiteit (identiteit, medewerker_id, gekoppeld_op) VALUES (@i, @id, @nu) ON CONFLICT (identiteit) DO NOTHING")
            .With("@i", identiteit).With("@id", medewerkerId).WithValue("@nu", dialect.Tijd(nu())))
        {
            if (await koppel.ExecuteNonQueryAsync(ct) == 0)
            {
                await transaction.RollbackAsync(ct);
                return (Koppeling.IdentiteitAlGekoppeld, null);
            }
        }

        // Rule 34: once an eHerkenning identity is linked, a token the medewerker still had lapses.
        await using (var intrekken = connection.Sql(transaction,
            "UPDATE legacy_token SET ingetrokken_op = @nu WHERE medewerker_id = @id AND ingetrokken_op IS NULL")
            .With("@id", medewerkerId).WithValue("@nu", dialect.Tijd(nu())))
        {
            await intrekken.ExecuteNonQueryAsync(ct);
        }

        await SchrijfAuditAsync(connection, transaction, door, "koppelcode gebruiken", "SELECT id, onderwijsbestuurcode FROM medewerker WHERE id = @w", medewerkerId, ct);
        await transaction.CommitAsync(ct);
        return (Koppeling.Gedaan, medewerkerId);
    }

    /// <summary>One audit row about the medewerker the query (id, onderwijsbestuurcode; parameter @w) finds.</summary>
    private async Task SchrijfAuditAsync(DbConnection connection, DbTransaction transaction, Auditbron door, string operatie, string medewerkerSql, string waarde,
        CancellationToken ct)
    {
        string id, bestuur;
        await using (var lees = connection.Sql(transaction, medewerkerSql).With("@w", waarde))
        await using (var reader = await lees.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            (id, bestuur) = (reader.GetString(0), reader.GetString(1));
        }

        await AuditSchrijven.SchrijfAsync(connection, transaction, dialect, nu(), door, [new Auditregel(bestuur, operatie, Auditobjecten.Medewerker, id)], ct);
    }

    private static async Task<bool> GebruikStapAsync(DbConnection connection, DbTransaction transaction, string gebruikersnaam, long tijdstap, CancellationToken ct)
    {
        await using var update = connection.Sql(transaction,
            "UPDATE legacy_token SET laatste_tijdstap = @s WHERE gebruikersnaam = @g AND ingetrokken_op IS NULL "
            + "AND (laatste_tijdstap IS NULL OR laatste_tijdstap < @s)")
            .With("@g", gebruikersnaam).With("@s", tijdstap);
        return await update.ExecuteNonQueryAsync(ct) == 1;
    }

    private static async Task VoegAutorisatiesToeAsync(DbConnection connection, DbTransaction transaction, string medewerkerId,
        IReadOnlyList<Autorisatie> autorisaties, CancellationToken ct)
    {
        foreach (var a in autorisaties)
        {
            await using var insert = connection.Sql(transaction,
                "INSERT INTO medewerker_autorisatie (medewerker_id, functie, onderwijsaanbiedercode) VALUES (@id, @f, @a) "
                + "ON CONFLICT (medewerker_id, functie, onderwijsaanbiedercode) DO NOTHING")
                .With("@id", medewerkerId).With("@f", a.Functie.ToString()).With("@a", a.Onderwijsaanbiedercode ?? AlleAanbieders);
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    private async Task<Medewerker?> EenAsync(string waar, string waarde, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        return (await LeesAsync(connection, waar, waarde, ct)).SingleOrDefault();
    }

    private async Task<IReadOnlyList<Medewerker>> LeesAsync(DbConnection connection, string waar, string waarde, CancellationToken ct)
    {
        var rijen = new List<(string Id, string Bestuur, string Naam, bool Token, DateTimeOffset? Ingetrokken, bool Identiteit)>();
        await using (var command = connection.Sql(null, MedewerkerSelect + waar + " ORDER BY m.naam, m.id").With("@w", waarde))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                rijen.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), !reader.IsDBNull(3),
                    reader.IsDBNull(4) ? null : dialect.LeesTijd(reader, 4), reader.GetBoolean(5)));
            }
        }

        var autorisaties = new Dictionary<string, List<Autorisatie>>(StringComparer.Ordinal);
        await using (var command = connection.Sql(null,
            "SELECT a.medewerker_id, a.functie, a.onderwijsaanbiedercode FROM medewerker_autorisatie a JOIN medewerker m ON m.id = a.medewerker_id "
            + waar).With("@w", waarde))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var aanbieder = reader.GetString(2);
                var lijst = autorisaties.TryGetValue(reader.GetString(0), out var l) ? l : autorisaties[reader.GetString(0)] = [];
                lijst.Add(new Autorisatie(Enum.Parse<Functie>(reader.GetString(1)), aanbieder == AlleAanbieders ? null : aanbieder));
            }
        }

        return [.. rijen.Select(r => new Medewerker(r.Id, r.Bestuur, r.Naam,
            [.. (autorisaties.GetValueOrDefault(r.Id) ?? []).OrderBy(a => a.Functie).ThenBy(a => a.Onderwijsaanbiedercode, StringComparer.Ordinal)],
            Inlogmiddel(r.Token, r.Ingetrokken, r.Identiteit), r.Ingetrokken))];
    }

    private static Inlogmiddel Inlogmiddel(bool token, DateTimeOffset? ingetrokken, bool identiteit) => (token, ingetrokken, identiteit) switch
    {
        (true, null, _) => Domain.Toegang.Inlogmiddel.Token,
        (true, _, true) => Domain.Toegang.Inlogmiddel.Verhuisd,
        (false, _, true) => Domain.Toegang.Inlogmiddel.EHerkenning,
        _ => Domain.Toegang.Inlogmiddel.Geen,
    };
}
