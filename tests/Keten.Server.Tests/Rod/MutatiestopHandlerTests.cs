using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Domain.Rod;
using Keten.Domain.Verzuim;
using Keten.Server.Tests.Infrastructure;

namespace Keten.Server.Tests.Rod;

/// <summary>
/// The mutation stop on a real database, judged alike by the single-message handler and the bulk ingest: an MBO enrolment
/// from 2024-08-01 counts on 1 October 2024 and 1 February 2025, whose stop begins on 1 June 2025.
/// </summary>
public abstract class MutatiestopHandlerTests(StoreKind kind, PostgresServer? postgres) : RodKetenTestBasis(kind, postgres)
{
    private static readonly DateOnly Begin = new(2024, 8, 1);

    [Theory]
    [InlineData("2025-05-31", true)]
    [InlineData("2025-06-01", false)]
    [InlineData("2025-06-02", false)]
    public async Task A_funding_change_passes_the_day_before_the_stop_and_is_refused_on_and_after_it_by_handler_and_bulk(string dag, bool goedgekeurd)
    {
        await LeverBeginAsync();
        Kalender.SetUtcNow(new DateTimeOffset(DateOnly.Parse(dag, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(9, 0), TimeSpan.Zero));
        var nietBekostigbaar = Mbo(MboPeriode(Begin, null, bekostigbaar: false));

        var bulk = await Bulk.VerwerkAsync([Inschrijvingmutatie.Aanpassen(nietBekostigbaar)], Roc, null, CancellationToken.None);
        var enkel = await Handler.AanpassenAsync(nietBekostigbaar, Roc, null, CancellationToken.None);

        Assert.Equal(goedgekeurd, bulk[0].LeveringGoedgekeurd);
        Assert.Equal(goedgekeurd ? [] : ["ROD080"], bulk[0].Foutmeldingen.Select(f => f.Foutcode));
        Assert.Equal(goedgekeurd ? 1 : 0, await TelAsync(
            "SELECT COUNT(*) FROM rod_inschrijving i JOIN rod_periode p ON p.versie = i.versie WHERE i.geregistreerd_tot IS NULL AND p.indicatie_bekostigbaar = false"));
        Assert.Equal(RioJson.Serialize(bulk[0].Foutmeldingen), RioJson.Serialize(enkel.Foutmeldingen));
    }

    [Fact]
    public async Task With_the_accountantsverklaring_the_bulk_accepts_with_RS005_and_names_who_reports()
    {
        await LeverBeginAsync();
        Kalender.SetUtcNow(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));

        var antwoorden = await Bulk.VerwerkAsync(
            [Inschrijvingmutatie.Aanpassen(Mbo(MboPeriode(Begin, null, bekostigbaar: false)), accountantsverklaring: true),
                Inschrijvingmutatie.Verwijderen(Mbo(MboPeriode(Begin, null)).Sleutel)],
            Roc, null, CancellationToken.None);

        Assert.True(antwoorden[0].LeveringGoedgekeurd);
        Assert.Contains(antwoorden[0].Signalen, s => s.Signaalcode == "RS005");
        Assert.Equal(new DateOnly(2025, 6, 2), antwoorden[0].Verantwoordelijkheid!.Datum);
        Assert.Equal(("25LZ", "M1", Verantwoordelijkheidsredenen.EnigeInschrijving),
            (antwoorden[0].Verantwoordelijkheid!.Verantwoordelijke!.Brin, antwoorden[0].Verantwoordelijkheid!.Verantwoordelijke!.Inschrijvingvolgnummer,
                antwoorden[0].Verantwoordelijkheid!.Verantwoordelijke!.Redencode));
        Assert.Equal(["ROD080"], antwoorden[1].Foutmeldingen.Select(f => f.Foutcode));
    }

    [Fact]
    public async Task A_non_funding_field_changes_after_the_stop()
    {
        await LeverBeginAsync();
        Kalender.SetUtcNow(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));

        var antwoord = await Handler.AanpassenAsync(Mbo(MboPeriode(Begin, null)) with { HoogsteVooropleiding = "05" }, Roc, null, CancellationToken.None);

        Assert.True(antwoord.LeveringGoedgekeurd, string.Join(", ", antwoord.Foutmeldingen.Select(f => f.Foutcode)));
        Assert.DoesNotContain(antwoord.Signalen, s => s.Signaalcode == "RS005");
    }

    private async Task LeverBeginAsync() =>
        Assert.True((await Handler.ToevoegenAsync(Mbo(MboPeriode(Begin, null)), Roc, null, CancellationToken.None)).LeveringGoedgekeurd);
}

public sealed class MutatiestopHandlerTestsOnSqlite() : MutatiestopHandlerTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class MutatiestopHandlerTestsOnPostgres(PostgresServer postgres) : MutatiestopHandlerTests(StoreKind.Postgres, postgres);
