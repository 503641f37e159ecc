using System.Net;
using System.Net.Http.Json;
using Keten.Application.Rio;
using Keten.Domain.Rio;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Server;
using Keten.Storage;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Schrijfpad;

/// <summary>
/// Two deliveries on two server processes that are each fine alone but not together: the Verbandscontroles read what
/// they compare inside the write transaction under its locks, so exactly one is accepted and the other gets its rule's code.
/// </summary>
public abstract class GelijktijdigeVerbandenTests(StoreKind kind, PostgresServer? postgres) : DatabaseTest(kind, postgres)
{
    private const int Rondes = 20;

    [Fact]
    public async Task An_aanbieder_going_uit_bedrijf_on_one_host_while_another_extends_its_offering_accepts_exactly_one()
    {
        await using var hosts = TweeHosts.Start(ConnectionString);
        var store = Database.CreateStore(TimeProvider.System);

        for (var ronde = 0; ronde < Rondes; ronde++)
        {
            var code = await TweeHosts.NieuweAanbiederAsync(hosts.A);
            var aanbieder = await hosts.A.GetFromJsonAsync<Onderwijsaanbieder>($"/api/rio/onderwijsaanbieders/{code}", RioJson.Options);
            var ao = RioServerTestBasis.NieuweMboOpleiding(code) with { Einddatum = new DateOnly(2026, 8, 1) };
            using (var opgeslagen = await TweeHosts.RestAsync(hosts.A, HttpMethod.Post, "/api/rio/aangeboden-opleidingen", ao))
            {
                Assert.True(opgeslagen.IsSuccessStatusCode);
            }

            var (uitBedrijf, verlengd) = await TweeHosts.TegelijkAsync(
                () => TweeHosts.RestAsync(hosts.A, HttpMethod.Post, "/api/rio/onderwijsaanbieders", aanbieder! with { UitBedrijfdatum = new DateOnly(2026, 8, 1) }),
                () => TweeHosts.RestAsync(hosts.B, HttpMethod.Post, "/api/rio/aangeboden-opleidingen", ao with { Einddatum = new DateOnly(2027, 8, 1) }));
            using (uitBedrijf)
            using (verlengd)
            {
                Assert.NotEqual(uitBedrijf.IsSuccessStatusCode, verlengd.IsSuccessStatusCode);
                var verliezer = uitBedrijf.IsSuccessStatusCode ? verlengd : uitBedrijf;
                Assert.Equal(HttpStatusCode.UnprocessableEntity, verliezer.StatusCode);
                Assert.Equal(uitBedrijf.IsSuccessStatusCode ? "N09430" : "N04430", await TweeHosts.CodeAsync(verliezer));
            }

            var opgeslagenAanbieder = (await store.GetAsync(RioObjectSoort.Onderwijsaanbieder, code, CancellationToken.None)).Staat<Onderwijsaanbieder>();
            var opgeslagenAo = (await store.GetAsync(RioObjectSoort.AangebodenOpleiding, ao.AangebodenOpleidingCode.ToString("D"), CancellationToken.None)).Staat<AangebodenOpleiding>();
            Assert.True(opgeslagenAanbieder!.UitBedrijfdatum is null || opgeslagenAo!.Einddatum <= opgeslagenAanbieder.UitBedrijfdatum);
        }
    }

    [Fact]
    public async Task Two_overlapping_relaties_of_one_pair_on_two_hosts_accept_exactly_one()
    {
        await using var hosts = TweeHosts.Start(ConnectionString);

        for (var ronde = 0; ronde < Rondes; ronde++)
        {
            var een = await NieuweEenheidAsync(hosts.A);
            var twee = await NieuweEenheidAsync(hosts.B);

            var (eerste, tweede) = await TweeHosts.TegelijkAsync(
                () => TweeHosts.RestAsync(hosts.A, HttpMethod.Post, "/api/rio/opleidingsrelaties", new Opleidingsrelatie(RocVoorbeeld, new DateOnly(2024, 9, 1), null, een, twee)),
                () => TweeHosts.RestAsync(hosts.B, HttpMethod.Post, "/api/rio/opleidingsrelaties", new Opleidingsrelatie(RocVoorbeeld, new DateOnly(2025, 9, 1), null, twee, een)));
            using (eerste)
            using (tweede)
            {
                Assert.NotEqual(eerste.IsSuccessStatusCode, tweede.IsSuccessStatusCode);
                Assert.Equal("P04050", await TweeHosts.CodeAsync(eerste.IsSuccessStatusCode ? tweede : eerste));
            }

            var relaties = await hosts.B.GetFromJsonAsync<List<Opleidingsrelatie>>($"/api/rio/opleidingseenheden/{een}/opleidingsrelaties", RioJson.Options);
            Assert.Single(relaties!);
        }
    }

    private static async Task<string> NieuweEenheidAsync(HttpClient host)
    {
        var begin = new DateOnly(2024, 1, 1);
        var eenheid = new Opleidingseenheid(null, RocVoorbeeld, Opleidingseenheid.SoortParticuliereOpleiding, begin, null, null, null, null, null,
            [new OpleidingseenheidPeriode(begin, "Cursus lassen", null, null, null, null, null, [])], []);
        using var antwoord = await TweeHosts.RestAsync(host, HttpMethod.Post, "/api/rio/opleidingseenheden", eenheid);
        Assert.True(antwoord.IsSuccessStatusCode);
        return (await antwoord.Content.ReadFromJsonAsync<Terugkoppeling>(RioJson.Options))!.ToegekendeCode!;
    }
}

public sealed class GelijktijdigeVerbandenTestsOnSqlite() : GelijktijdigeVerbandenTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class GelijktijdigeVerbandenTestsOnPostgres(PostgresServer postgres) : GelijktijdigeVerbandenTests(StoreKind.Postgres, postgres);
