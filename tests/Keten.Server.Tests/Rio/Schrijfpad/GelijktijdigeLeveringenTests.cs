using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Server;
using Keten.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Schrijfpad;

/// <summary>
/// Many deliveries at once on two hosts: all are accepted (none lost, none refused for concurrency), and the number of
/// retries PostgreSQL needed (deadlocks, lock waits past the limit) is written to the test output (docs/decisions/0003 quotes it).
/// </summary>
public abstract class GelijktijdigeLeveringenTests(StoreKind kind, PostgresServer? postgres, ITestOutputHelper uitvoer) : DatabaseTest(kind, postgres)
{
    private const int Parallel = 8;
    private const int PerStroom = 25;

    [Theory]
    [InlineData(0)]
    [InlineData(50_000)]
    public async Task Concurrent_offerings_on_two_hosts_are_all_accepted_and_stored(int bestaandeObjecten)
    {
        await VulAsync(bestaandeObjecten);
        await using var hosts = TweeHosts.Start(ConnectionString);
        var stromen = Enumerable.Range(0, Parallel).Select(stroom => Task.Run(async () =>
        {
            var codes = new List<Guid>();
            for (var i = 0; i < PerStroom; i++)
            {
                var ao = RioServerTestBasis.NieuweMboOpleiding("110A001");
                using var antwoord = await TweeHosts.RestAsync(stroom % 2 == 0 ? hosts.A : hosts.B, HttpMethod.Post,
                    "/api/rio/aangeboden-opleidingen", ao, Guid.NewGuid().ToString());
                Assert.True(antwoord.IsSuccessStatusCode, await antwoord.Content.ReadAsStringAsync());
                codes.Add(ao.AangebodenOpleidingCode);
            }

            return codes;
        })).ToList();

        var alle = (await Task.WhenAll(stromen)).SelectMany(c => c).ToList();
        var opgeslagen = await Database.CreateStore(TimeProvider.System).ListAsync(RioObjectSoort.AangebodenOpleiding,
            new RioFilter(Onderwijsaanbiedercode: "110A001"), 0, 1000, CancellationToken.None);
        Assert.All(alle, code => Assert.Contains(opgeslagen.Items, o => o.Sleutel == code.ToString("D")));
        uitvoer.WriteLine($"{Kind}, {bestaandeObjecten} objects before: {alle.Count} deliveries, {hosts.Herhalingen} retries");
    }

    /// <summary>Other boards' offerings (random keys), so the indexes span many pages as a national register's do.</summary>
    private async Task VulAsync(int aantal)
    {
        if (aantal == 0)
        {
            return;
        }

        await Database.CreateStore(TimeProvider.System).MigrateAsync(CancellationToken.None);
        const string Kolommen = "INSERT INTO rio_object (soort, sleutel, onderwijsbestuurcode, onderwijsaanbiedercode, state_json, verwijderd, geregistreerd_op, eerst_geregistreerd_op) ";
        await RuweSql.ExecAsync(Database, Kind == StoreKind.Postgres
            ? Kolommen + $"SELECT 'AangebodenOpleiding', md5(i::text)::uuid::text, '100B004', '110A006', '{{}}', false, now(), now() FROM generate_series(1, {aantal}) i"
            : $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {aantal}) "
                + Kolommen + "SELECT 'AangebodenOpleiding', lower(hex(randomblob(16))), '100B004', '110A006', '{}', 0, 0, 0 FROM n");
    }
}

public sealed class GelijktijdigeLeveringenTestsOnSqlite(ITestOutputHelper uitvoer) : GelijktijdigeLeveringenTests(StoreKind.Sqlite, null, uitvoer);

[Collection(PostgresCollection.Name)]
public sealed class GelijktijdigeLeveringenTestsOnPostgres(PostgresServer postgres, ITestOutputHelper uitvoer) : GelijktijdigeLeveringenTests(StoreKind.Postgres, postgres, uitvoer);
