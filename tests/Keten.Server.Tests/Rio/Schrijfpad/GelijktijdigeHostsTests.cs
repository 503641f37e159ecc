using System.Net;
using Keten.Domain.Rio;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Server;
using Keten.Storage;

namespace Keten.Server.Tests.Rio.Schrijfpad;

/// <summary>
/// The race of issue 5: verwijderen_onderwijsaanbieder on one server process and, at the same moment,
/// aanleveren_aangebodenOpleiding for that aanbieder on another. Exactly one may win, the other gets its rule's code.
/// </summary>
public abstract class GelijktijdigeHostsTests(StoreKind kind, PostgresServer? postgres) : DatabaseTest(kind, postgres)
{
    private const int Rondes = 40;

    [Fact]
    public async Task Deleting_an_aanbieder_on_one_host_while_another_host_adds_an_offering_for_it_accepts_exactly_one()
    {
        await using var hosts = TweeHosts.Start(ConnectionString);
        var store = Database.CreateStore(TimeProvider.System);

        for (var ronde = 0; ronde < Rondes; ronde++)
        {
            var aanbieder = await TweeHosts.NieuweAanbiederAsync(hosts.A);
            var ao = RioServerTestBasis.NieuweMboOpleiding(aanbieder);
            var (verwijderenAntwoord, aanleverenAntwoord) = await TweeHosts.TegelijkAsync(
                () => TweeHosts.RestAsync(hosts.A, HttpMethod.Delete, $"/api/rio/onderwijsaanbieders/{aanbieder}"),
                () => TweeHosts.RestAsync(hosts.B, HttpMethod.Post, "/api/rio/aangeboden-opleidingen", ao));
            using var verwijderd = verwijderenAntwoord;
            using var aangeleverd = aanleverenAntwoord;

            Assert.NotEqual(verwijderd.IsSuccessStatusCode, aangeleverd.IsSuccessStatusCode);
            var verliezer = verwijderd.IsSuccessStatusCode ? aangeleverd : verwijderd;
            Assert.Equal(HttpStatusCode.UnprocessableEntity, verliezer.StatusCode);
            Assert.Equal(verwijderd.IsSuccessStatusCode ? "N09440" : "N04810", await TweeHosts.CodeAsync(verliezer));

            var opgeslagenAanbieder = await store.GetAsync(RioObjectSoort.Onderwijsaanbieder, aanbieder, CancellationToken.None);
            var opgeslagenAo = await store.GetAsync(RioObjectSoort.AangebodenOpleiding, ao.AangebodenOpleidingCode.ToString("D"), CancellationToken.None);
            Assert.Equal(verwijderd.IsSuccessStatusCode, opgeslagenAanbieder!.Verwijderd);
            Assert.Equal(aangeleverd.IsSuccessStatusCode, opgeslagenAo is { Verwijderd: false });
        }
    }
}

public sealed class GelijktijdigeHostsTestsOnSqlite() : GelijktijdigeHostsTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class GelijktijdigeHostsTestsOnPostgres(PostgresServer postgres) : GelijktijdigeHostsTests(StoreKind.Postgres, postgres);
