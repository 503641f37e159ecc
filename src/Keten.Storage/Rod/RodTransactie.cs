using System.Data.Common;
using System.Globalization;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;
using Keten.Domain.Rod.Ketensignalen;
using Keten.Storage.Sql;

namespace Keten.Storage.Rod;

/// <summary><see cref="IRodTransactie"/> on the connection and transaction of one <see cref="RioTransactie"/>.</summary>
internal sealed class RodTransactie(DbConnection connection, DbTransaction transaction, SqlDialect dialect, Sleutelsloten sloten, DateTimeOffset nu) : IRodTransactie
{
    private const string VanPersoon = "i.persoon_soort = @ps AND i.persoon = @p AND i.geregistreerd_tot IS NULL AND NOT i.verwijderd";

    public async Task<RodPersoonsdossier> LeesPersoonAsync(Persoonsnummer persoon, CancellationToken ct)
    {
        var opdracht = new Opdracht(connection, transaction);
        var metSlot = sloten.Gemengd(opdracht, [(Persoonslot(persoon), true)]);
        opdracht.Statement("SELECT COUNT(*) FROM rod_persoon WHERE persoon_soort = @ps AND persoon = @p");
        RodKolommen.Inschrijvingen(opdracht, VanPersoon)
            .Statement($"SELECT {RodKolommen.Ketensignaal} FROM rod_ketensignaal k WHERE k.persoon_soort = @ps AND k.persoon = @p AND k.open ORDER BY k.sleutel")
            .Parameter("@ps", RodKolommen.Soort(persoon)).Parameter("@p", persoon.Waarde);

        await using var command = opdracht.Command();
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (metSlot)
        {
            await reader.NextResultAsync(ct);
        }

        await reader.ReadAsync(ct);
        var bekend = reader.GetInt64(0) > 0;
        await reader.NextResultAsync(ct);
        var inschrijvingen = await RodKolommen.LeesInschrijvingenAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var signalen = new List<Ketensignaal>();
        while (await reader.ReadAsync(ct))
        {
            signalen.Add(RodKolommen.LeesKetensignaal(reader));
        }

        return new RodPersoonsdossier(bekend, inschrijvingen, signalen);
    }

    public async Task<IReadOnlyList<RioObject>> LeerlijnOpleidingenAsync(IReadOnlyCollection<string> aanbieders, CancellationToken ct)
    {
        if (aanbieders.Count == 0)
        {
            return [];
        }

        var namen = aanbieders.Distinct().Select((a, i) => (Aanbieder: a, Parameter: string.Create(CultureInfo.InvariantCulture, $"@a{i}"))).ToList();
        var lijst = string.Join(", ", namen.Select(n => n.Parameter));
        await using var command = connection.Sql(transaction,
            $"SELECT sleutel FROM rio_object WHERE soort = 'AangebodenOpleiding' AND doorlopende_leerlijn IS NOT NULL AND NOT verwijderd "
            + $"AND (onderwijsaanbiedercode IN ({lijst}) OR sleutel IN (SELECT van_sleutel FROM verwijzing WHERE van_soort = 'AangebodenOpleiding' "
            + $"AND naar_soort = 'Onderwijsaanbieder' AND naar_sleutel IN ({lijst})))");
        foreach (var (aanbieder, parameter) in namen)
        {
            command.With(parameter, aanbieder);
        }

        var sleutels = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                sleutels.Add(reader.GetString(0));
            }
        }

        // Read again after the shared locks: a change committed in between is seen, a later one waits for this transaction.
        return sleutels.Count == 0 ? [] : [.. (await RioObjectLezer.GetManyAsync(connection, transaction, dialect, RioObjectSoort.AangebodenOpleiding, sleutels, ct,
            c => sloten.ZetVoor(c, [.. sleutels.Select(s => Sleutelsloten.Object(RioObjectSoort.AangebodenOpleiding, s))], exclusief: false)))
            .Where(o => !o.Verwijderd)];
    }

    public async Task<bool> AanbiederGenoemdAsync(string aanbieder, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(aanbieder);
        await using var command = connection.Sql(transaction,
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM rod_periode p JOIN rod_inschrijving i ON i.versie = p.versie "
            + "WHERE (p.onderwijsaanbiedercode = @a OR p.samenwerkende_aanbieder = @a) AND i.geregistreerd_tot IS NULL AND NOT i.verwijderd) "
            + "THEN 1 ELSE 0 END")
            .With("@a", aanbieder);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 1;
    }

    public async Task<IReadOnlyDictionary<Persoonsnummer, RodPersoonsdossier>> LeesPersonenAsync(IReadOnlyCollection<Persoonsnummer> personen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(personen);
        var uniek = personen.Distinct().ToList();
        if (uniek.Count == 0)
        {
            return new Dictionary<Persoonsnummer, RodPersoonsdossier>();
        }

        if (dialect is PostgresDialect)
        {
            // This bulk transaction's reads, until BulkSchrijvenAsync sets the plans back for its writes, are planned
            // for the parameters and table sizes at hand, not by the auto-prepared statements' cached generic plans,
            // made while the register was still empty, and with index probes costed as the reads of pages in memory
            // they are (ADR 0025).
            await using var plannen = connection.Sql(transaction, "SET LOCAL plan_cache_mode = force_custom_plan; SET LOCAL random_page_cost = 1.1");
            await plannen.ExecuteNonQueryAsync(ct);
        }

        // Only a person in rod_persoon can have enrolments or chain signals (every accepted mutation registers its person),
        // so the dossiers are read for the known persons alone: in a national load nearly all are new, and probing five
        // tables for a thousand absent numbers per chunk was most of the read.
        var opdracht = new Opdracht(connection, transaction);
        var metSlot = sloten.Gemengd(opdracht, [.. uniek.Select(p => (Persoonslot(p), true))]);
        opdracht.Statement($"SELECT i.persoon_soort, i.persoon FROM rod_persoon i WHERE {VanPersonen(opdracht, uniek)}");
        var bekend = new HashSet<Persoonsnummer>();
        await using (var command = opdracht.Command())
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (metSlot)
            {
                await reader.NextResultAsync(ct);
            }

            while (await reader.ReadAsync(ct))
            {
                bekend.Add(RodKolommen.Persoon(reader.GetString(0), reader.GetString(1)));
            }
        }

        var (inschrijvingen, signalen) = await LeesDossiersAsync([.. uniek.Where(bekend.Contains)], ct);
        var signalenVan = signalen.ToLookup(s => s.Persoon);
        return uniek.ToDictionary(p => p, p => new RodPersoonsdossier(bekend.Contains(p), [.. inschrijvingen[p]], [.. signalenVan[p]]));
    }

    /// <summary>The current enrolments and open chain signals of these persons, in one round trip.</summary>
    private async Task<(ILookup<Persoonsnummer, OpgeslagenInschrijving>, List<Ketensignaal>)> LeesDossiersAsync(IReadOnlyList<Persoonsnummer> personen, CancellationToken ct)
    {
        if (personen.Count == 0)
        {
            return (Array.Empty<OpgeslagenInschrijving>().ToLookup(o => o.Inschrijving.Persoon), []);
        }

        var opdracht = new Opdracht(connection, transaction);
        var waar = VanPersonen(opdracht, personen);
        RodKolommen.Inschrijvingen(opdracht, $"({waar}) AND i.geregistreerd_tot IS NULL AND NOT i.verwijderd")
            .Statement($"SELECT {RodKolommen.Ketensignaal} FROM rod_ketensignaal k WHERE ({waar.Replace("i.", "k.", StringComparison.Ordinal)}) AND k.open ORDER BY k.sleutel");
        await using var command = opdracht.Command();
        await using var reader = await command.ExecuteReaderAsync(ct);
        var inschrijvingen = (await RodKolommen.LeesInschrijvingenAsync(reader, ct)).ToLookup(o => o.Inschrijving.Persoon);
        await reader.NextResultAsync(ct);
        var signalen = new List<Ketensignaal>();
        while (await reader.ReadAsync(ct))
        {
            signalen.Add(RodKolommen.LeesKetensignaal(reader));
        }

        return (inschrijvingen, signalen);
    }

    public async Task BulkSchrijvenAsync(RodCommit commit, IReadOnlyCollection<InschrijvingSleutel> bestaand, string? bedrijfsdocumentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(bestaand);
        var tijd = dialect.Tijd(nu);
        if (dialect is PostgresDialect)
        {
            // Back to cached plans for the writes: the foreign keys' checks are one cached query per row of the COPY, and
            // planning each afresh under force_custom_plan cost PostgreSQL more than the COPY itself (ADR 0025).
            await using var plannen = connection.Sql(transaction, "SET LOCAL plan_cache_mode = auto");
            await plannen.ExecuteNonQueryAsync(ct);
        }

        if (bestaand.Count > 0)
        {
            var sluiten = new Opdracht(connection, transaction).Parameter("@nu", tijd);
            var k = 0;
            foreach (var sleutel in bestaand.Distinct())
            {
                sluiten.Statement("UPDATE rod_inschrijving SET geregistreerd_tot = @nu WHERE brin = @brin AND persoon_soort = @ps AND persoon = @p AND volgnummer = @vn "
                        + "AND geregistreerd_tot IS NULL", k)
                    .Parameter("@brin", k, sleutel.Brin).Parameter("@ps", k, RodKolommen.Soort(sleutel.Persoon)).Parameter("@p", k, sleutel.Persoon.Waarde)
                    .Parameter("@vn", k, sleutel.Inschrijvingvolgnummer);
                k++;
            }

            await sluiten.UitvoerenAsync(ct);
        }

        var rijen = RodBulkrijen.Van(commit.Versies, await VersienummersAsync(commit.Versies.Count, ct), commit.NieuwePersonen.Distinct(), tijd, bedrijfsdocumentId);
        foreach (var (tabel, tabelrijen) in rijen.Rijen)
        {
            await RodBulkschrijver.SchrijfAsync(connection, transaction, tabel, tabelrijen, ct);
        }

        if (commit.Signalen.Count == 0)
        {
            return;
        }

        if (dialect is PostgresDialect)
        {
            var signalen = new Opdracht(connection, transaction).Parameter("@nu", tijd);
            RodSchrijven.VoegToe(signalen, commit with { Versies = [], NieuwePersonen = [] });
            await signalen.UitvoerenAsync(ct);
        }
        else
        {
            await RodSchrijven.SignalenPerRijAsync(connection, transaction, commit.Signalen, tijd, ct);
        }
    }

    /// <summary>The benchmark's storage limit (<see cref="RodOpslaglimiet"/>): the same rows by the same writer into the kaal_ copies, nothing read or checked.</summary>
    internal async Task SchrijfKaalAsync(IReadOnlyList<InschrijvingVersie> versies, long eersteVersie, IReadOnlyList<Persoonsnummer> personen, CancellationToken ct)
    {
        var rijen = RodBulkrijen.Van(versies, [.. Enumerable.Range(0, versies.Count).Select(i => eersteVersie + i)], personen, dialect.Tijd(nu), null);
        foreach (var (tabel, tabelrijen) in rijen.Rijen)
        {
            await RodBulkschrijver.SchrijfAsync(connection, transaction, tabel.Als(RodOpslaglimiet.Kopie(tabel.Naam)), tabelrijen, ct);
        }
    }

    /// <summary>Creates the kaal_ copies of the enrolment tables with the same columns, keys, indexes and foreign keys.</summary>
    internal async Task MaakKopieenAsync(CancellationToken ct)
    {
        var statements = new List<string>();
        if (dialect is PostgresDialect)
        {
            statements.AddRange(RodBulktabel.Alle.Select(t => $"CREATE TABLE IF NOT EXISTS {RodOpslaglimiet.Kopie(t.Naam)} (LIKE {t.Naam} INCLUDING ALL)"));
            statements.AddRange(new[] { "rod_periode", "rod_bpv", "rod_diploma" }.Select(t =>
                $"ALTER TABLE {RodOpslaglimiet.Kopie(t)} ADD FOREIGN KEY (versie) REFERENCES {RodOpslaglimiet.Kopie("rod_inschrijving")} (versie)"));
        }
        else
        {
            var namen = string.Join(", ", RodBulktabel.Alle.Select(t => $"'{t.Naam}'"));
            await using var schema = connection.Sql(transaction, $"SELECT sql FROM sqlite_master WHERE tbl_name IN ({namen}) AND sql IS NOT NULL ORDER BY type DESC");
            await using var reader = await schema.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                statements.Add(reader.GetString(0).Replace("rod_", "kaal_rod_", StringComparison.Ordinal));
            }
        }

        foreach (var sql in statements)
        {
            await using var command = connection.Sql(transaction, sql);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>New version numbers taken ahead, so a version's periods, BPVs and diplomas can be written beside it without reading its number back.</summary>
    private async Task<IReadOnlyList<long>> VersienummersAsync(int aantal, CancellationToken ct)
    {
        if (aantal == 0)
        {
            return [];
        }

        if (dialect is PostgresDialect)
        {
            // The sequence is looked up once, not once per number: a catalog lookup per row cost 4 ms per chunk of 1,000.
            await using var reeks = connection.Sql(transaction, "WITH r AS MATERIALIZED (SELECT pg_get_serial_sequence('rod_inschrijving', 'versie')::regclass AS reeks) "
                    + "SELECT nextval(r.reeks) FROM r CROSS JOIN generate_series(1, @n)")
                .With("@n", aantal);
            var nummers = new List<long>(aantal);
            await using var reader = await reeks.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                nummers.Add(reader.GetInt64(0));
            }

            return nummers;
        }

        // SQLite writes one transaction at a time: the numbers after the highest are free until this one commits.
        await using var hoogste = connection.Sql(transaction, "SELECT COALESCE(MAX(versie), 0) FROM rod_inschrijving");
        var na = Convert.ToInt64(await hoogste.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(1, aantal).Select(i => na + i)];
    }

    /// <summary>
    /// The persons as a condition on alias i, per kind of number (so the (persoon_soort, persoon) indexes serve), each
    /// kind's numbers one parameter (an array on PostgreSQL, a JSON array on SQLite): one text for every chunk, so it
    /// stays prepared, and no thousand parameters to bind per statement.
    /// </summary>
    private string VanPersonen(Opdracht opdracht, IReadOnlyList<Persoonsnummer> personen)
    {
        var delen = new List<string>();
        foreach (var soort in personen.GroupBy(p => RodKolommen.Soort(p)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var naam = $"@pn_{soort.Key}";
            opdracht.Parameter(naam, dialect.Waarden([.. soort.Select(p => p.Waarde)]));
            delen.Add($"(i.persoon_soort = '{soort.Key}' AND {dialect.EenVan("i.persoon", naam)})");
        }

        return string.Join(" OR ", delen);
    }

    public async Task<IReadOnlyList<GeregistreerdPersoon>> ZoekPersonenAsync(Persoonsgegevens gegevens, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gegevens);
        var opdracht = new Opdracht(connection, transaction);
        var metSlot = sloten.Gemengd(opdracht, [($"identificatie\0{gegevens.Geboortedatum}\0{gegevens.Zoeknaam}", true)]);
        opdracht.Statement($"SELECT {RodKolommen.PersoonMetGegevens} FROM rod_persoon WHERE geboortedatum = @gd AND zoeknaam = @zn ORDER BY persoon_soort, persoon")
            .Parameter("@gd", gegevens.Geboortedatum).Parameter("@zn", gegevens.Zoeknaam);
        await using var command = opdracht.Command();
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (metSlot)
        {
            await reader.NextResultAsync(ct);
        }

        var personen = new List<GeregistreerdPersoon>();
        while (await reader.ReadAsync(ct))
        {
            personen.Add(RodKolommen.LeesPersoon(reader));
        }

        return personen;
    }

    public static string Persoonslot(Persoonsnummer persoon) => $"persoon\0{RodKolommen.Soort(persoon)}\0{persoon.Waarde}";
}
