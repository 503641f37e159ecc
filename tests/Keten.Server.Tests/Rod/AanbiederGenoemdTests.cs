using Keten.Domain.Rod;
using Keten.Server.Tests.Infrastructure;

namespace Keten.Server.Tests.Rod;

/// <summary>
/// What N04820 looks for in ROD ("Onderwijsaanbiedercode mag niet voorkomen in Bron deelnames of Bron resultaten"):
/// a current, not deleted enrolment whose period names the aanbieder, as its aanbieder or as samenwerkende aanbieder.
/// </summary>
public abstract class AanbiederGenoemdTests(StoreKind kind, PostgresServer? postgres) : RodKetenTestBasis(kind, postgres)
{
    private static readonly DateOnly Begin = new(2024, 8, 1);

    [Fact]
    public async Task An_enrolment_names_its_aanbieder_and_its_samenwerkende_aanbieder_until_it_is_deleted()
    {
        var mbo = Mbo(MboPeriode(Begin, Leerroutefase.VO) with { SamenwerkendeOnderwijsaanbiedercode = VoAanbieder });
        Assert.Equal((false, false), await GenoemdAsync());

        var toegevoegd = await Handler.ToevoegenAsync(mbo, Roc, Guid.NewGuid().ToString(), CancellationToken.None);
        Assert.True(toegevoegd.LeveringGoedgekeurd, string.Join(", ", toegevoegd.Foutmeldingen.Select(f => f.Foutcode)));
        Assert.Equal((true, true), await GenoemdAsync());

        Time.Advance(TimeSpan.FromMinutes(1));
        var verwijderd = await Handler.VerwijderenAsync(mbo.Sleutel, Roc, Guid.NewGuid().ToString(), CancellationToken.None);
        Assert.True(verwijderd.LeveringGoedgekeurd, string.Join(", ", verwijderd.Foutmeldingen.Select(f => f.Foutcode)));
        Assert.Equal((false, false), await GenoemdAsync());
    }

    [Fact]
    public async Task An_enrolment_that_ended_still_names_its_aanbieder()
    {
        var mbo = Mbo(MboPeriode(Begin, null));
        Assert.True((await Handler.ToevoegenAsync(mbo, Roc, Guid.NewGuid().ToString(), CancellationToken.None)).LeveringGoedgekeurd);
        Time.Advance(TimeSpan.FromMinutes(1));
        var uit = await Handler.UitschrijvenAsync(new Uitschrijving(mbo.Sleutel, Begin.AddDays(20), "02", []), Roc, Guid.NewGuid().ToString(), CancellationToken.None);
        Assert.True(uit.LeveringGoedgekeurd, string.Join(", ", uit.Foutmeldingen.Select(f => f.Foutcode)));

        Assert.Equal((true, false), await GenoemdAsync());
    }

    private Task<(bool Mbo, bool Vo)> GenoemdAsync() =>
        Store.SchrijfAsync(async (transactie, ct) =>
            (await transactie.Rod.AanbiederGenoemdAsync(MboAanbieder, ct), await transactie.Rod.AanbiederGenoemdAsync(VoAanbieder, ct)), CancellationToken.None);
}

public sealed class AanbiederGenoemdTestsOnSqlite() : AanbiederGenoemdTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class AanbiederGenoemdTestsOnPostgres(PostgresServer postgres) : AanbiederGenoemdTests(StoreKind.Postgres, postgres);
