using Keten.Application.Demo;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Referentie;
using Keten.Server.Tests.Rio.Server;
using Keten.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Keten.Server.Tests.Rio.Schrijfpad;

/// <summary>Demo seeding uses stable bedrijfsdocument ids: a start with other demo content keeps what was seeded.</summary>
public sealed class DemoOpnieuwTests() : RioServerTestBasis(StoreKind.Sqlite, null)
{
    [Fact]
    public async Task Seeding_other_demo_content_under_the_same_ids_starts_and_leaves_the_seeded_objects_as_they_are()
    {
        var pad = Path.Combine(Path.GetTempPath(), $"keten-demo-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(pad, (await File.ReadAllTextAsync(DemoDataBestanden.Pad("rio-demo.json")))
            .Replace("\"ROC Voorbeeld\"", "\"ROC Voorbeeld (gewijzigd)\"", StringComparison.Ordinal));
        var store = Database.CreateStore(TimeProvider.System);
        var voor = await store.GetAsync(RioObjectSoort.Onderwijsaanbieder, "110A001", CancellationToken.None);

        try
        {
            await Server.Services.GetRequiredService<DemoSeeder>().SeedAsync(pad, CancellationToken.None);
        }
        finally
        {
            File.Delete(pad);
        }

        Assert.Equal(voor, await store.GetAsync(RioObjectSoort.Onderwijsaanbieder, "110A001", CancellationToken.None));
    }
}
