using Keten.Domain.Toegang;
using Keten.Storage.Toegang;
using Keten.Server.Tests.Infrastructure;
using Keten.Storage.Audit;

namespace Keten.Server.Tests.Toegang;

/// <summary>What must hold when requests race: one code is accepted once, and a board keeps a beheerder.</summary>
public abstract class ToegangGelijktijdigTests(StoreKind kind, PostgresServer? postgres) : ToegangTestBasis(kind, postgres)
{
    [Fact]
    public async Task The_same_code_sent_twice_at_once_logs_in_only_once()
    {
        var code = Code("JBSWY3DPEHPK3PXP");

        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            PostAsync("/api/toegang/token/inloggen", new { gebruikersnaam = "jbeheerder", code })));

        Assert.Single(antwoorden, a => a.IsSuccessStatusCode);
        Assert.All(antwoorden.Where(a => !a.IsSuccessStatusCode), a => Assert.Equal(401, (int)a.StatusCode));
    }

    [Fact]
    public async Task A_revoke_waits_for_a_concurrent_one_and_then_keeps_the_last_beheerder()
    {
        var beheerder = await MedewerkerAsync("100B001", "J. Beheerder");
        var deVries = await MedewerkerAsync("100B001", "A. de Vries");
        var store = Store;
        await store.Medewerkers.WijzigAutorisatiesAsync("100B001", deVries.Id, [new Autorisatie(Functie.Beheer)], [], Auditbron.Onbekend, CancellationToken.None);

        // Another process revokes de Vries's beheer and has not committed yet, holding the board as the store does.
        await using var ander = await RuweSql.OpenAsync(Database);
        await RuweSql.ExecAsync(ander, null, Kind == StoreKind.Postgres ? "BEGIN" : "BEGIN IMMEDIATE");
        if (Kind == StoreKind.Postgres)
        {
            await RuweSql.ExecAsync(ander, null, "SELECT id FROM medewerker WHERE onderwijsbestuurcode = '100B001' ORDER BY id FOR UPDATE");
        }

        await RuweSql.ExecAsync(ander, null, $"DELETE FROM medewerker_autorisatie WHERE medewerker_id = '{deVries.Id}' AND functie = 'Beheer'");
        var intrekken = Task.Run(() => store.Medewerkers.WijzigAutorisatiesAsync("100B001", beheerder.Id, [], [new Autorisatie(Functie.Beheer)], Auditbron.Onbekend, CancellationToken.None));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(intrekken.IsCompleted);
        await RuweSql.ExecAsync(ander, null, "COMMIT");

        Assert.Equal(AutorisatieWijziging.LaatsteBeheer, await intrekken);
        Assert.Contains(new Autorisatie(Functie.Beheer), (await MedewerkerAsync("100B001", "J. Beheerder")).Autorisaties);
    }
}

public sealed class ToegangGelijktijdigTestsOnSqlite() : ToegangGelijktijdigTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class ToegangGelijktijdigTestsOnPostgres(PostgresServer p) : ToegangGelijktijdigTests(StoreKind.Postgres, p);
