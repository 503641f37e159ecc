using System.Globalization;
using System.IO.Compression;
using System.Text;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;
using Keten.Server.Tests.Infrastructure;

namespace Keten.Server.Tests.Rod;

/// <summary>
/// The bulk ingest on a real database: one transaction for many mutations, each judged by the same rules as the
/// single-message handler against what the mutations before it left, a refused one changing nothing.
/// </summary>
public abstract class InschrijvingBulkverwerkingTests(StoreKind kind, PostgresServer? postgres) : RodKetenTestBasis(kind, postgres)
{
    private static readonly DateOnly Jaar3 = new(2024, 8, 1);
    private static readonly DateOnly Wissel = new(2025, 8, 1);
    private static readonly Persoonsnummer Tweede = Persoonsnummer.Bsn("999990020");
    private static readonly Persoonsnummer ZonderBsn = Persoonsnummer.Onderwijsnummer("100000007");
    private static readonly Persoonsnummer AnderZonderBsn = Persoonsnummer.Onderwijsnummer(Onderwijsnummers.Voor(Onderwijsnummers.Hoogste)!);

    [Fact]
    public async Task A_refused_record_changes_nothing_while_the_rest_of_its_chunk_is_written()
    {
        var fout = Mbo(MboPeriode(Jaar3, null)) with { Persoon = Tweede, DatumUitschrijvingWerkelijk = Jaar3.AddDays(-1) };

        var antwoorden = await Bulk.VerwerkAsync(
            [Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Jaar3, Leerroutefase.VO))), Inschrijvingmutatie.Toevoegen(fout),
                Inschrijvingmutatie.Aanpassen(Mbo(MboPeriode(Jaar3, Leerroutefase.VO)) with { HoogsteVooropleiding = "05" })],
            Roc, null, CancellationToken.None);

        Assert.Equal([true, false, true], antwoorden.Select(a => a.LeveringGoedgekeurd));
        Assert.Contains(antwoorden[1].Foutmeldingen, f => f.Foutcode == "ROD010");
        Assert.Equal(antwoorden[0].InschrijvingId, antwoorden[2].InschrijvingId);
        Assert.Equal(1, await TelAsync("SELECT COUNT(*) FROM rod_persoon"));
        Assert.Equal(2, await TelAsync("SELECT COUNT(*) FROM rod_inschrijving"));
        Assert.Equal(1, await TelAsync("SELECT COUNT(*) FROM rod_inschrijving WHERE geregistreerd_tot IS NULL AND hoogste_vooropleiding = '05'"));
        Assert.Equal(0, await TelAsync($"SELECT COUNT(*) FROM rod_inschrijving WHERE persoon = '{Tweede.Waarde}'"));
    }

    [Fact]
    public async Task A_chunk_reads_the_dossier_of_a_person_a_chunk_before_it_registered_beside_a_new_person()
    {
        var eerste = await Bulk.VerwerkAsync([Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Jaar3, null)))], Roc, null, CancellationToken.None);

        var tweede = await Bulk.VerwerkAsync(
            [Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Jaar3, null)) with { Persoon = Tweede }),
                Inschrijvingmutatie.Aanpassen(Mbo(MboPeriode(Jaar3, null)) with { HoogsteVooropleiding = "05" }),
                Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Jaar3, null)))],
            Roc, null, CancellationToken.None);

        Assert.Equal([true, true, false], tweede.Select(a => a.LeveringGoedgekeurd));
        Assert.Equal(eerste[0].InschrijvingId, tweede[1].InschrijvingId);
        Assert.NotEqual(eerste[0].InschrijvingId, tweede[0].InschrijvingId);
        Assert.Equal(2, await TelAsync("SELECT COUNT(*) FROM rod_persoon"));
        Assert.Equal(1, await TelAsync("SELECT COUNT(*) FROM rod_inschrijving WHERE geregistreerd_tot IS NULL AND hoogste_vooropleiding = '05'"));
    }

    [Fact]
    public async Task A_chunk_gives_the_same_answers_and_stored_rows_as_the_handler_record_by_record()
    {
        var handler = new List<InschrijvingTerugkoppeling>();
        foreach (var (mutatie, afzender) in Reeks())
        {
            handler.Add(await Handler.VerwerkAsync(mutatie, afzender, null, CancellationToken.None));
        }

        var doorHandler = await InhoudAsync();
        await WisAsync();

        // The school's mutations come first in the reeks, so a chunk per sender keeps its order.
        var bulk = new List<InschrijvingTerugkoppeling>();
        foreach (var groep in Reeks().GroupBy(r => r.Afzender))
        {
            bulk.AddRange(await Bulk.VerwerkAsync([.. groep.Select(r => r.Mutatie)], groep.Key, null, CancellationToken.None));
        }

        Assert.Equal(Antwoorden(handler), Antwoorden(bulk));
        Assert.Equal(doorHandler, await InhoudAsync());
    }

    [Fact]
    public async Task A_chunk_of_many_persons_with_their_mutations_spread_over_it_gives_the_handlers_answers_and_rows()
    {
        // Each person's mutations depend on one another (a repeat refused for overlap, a change and an uitschrijving of
        // what the first one added) and are spread over the chunk, as a school's file would have them.
        const int Personen = 100;
        var eerste = Enumerable.Range(0, Personen).Select(k => Mbo(MboPeriode(Jaar3, null)) with { Persoon = Persoonsnummer.Bsn(Batch.BatchBestanden.Bsn(k)) }).ToList();
        List<Inschrijvingmutatie> mutaties =
        [
            .. eerste.Select(i => Inschrijvingmutatie.Toevoegen(i)),
            .. eerste.Where((_, k) => k % 2 == 0).Select(i => Inschrijvingmutatie.Toevoegen(i)),
            .. eerste.Where((_, k) => k % 3 == 0).Select(i => Inschrijvingmutatie.Aanpassen(i with { HoogsteVooropleiding = "05" })),
            .. eerste.Where((_, k) => k % 5 == 0).Select(i => Inschrijvingmutatie.Uitschrijven(new Uitschrijving(i.Sleutel, new(2024, 12, 31), "02", []))),
        ];
        var handler = new List<InschrijvingTerugkoppeling>();
        foreach (var mutatie in mutaties)
        {
            handler.Add(await Handler.VerwerkAsync(mutatie, Roc, null, CancellationToken.None));
        }

        var doorHandler = await InhoudAsync();
        await WisAsync();

        var bulk = await Bulk.VerwerkAsync(mutaties, Roc, null, CancellationToken.None);

        Assert.Equal(Antwoorden(handler), Antwoorden(bulk));
        Assert.Equal(doorHandler, await InhoudAsync());
        Assert.Equal(Personen / 2, bulk.Count(a => !a.LeveringGoedgekeurd));
    }

    [Fact]
    public async Task A_repeated_chunk_gets_its_recorded_answers_and_another_chunk_with_its_id_is_refused()
    {
        var id = Guid.NewGuid().ToString();
        IReadOnlyList<Inschrijvingmutatie> chunk = [Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Jaar3, null)))];

        var eerste = await Bulk.VerwerkAsync(chunk, Roc, id, CancellationToken.None);
        var herhaling = await Bulk.VerwerkAsync(chunk, Roc, id, CancellationToken.None);

        Assert.Equal(RioJson.Serialize(eerste), RioJson.Serialize(herhaling));
        Assert.Equal(1, await TelAsync("SELECT COUNT(*) FROM rod_inschrijving"));
        Assert.Equal(1, await TelAsync($"SELECT COUNT(*) FROM bedrijfsdocument WHERE id = '{id}' AND antwoord_json LIKE 'deflate:%'"));
        await Assert.ThrowsAsync<BedrijfsdocumentAlGebruiktException>(() =>
            Bulk.VerwerkAsync([Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Jaar3, null)) with { Persoon = Tweede })], Roc, id, CancellationToken.None));
    }

    [Fact]
    public async Task A_chunks_recorded_answers_are_the_JSON_of_its_answers_deflated()
    {
        foreach (var groep in Reeks().GroupBy(r => r.Afzender))
        {
            var id = Guid.NewGuid().ToString();
            var antwoorden = await Bulk.VerwerkAsync([.. groep.Select(r => r.Mutatie)], groep.Key, id, CancellationToken.None);

            await using var connection = await RuweSql.OpenAsync(Database);
            var vastgelegd = (string)(await RuweSql.ExecAsync(connection, null, $"SELECT antwoord_json FROM bedrijfsdocument WHERE id = '{id}'"))!;
            Assert.StartsWith("deflate:", vastgelegd, StringComparison.Ordinal);
            using var uitpakken = new DeflateStream(new MemoryStream(Convert.FromBase64String(vastgelegd["deflate:".Length..])), CompressionMode.Decompress);
            using var lezer = new StreamReader(uitpakken, Encoding.UTF8);
            Assert.Equal(RioJson.Serialize(antwoorden), await lezer.ReadToEndAsync());
        }
    }

    [Fact]
    public async Task A_chunk_recorded_before_its_answers_were_deflated_is_repeated_with_those_answers()
    {
        var id = Guid.NewGuid().ToString();
        IReadOnlyList<Inschrijvingmutatie> chunk = [Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Jaar3, null)))];
        var eerste = await Bulk.VerwerkAsync(chunk, Roc, id, CancellationToken.None);
        await RuweSql.ExecAsync(Database, $"UPDATE bedrijfsdocument SET antwoord_json = '{RioJson.Serialize(eerste).Replace("'", "''", StringComparison.Ordinal)}' WHERE id = '{id}'");

        var herhaling = await Bulk.VerwerkAsync(chunk, Roc, id, CancellationToken.None);

        Assert.Equal(RioJson.Serialize(eerste), RioJson.Serialize(herhaling));
        Assert.Equal(1, await TelAsync("SELECT COUNT(*) FROM rod_inschrijving"));
    }

    [Fact]
    public async Task An_onderwijsnummer_issued_with_a_chunk_is_registered_in_its_transaction_and_its_enrolment_accepted()
    {
        var zonderBsn = Mbo(MboPeriode(Jaar3, null)) with { Persoon = ZonderBsn };
        var geweigerd = Mbo(MboPeriode(Jaar3, null)) with { Persoon = AnderZonderBsn, DatumUitschrijvingWerkelijk = Jaar3.AddDays(-1) };

        var zonder = await Bulk.VerwerkAsync([Inschrijvingmutatie.Toevoegen(zonderBsn)], Roc, null, CancellationToken.None);
        var met = await Bulk.VerwerkAsync([Inschrijvingmutatie.Toevoegen(zonderBsn), Inschrijvingmutatie.Toevoegen(geweigerd)], Roc, null, CancellationToken.None,
            [ZonderBsn, AnderZonderBsn]);

        Assert.Contains(zonder[0].Foutmeldingen, f => f.Foutcode == "ROD006");
        Assert.Equal([true, false], met.Select(a => a.LeveringGoedgekeurd));
        Assert.Equal(2, await TelAsync("SELECT COUNT(*) FROM rod_persoon WHERE persoon_soort = 'ONR'"));
        Assert.Equal(1, await TelAsync("SELECT COUNT(*) FROM rod_inschrijving"));
    }

    [Fact]
    public async Task Only_onderwijsnummers_of_the_chunks_own_persons_can_be_issued_with_it()
    {
        IReadOnlyList<Inschrijvingmutatie> chunk = [Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Jaar3, null)))];

        await Assert.ThrowsAsync<ArgumentException>(() => Bulk.VerwerkAsync(chunk, Roc, null, CancellationToken.None, [ZonderBsn]));
        await Assert.ThrowsAsync<ArgumentException>(() => Bulk.VerwerkAsync(chunk, Roc, null, CancellationToken.None, [chunk[0].Sleutel.Persoon]));
        Assert.Equal(0, await TelAsync("SELECT COUNT(*) FROM rod_persoon"));
    }

    /// <summary>A leerroute pupil on both sides with the switch to fase MBO, a second pupil enrolled, corrected and uitgeschreven, one refusal.</summary>
    private static IEnumerable<(Inschrijvingmutatie Mutatie, Afzender Afzender)> Reeks()
    {
        var tweede = Mbo(MboPeriode(Jaar3, null)) with { Persoon = Tweede, Inschrijvingvolgnummer = "M2" };
        yield return (Inschrijvingmutatie.Toevoegen(Vo(VoPeriode(Jaar3, 3, Leerroutefase.VO))), School);
        yield return (Inschrijvingmutatie.Aanpassen(Vo(VoPeriode(Jaar3, 3, Leerroutefase.VO), VoPeriode(Wissel, 4, Leerroutefase.MBO))), School);
        yield return (Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Jaar3, Leerroutefase.VO))), Roc);
        yield return (Inschrijvingmutatie.Toevoegen(tweede), Roc);
        yield return (Inschrijvingmutatie.Toevoegen(tweede), Roc);
        yield return (Inschrijvingmutatie.Aanpassen(Mbo(MboPeriode(Jaar3, Leerroutefase.VO), MboPeriode(Wissel, Leerroutefase.MBO))), Roc);
        yield return (Inschrijvingmutatie.Uitschrijven(new Uitschrijving(tweede.Sleutel, new(2024, 12, 31), "02", [])), Roc);
        yield return (Inschrijvingmutatie.Verwijderen(tweede.Sleutel), Roc);
    }

    /// <summary>The answers without the enrolment ids (new ones per run).</summary>
    private static List<string> Antwoorden(IEnumerable<InschrijvingTerugkoppeling> antwoorden) =>
        [.. antwoorden.Select(a => RioJson.Serialize(a with { InschrijvingId = null }))];

    /// <summary>Every stored row of the enrolment tables but the numbers and moments of registration.</summary>
    private async Task<string> InhoudAsync()
    {
        var inhoud = new StringBuilder();
        await using var connection = await RuweSql.OpenAsync(Database);
        foreach (var sql in new[]
        {
            "SELECT persoon_soort, persoon FROM rod_persoon ORDER BY persoon",
            "SELECT brin, persoon, volgnummer, datum_inschrijving, datum_uitschrijving_werkelijk, hoogste_vooropleiding, reden_uitstroom, verwijderd, "
                + "geregistreerd_tot IS NULL FROM rod_inschrijving ORDER BY brin, persoon, volgnummer, versie",
            "SELECT i.brin, i.volgnummer, i.geregistreerd_tot IS NULL, p.datum_begin, p.datum_eind, p.leerroute, p.leerroutefase, p.leerjaar "
                + "FROM rod_periode p JOIN rod_inschrijving i ON i.versie = p.versie ORDER BY i.brin, i.persoon, i.volgnummer, i.versie, p.datum_begin",
            "SELECT sleutel, code, begindatum, einddatum, open FROM rod_ketensignaal ORDER BY sleutel",
            "SELECT sleutel, open, einddatum FROM rod_ketensignaal_historie ORDER BY sleutel, id",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                inhoud.AppendLine(string.Join('|', Enumerable.Range(0, reader.FieldCount)
                    .Select(k => Convert.ToString(reader.GetValue(k), CultureInfo.InvariantCulture))));
            }
        }

        return inhoud.ToString();
    }

    private async Task WisAsync()
    {
        foreach (var tabel in new[] { "rod_diploma", "rod_bpv", "rod_periode", "rod_inschrijving", "rod_persoon", "rod_ketensignaal", "rod_ketensignaal_historie" })
        {
            await RuweSql.ExecAsync(Database, $"DELETE FROM {tabel}");
        }
    }
}

public sealed class InschrijvingBulkverwerkingTestsOnSqlite() : InschrijvingBulkverwerkingTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class InschrijvingBulkverwerkingTestsOnPostgres(PostgresServer postgres) : InschrijvingBulkverwerkingTests(StoreKind.Postgres, postgres);
