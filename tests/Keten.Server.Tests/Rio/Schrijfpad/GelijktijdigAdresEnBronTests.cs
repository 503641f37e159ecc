using System.Globalization;
using System.Net;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Server;
using Keten.Storage;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Schrijfpad;

/// <summary>
/// Two server processes on one database, two races of issue 10: the same new address for one board delivered on both
/// (N01020), and verwijderen_onderwijsaanbieder on one while the other takes an enrolment naming that aanbieder
/// (N04820). In every round exactly one of the two may win, and what is stored is what the winner was told.
/// </summary>
public abstract class GelijktijdigAdresEnBronTests(StoreKind kind, PostgresServer? postgres) : DatabaseTest(kind, postgres)
{
    private const int Rondes = 30;

    [Fact]
    public async Task The_same_new_address_of_one_board_on_two_hosts_at_once_gives_one_location_and_one_N01020()
    {
        await using var hosts = TweeHosts.Start(ConnectionString);
        var store = Database.CreateStore(TimeProvider.System);

        for (var ronde = 0; ronde < Rondes; ronde++)
        {
            var gebruik = new Onderwijslocatiegebruik(RocVoorbeeld, null, new DateOnly(2024, 8, 1), null, new AanduidingAdres("3511AB", 100 + ronde, null), null, null, [], []);
            var (opAAntwoord, opBAntwoord) = await TweeHosts.TegelijkAsync(
                () => TweeHosts.RestAsync(hosts.A, HttpMethod.Post, "/api/rio/onderwijslocatiegebruiken", gebruik),
                () => TweeHosts.RestAsync(hosts.B, HttpMethod.Post, "/api/rio/onderwijslocatiegebruiken", gebruik));
            using var a = opAAntwoord;
            using var b = opBAntwoord;

            Assert.NotEqual(a.IsSuccessStatusCode, b.IsSuccessStatusCode);
            var verliezer = a.IsSuccessStatusCode ? b : a;
            Assert.Equal(HttpStatusCode.UnprocessableEntity, verliezer.StatusCode);
            Assert.Equal("N01020", await TweeHosts.CodeAsync(verliezer));
            var locaties = await store.ListAsync(RioObjectSoort.Onderwijslocatie,
                new RioFilter(Adres: Zoekvelden.AdresSleutel("3511AB", 100 + ronde, null)), 0, 10, CancellationToken.None);
            Assert.Equal(1, locaties.AantalResultaten);
        }
    }

    [Fact]
    public async Task Deleting_an_aanbieder_on_one_host_while_another_host_takes_an_enrolment_naming_it_accepts_exactly_one()
    {
        await using var hosts = TweeHosts.Start(ConnectionString);
        var store = Database.CreateStore(TimeProvider.System);
        var leerlingen = Enumerable.Range(999_991_000, 2_000).Select(n => n.ToString(CultureInfo.InvariantCulture)).Where(Persoonsnummer.IsGeldigBsn).Take(Rondes).ToList();

        for (var ronde = 0; ronde < Rondes; ronde++)
        {
            var aanbieder = await TweeHosts.NieuweAanbiederAsync(hosts.A);
            var inschrijving = AanbiederInInschrijvingenTests.InschrijvingBij(aanbieder) with { Persoon = Persoonsnummer.Bsn(leerlingen[ronde]) };
            var (verwijderenAntwoord, inschrijvenAntwoord) = await TweeHosts.TegelijkAsync(
                () => TweeHosts.RestAsync(hosts.A, HttpMethod.Delete, $"/api/rio/onderwijsaanbieders/{aanbieder}"),
                () => TweeHosts.RestAsync(hosts.B, HttpMethod.Post, "/api/rod/inschrijvingen", inschrijving, Guid.NewGuid().ToString()));
            using var verwijderd = verwijderenAntwoord;
            using var ingeschreven = inschrijvenAntwoord;

            Assert.NotEqual(verwijderd.IsSuccessStatusCode, ingeschreven.IsSuccessStatusCode);
            var verliezer = verwijderd.IsSuccessStatusCode ? ingeschreven : verwijderd;
            Assert.Equal(HttpStatusCode.UnprocessableEntity, verliezer.StatusCode);
            Assert.Equal(verwijderd.IsSuccessStatusCode ? "ROD025" : "N04820", await TweeHosts.CodeAsync(verliezer));
            Assert.Equal(verwijderd.IsSuccessStatusCode, (await store.GetAsync(RioObjectSoort.Onderwijsaanbieder, aanbieder, CancellationToken.None))!.Verwijderd);
            Assert.Equal(ingeschreven.IsSuccessStatusCode,
                await store.SchrijfAsync((transactie, ct) => transactie.Rod.AanbiederGenoemdAsync(aanbieder, ct), CancellationToken.None));
        }
    }
}

public sealed class GelijktijdigAdresEnBronTestsOnSqlite() : GelijktijdigAdresEnBronTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class GelijktijdigAdresEnBronTestsOnPostgres(PostgresServer postgres) : GelijktijdigAdresEnBronTests(StoreKind.Postgres, postgres);
