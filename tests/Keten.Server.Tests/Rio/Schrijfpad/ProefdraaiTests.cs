using Keten.Application.Rio.Handlers;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Server;
using Keten.Storage;
using Microsoft.Extensions.DependencyInjection;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Schrijfpad;

/// <summary>The dry-run hook: every rule and the full answer, the changes it would make, and nothing written.</summary>
public abstract class ProefdraaiTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    [Fact]
    public async Task Dry_run_answers_and_lists_the_changes_but_changes_and_records_nothing()
    {
        var handler = Server.Services.GetRequiredService<AangebodenOpleidingHandler>();
        var afzender = new Afzender(RocVoorbeeldOin, RocVoorbeeld);
        var ao = NieuweMboOpleiding("110A001");
        var id = Guid.NewGuid().ToString();
        var store = Database.CreateStore(TimeProvider.System);

        var proef = await handler.AanleverenAsync(ao, afzender, id, CancellationToken.None, proefdraai: true);

        Assert.True(proef.Antwoord.RequestGoedgekeurd);
        var wijziging = Assert.Single(proef.Wijzigingen);
        Assert.Equal(ao.AangebodenOpleidingCode.ToString("D"), wijziging.Sleutel);
        Assert.Equal([null], proef.Huidig);
        Assert.Null(await store.GetAsync(RioObjectSoort.AangebodenOpleiding, wijziging.Sleutel, CancellationToken.None));
        Assert.Null(await store.FindAntwoordAsync(id, CancellationToken.None));

        var echt = await handler.AanleverenAsync(ao with { Einddatum = new DateOnly(2030, 8, 1) }, afzender, id, CancellationToken.None);

        Assert.True(echt.Antwoord.RequestGoedgekeurd);
        Assert.NotNull(await store.GetAsync(RioObjectSoort.AangebodenOpleiding, wijziging.Sleutel, CancellationToken.None));
    }

    [Fact]
    public async Task Dry_run_of_a_change_shows_the_stored_state_it_would_replace()
    {
        var handler = Server.Services.GetRequiredService<OnderwijsaanbiederHandler>();
        var store = Database.CreateStore(TimeProvider.System);
        var voor = await store.GetAsync(RioObjectSoort.Onderwijsaanbieder, "110A001", CancellationToken.None);
        var aanbieder = Keten.Application.Rio.RioJson.Deserialize<Keten.Domain.Rio.Onderwijsaanbieder>(voor!.StateJson!);

        var proef = await handler.AanleverenAsync(aanbieder with { UitBedrijfdatum = new DateOnly(2031, 8, 1) },
            new Afzender(RocVoorbeeldOin, RocVoorbeeld), null, CancellationToken.None, proefdraai: true);

        Assert.True(proef.Antwoord.RequestGoedgekeurd);
        Assert.Contains("2031-08-01", Assert.Single(proef.Wijzigingen).StateJson, StringComparison.Ordinal);
        Assert.Equal(voor, Assert.Single(proef.Huidig));
        Assert.Equal(voor, await store.GetAsync(RioObjectSoort.Onderwijsaanbieder, "110A001", CancellationToken.None));
    }
}

public sealed class ProefdraaiTestsOnSqlite() : ProefdraaiTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class ProefdraaiTestsOnPostgres(PostgresServer postgres) : ProefdraaiTests(StoreKind.Postgres, postgres);
