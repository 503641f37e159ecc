using Keten.Application.Generator;
using Keten.Application.Rio;
using Keten.Domain.Rod;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Storage;
using Keten.Storage.Referentie;

namespace Keten.Server.Tests.Rod;

/// <summary>
/// The national enrolments at a small size (2 MBO institutions, 6 VO schools, fraction 0.001: about 930 VO and 520 MBO
/// enrolments) on a real database: every one accepted by the bulk ingest with every rule on, a rerun changing nothing.
/// </summary>
public abstract class LandelijkeInschrijvingenTests(StoreKind kind, PostgresServer? postgres) : StoreTest(kind, postgres)
{
    private const double Fractie = 0.001;
    private static readonly LandelijkeOpties Klein = new(42, Mbo: 2, Vo: 6, Opleidingen: 100);

    [Fact]
    public async Task Every_generated_enrolment_is_accepted_and_a_second_run_changes_nothing()
    {
        var (generator, inschrijvingen) = await LaadRioAsync();

        var eerste = await generator.RegistreerAsync(inschrijvingen, CancellationToken.None);
        var rijen = await TelAsync("SELECT COUNT(*) FROM rod_inschrijving");
        var tweede = await generator.RegistreerAsync(inschrijvingen, CancellationToken.None);

        Assert.True(eerste.Afgekeurd == 0, string.Join("; ", eerste.EersteWeigeringen));
        Assert.Equal(930 + 520 + await TelAsync("SELECT COUNT(*) FROM rod_periode WHERE leerroutefase = 'MBO' AND leerjaar IS NULL"), eerste.Goedgekeurd);
        Assert.Equal(eerste.Goedgekeurd, rijen);
        Assert.True(await TelAsync("SELECT COUNT(*) FROM rod_periode WHERE leerroute IS NOT NULL AND leerjaar IS NOT NULL") > 0);
        Assert.True(await TelAsync("SELECT COUNT(*) FROM rod_periode WHERE leerroutefase = 'MBO' AND leerjaar IS NULL") > 0);
        Assert.True(await TelAsync("SELECT COUNT(*) FROM rod_bpv") > 0);
        Assert.True(await TelAsync("SELECT COUNT(*) FROM rod_diploma") > 0);
        Assert.Equal(eerste.Onderwijsnummers, await TelAsync("SELECT COUNT(*) FROM rod_persoon WHERE persoon_soort = 'ONR'"));
        Assert.True(eerste.Onderwijsnummers > 0);
        Assert.Equal(eerste.Goedgekeurd, tweede.Goedgekeurd);
        Assert.Equal(rijen, await TelAsync("SELECT COUNT(*) FROM rod_inschrijving"));
    }

    [Fact]
    public void The_same_seed_gives_the_same_enrolments_and_another_seed_other_ones()
    {
        static string Alles(int seed) => RioJson.Serialize(new LandelijkeInschrijvingen(new LandelijkeDataset(Klein with { Seed = seed }), Fractie, 100)
            .Blokken().SelectMany(b => b.Inschrijvingen).ToList());

        var eerste = Alles(42);

        Assert.Equal(eerste, Alles(42));
        Assert.NotEqual(eerste, Alles(7));
    }

    [Fact]
    public void Generated_persons_have_valid_synthetic_numbers_each_used_once_except_a_leerroute_pupil_on_both_sides()
    {
        var inschrijvingen = new LandelijkeInschrijvingen(new LandelijkeDataset(Klein), Fractie, 100).Blokken().SelectMany(b => b.Inschrijvingen).ToList();

        Assert.All(inschrijvingen, i => Assert.True(i.Persoon.IsGeldig));
        Assert.All(inschrijvingen.Where(i => i.Persoon.Soort == PersoonsnummerSoort.Bsn), i => Assert.StartsWith("9", i.Persoon.Waarde, StringComparison.Ordinal));
        var dubbel = inschrijvingen.GroupBy(i => i.Persoon).Where(g => g.Count() > 1).ToList();
        Assert.All(dubbel, g => Assert.Equal([Domain.Referentie.Sector.VO, Domain.Referentie.Sector.MBO], g.Select(i => i.Sector)));
    }

    private async Task<(LandelijkeInschrijvingGenerator, LandelijkeInschrijvingen)> LaadRioAsync()
    {
        var dataset = new LandelijkeDataset(Klein);
        var bestand = Path.Combine(Path.GetTempPath(), $"keten-landelijk-{Guid.NewGuid():N}.json");
        try
        {
            await new LandelijkeGenerator(Store).RegistreerAsync(dataset, bestand, CancellationToken.None);
        }
        finally
        {
            File.Delete(bestand);
        }

        var referentie = new ReferentiedataBron();
        referentie.Vervang(await ReferentiedataLoader.ReadFromStoreAsync(Store, CancellationToken.None));
        return (new LandelijkeInschrijvingGenerator(Store, referentie, TimeProvider.System), new LandelijkeInschrijvingen(dataset, Fractie, 100));
    }

    private async Task<long> TelAsync(string sql)
    {
        await using var connection = await RuweSql.OpenAsync(Database);
        return Convert.ToInt64(await RuweSql.ExecAsync(connection, null, sql), System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class LandelijkeInschrijvingenTestsOnSqlite() : LandelijkeInschrijvingenTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class LandelijkeInschrijvingenTestsOnPostgres(PostgresServer postgres) : LandelijkeInschrijvingenTests(StoreKind.Postgres, postgres);
