using Keten.Application.Rod.Registratieoverzicht;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using Keten.Server.Tests.Infrastructure;

namespace Keten.Server.Tests.Rod;

/// <summary>
/// The registratieoverzicht (PvE MBO-instelling bijlage 7) of enrolments delivered through the handler, read from a real
/// database: every record's fields at their positions, the selection period's boundaries, "as known on", paging.
/// </summary>
public abstract class RegistratieoverzichtTests(StoreKind kind, PostgresServer? postgres) : RodKetenTestBasis(kind, postgres)
{
    private static readonly DateOnly Van = new(2024, 8, 1);
    private static readonly DateOnly Tot = new(2025, 7, 31);
    private static readonly DateOnly Aanmaak = new(2025, 9, 1);
    private static readonly Persoonsnummer ZonderBsn = Persoonsnummer.Onderwijsnummer("100000007");

    [Fact]
    public async Task An_mbo_ro_has_every_field_of_every_record_at_its_position_in_dues_layout()
    {
        var mbo = new Inschrijving(Sector.MBO, MboBrin, Leerling, "M1", Van, new(2026, 7, 31), new(2025, 7, 15), "04", "01",
            [new(Van, "25180", "MBO-4", true, MboAanbieder, Leertraject: "BOL", LocatiecodeVsv: "VSV000000001", Leerroute: Leerroutesoort.DLR,
                Leerroutefase: Leerroutefase.MBO),
             new(new(2025, 2, 1), "25180", null, false, MboAanbieder, Leertraject: "BBL")],
            [new Bpv("1", new(2025, 1, 20), new(2025, 2, 1), new(2025, 7, 31), new(2025, 7, 15), "100016707", 480, "25180")],
            [new Diploma("D1", "25180", new(2025, 7, 15), true)]);
        await RegistreerOnderwijsnummerAsync();
        await LeverAsync(mbo, Roc);
        await LeverAsync(new Inschrijving(Sector.MBO, MboBrin, ZonderBsn, "M7", new(2025, 1, 6), new(2026, 7, 31), null, "04", null,
            [new(new(2025, 1, 6), "25180", null, true, MboAanbieder, Leertraject: "BOL")], [], []), Roc);

        var ro = await RoAsync(MboBrin);

        Assert.Equal(
        [
            "VLP|25LZ|2024-08-01|2025-07-31|2025-09-01",
            "PER|999990019|||",
            "ISG|999990019||M1|2024-08-01|2026-07-31|2025-07-15|01",
            "ISP|999990019||M1|2024-08-01|25180|BOL|MBO-4|J|VSV000000001|100A001||DLR|MBO",
            "ISP|999990019||M1|2025-02-01|25180|BBL||N||100A001|||",
            "BPV|999990019||M1|1|2025-01-20|2025-02-01|2025-07-31|2025-07-15|480|100016707|25180|",
            "DIP|999990019||D1|25180|2025-07-15|J|M1|100A001",
            "PER||100000007|2008-05-00|V",
            "ISG||100000007|M7|2025-01-06|2026-07-31||",
            "ISP||100000007|M7|2025-01-06|25180|BOL||J||100A001|||",
            "SLR|2|2|3|0|1|1|0|0|0",
        ], ro);
        Assert.All(ro, r => Assert.Equal(Velden(r[..3]), r.Split('|').Length));
    }

    [Fact]
    public async Task A_vo_school_gets_the_same_layout_for_a_dlr_enrolment()
    {
        await LeverAsync(Vo(VoPeriode(Van, 3, Leerroutefase.VO)), School);

        Assert.Equal(
        [
            "VLP|12AB|2024-08-01|2025-07-31|2025-09-01",
            "PER|999990019|||",
            "ISG|999990019||V1|2024-08-01|||",
            "ISP|999990019||V1|2024-08-01|0137||VO-VMBO-KB|J||200A002||DLR|VO",
            "SLR|1|1|1|0|0|0|0|0|0",
        ], await RoAsync(VoBrin));
    }

    [Fact]
    public async Task The_period_takes_enrolments_valid_on_its_first_or_last_day_and_none_that_ended_the_day_before_or_begin_after()
    {
        // From 2 February 2024: not on the teldata of 2023/24, whose mutation stop (1 June 2024) has begun.
        await LeverAsync(Enkel("999990020", new(2024, 2, 2), Van.AddDays(-1)), Roc);
        await LeverAsync(Enkel("999990032", new(2024, 2, 2), Van), Roc);
        await LeverAsync(Enkel("999990044", Tot, null), Roc);
        await LeverAsync(Enkel("999990056", Tot.AddDays(1), null), Roc);

        var ro = await RoAsync(MboBrin);

        Assert.Equal(["999990032", "999990044"], ro.Where(r => r.StartsWith("PER|", StringComparison.Ordinal)).Select(r => r.Split('|')[1]));
    }

    [Fact]
    public async Task As_known_before_a_change_the_ro_shows_the_enrolment_as_it_was_then()
    {
        var mbo = Mbo(MboPeriode(Van, null));
        await LeverAsync(mbo, Roc);
        var voorUitschrijving = Time.GetUtcNow();
        Time.Advance(TimeSpan.FromDays(1));
        Assert.True((await Handler.UitschrijvenAsync(new Uitschrijving(mbo.Sleutel, new(2024, 9, 30), "02", []), Roc, Id(), CancellationToken.None)).LeveringGoedgekeurd);
        await LeverAsync(Enkel("999990020", Van, null), Roc);

        var nu = await RoAsync(MboBrin, new(2024, 10, 1));
        var toen = await RoAsync(MboBrin, new(2024, 10, 1), voorUitschrijving);

        Assert.Equal(["PER|999990020|||"], nu.Where(r => r.StartsWith("PER|", StringComparison.Ordinal)));
        Assert.Equal(["ISG|999990019||M1|2024-08-01|||"], toen.Where(r => r.StartsWith("ISG|", StringComparison.Ordinal)));
        Assert.Equal("SLR|1|1|1|0|0|0|0|0|0", toen[^1]);
    }

    [Fact]
    public async Task A_large_instelling_is_read_in_pages_each_enrolment_once_in_person_order()
    {
        const int Aantal = (2 * 500) + 7;
        await BulkAsync(Aantal);

        var ro = await RoAsync(MboBrin);

        var personen = ro.Where(r => r.StartsWith("PER|", StringComparison.Ordinal)).Select(r => r.Split('|')[1]).ToList();
        Assert.Equal(Aantal, personen.Count);
        Assert.Equal(personen.Order(StringComparer.Ordinal), personen);
        Assert.Equal(Aantal, personen.Distinct().Count());
        Assert.Equal($"SLR|{Aantal}|{Aantal}|{Aantal}|0|0|0|0|0|0", ro[^1]);
    }

    [Fact]
    public async Task The_cli_writes_the_ro_under_dues_file_name_and_refuses_a_wrong_date_naming_it()
    {
        await LeverAsync(Mbo(MboPeriode(Van, null)), Roc);
        var map = Path.Combine(Path.GetTempPath(), $"keten-ro-{Guid.NewGuid():N}");
        try
        {
            var (code, uit, _) = await CliAsync("rod", "registratieoverzicht", "--brin", MboBrin, "--van", "2024-08-01", "--tot", "2025-07-31", "--uit", map);
            var (fout, _, melding) = await CliAsync("rod", "registratieoverzicht", "--brin", MboBrin, "--van", "1-8-2024", "--tot", "2025-07-31", "--uit", map);

            Assert.Equal(0, code);
            var bestand = Path.Combine(map, "RO_25LZ_20240801_20250731.CSV");
            Assert.Contains(bestand, uit, StringComparison.Ordinal);
            var tekst = await File.ReadAllTextAsync(bestand);
            Assert.StartsWith("VLP|25LZ|2024-08-01|2025-07-31|", tekst, StringComparison.Ordinal);
            Assert.EndsWith("SLR|1|1|1|0|0|0|0|0|0\n", tekst, StringComparison.Ordinal);
            Assert.Equal((byte)'V', (await File.ReadAllBytesAsync(bestand))[0]);
            Assert.Equal(1, fout);
            Assert.Contains("KTN400", melding, StringComparison.Ordinal);
            Assert.Contains("Veld van", melding, StringComparison.Ordinal);
            Assert.Single(Directory.GetFiles(map));
        }
        finally
        {
            if (Directory.Exists(map))
            {
                Directory.Delete(map, recursive: true);
            }
        }
    }

    /// <summary>The number of fields (recordsoort included) of each record type in PvE MBO-instelling 15.5.</summary>
    private static int Velden(string soort) => soort switch
    {
        "VLP" => 5,
        "PER" => 5,
        "ISG" => 8,
        "ISP" => 14,
        "BPV" => 13,
        "DIP" => 9,
        "SLR" => 10,
        _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, "not a record type Keten writes"),
    };

    private async Task<string[]> RoAsync(string brin, DateOnly? van = null, DateTimeOffset? bekendOp = null)
    {
        var verzoek = new RegistratieoverzichtVerzoek(brin, van ?? Van, Tot, bekendOp);
        await using var uit = new StringWriter();
        await RegistratieoverzichtSchrijver.SchrijfAsync(uit, verzoek, Aanmaak,
            Store.RegistratieoverzichtAsync(brin, verzoek.Van, verzoek.Tot, bekendOp, CancellationToken.None), CancellationToken.None);
        var tekst = uit.ToString();
        Assert.EndsWith("\n", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("\t", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", tekst, StringComparison.Ordinal);
        return tekst[..^1].Split('\n');
    }

    private async Task LeverAsync(Inschrijving inschrijving, Application.Rio.Handlers.Afzender afzender)
    {
        var antwoord = await Handler.ToevoegenAsync(inschrijving, afzender, Id(), CancellationToken.None);
        Assert.True(antwoord.LeveringGoedgekeurd, string.Join("; ", antwoord.Foutmeldingen.Select(f => $"{f.Foutcode} {f.Fouttekst}")));
    }

    private static Inschrijving Enkel(string bsn, DateOnly begin, DateOnly? laatsteDag) =>
        Mbo(MboPeriode(begin, null)) with { Persoon = Persoonsnummer.Bsn(bsn), DatumUitschrijvingWerkelijk = laatsteDag, RedenUitstroom = laatsteDag is null ? null : "02" };

    /// <summary>A person without BSN, known to the persons register with a birth date of unknown day and geslacht V.</summary>
    private Task RegistreerOnderwijsnummerAsync() => RuweSql.ExecAsync(Database,
        "INSERT INTO rod_persoon (persoon_soort, persoon, geboortedatum, geslacht, geregistreerd_op) "
        + $"VALUES ('ONR', '{ZonderBsn.Waarde}', '2008-05-00', 'V', {Tijdstip})");

    /// <summary>Enrolments (one period each) of persons 100000001… written straight into the tables: many, fast.</summary>
    private Task BulkAsync(int aantal) => RuweSql.ExecAsync(Database,
        $"""
        INSERT INTO rod_inschrijving (inschrijving_id, sector, brin, persoon_soort, persoon, volgnummer, onderwijsbestuurcode, datum_inschrijving, verwijderd, geregistreerd_van)
        WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < {aantal})
        SELECT 'bulk' || CAST(k AS TEXT), 'MBO', '{MboBrin}', 'BSN', CAST(100000000 + k AS TEXT), 'B1', '{Bestuur}', 20240801, FALSE, {Tijdstip} FROM n;
        INSERT INTO rod_periode (versie, datum_begin, opleidingcode, indicatie_bekostigbaar, onderwijsaanbiedercode, leertraject)
        SELECT versie, 20240801, '25180', TRUE, '{MboAanbieder}', 'BOL' FROM rod_inschrijving WHERE volgnummer = 'B1';
        """);

    private string Tijdstip => Kind == StoreKind.Postgres ? "now()" : "0";

    private static string Id() => Guid.NewGuid().ToString();

    private Task<(int Code, string Uit, string Fout)> CliAsync(params string[] args) => CliUitvoering.RunAsync(ConnectionString, args);
}

public sealed class RegistratieoverzichtTestsOnSqlite() : RegistratieoverzichtTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class RegistratieoverzichtTestsOnPostgres(PostgresServer postgres) : RegistratieoverzichtTests(StoreKind.Postgres, postgres);
