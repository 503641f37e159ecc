using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;
using Keten.Server.Tests.Infrastructure;
using Keten.Storage.Audit;

namespace Keten.Server.Tests.Rod;

/// <summary>The identificatieverzoek against Keten's own persons register, on a real database.</summary>
public abstract class IdentificatieHandlerTests(StoreKind kind, PostgresServer? postgres) : RodKetenTestBasis(kind, postgres)
{
    private static readonly Persoonsgegevens Anna = new("Vries", "de", "Anna Maria", "2011-05-06", "V", "1234AB");

    private IdentificatieHandler Identificatie => new(Store, Kalender);

    [Fact]
    public async Task A_person_nobody_registered_gets_a_new_valid_onderwijsnummer_that_can_then_be_enrolled()
    {
        var antwoord = await Identificatie.IdentificerenAsync(Anna, Roc, null, CancellationToken.None);

        Assert.True(antwoord.Goedgekeurd);
        Assert.True(antwoord.NieuwToegekend);
        var persoon = antwoord.Persoon!.Value;
        Assert.Equal(PersoonsnummerSoort.Onderwijsnummer, persoon.Soort);
        Assert.True(persoon.IsGeldig);
        var inschrijving = await Handler.ToevoegenAsync(Mbo(MboPeriode(new(2024, 8, 1), null)) with { Persoon = persoon }, Roc, null, CancellationToken.None);
        Assert.True(inschrijving.LeveringGoedgekeurd, string.Join(", ", inschrijving.Foutmeldingen.Select(f => f.Foutcode)));
    }

    [Fact]
    public async Task The_same_person_asked_again_by_another_school_gets_the_same_onderwijsnummer()
    {
        var eerste = await Identificatie.IdentificerenAsync(Anna, Roc, null, CancellationToken.None);

        var tweede = await Identificatie.IdentificerenAsync(Anna with { Achternaam = "VRIES", Voornamen = "Anna", Postcode = null }, School, null, CancellationToken.None);

        Assert.Equal(eerste.Persoon, tweede.Persoon);
        Assert.False(tweede.NieuwToegekend);
        Assert.Equal(1, await TelAsync("SELECT COUNT(*) FROM rod_persoon"));
    }

    [Fact]
    public async Task Concurrent_requests_for_one_person_give_one_number()
    {
        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Identificatie.IdentificerenAsync(Anna, Roc, null, CancellationToken.None)));

        Assert.Single(antwoorden.Select(a => a.Persoon).Distinct());
        Assert.Single(antwoorden, a => a.NieuwToegekend);
        Assert.Equal(1, await TelAsync("SELECT COUNT(*) FROM rod_persoon"));
    }

    [Fact]
    public async Task A_person_loaded_with_a_bsn_is_answered_with_that_bsn()
    {
        var (geladen, fouten) = await new Personenregister(Store, Kalender).LadenAsync([new BrpPersoon(Leerling.Waarde, Anna)], Auditbron.Onbekend, CancellationToken.None);

        var antwoord = await Identificatie.IdentificerenAsync(Anna with { Voornamen = "A." }, Roc, null, CancellationToken.None);

        Assert.Equal((1, 0), (geladen, fouten.Count));
        Assert.Equal(Leerling, antwoord.Persoon);
        Assert.False(antwoord.NieuwToegekend);
    }

    [Fact]
    public async Task Loading_skips_an_invalid_bsn_with_ROD002_and_loads_the_rest()
    {
        var (geladen, fouten) = await new Personenregister(Store, Kalender).LadenAsync(
            [new BrpPersoon("999990018", Anna), new BrpPersoon(Leerling.Waarde, Anna)], Auditbron.Onbekend, CancellationToken.None);

        Assert.Equal(1, geladen);
        Assert.Equal((1, "ROD002"), (fouten.Single().Positie, fouten.Single().Fout.Foutcode));
    }

    [Fact]
    public async Task Two_registered_persons_that_both_match_are_refused_with_ROD074_and_nothing_is_issued()
    {
        await Identificatie.IdentificerenAsync(Anna, Roc, null, CancellationToken.None);
        await Identificatie.IdentificerenAsync(Anna with { Postcode = "9999ZZ" }, Roc, null, CancellationToken.None);

        var antwoord = await Identificatie.IdentificerenAsync(Anna with { Postcode = null }, Roc, null, CancellationToken.None);

        Assert.Equal(["ROD074"], antwoord.Foutmeldingen.Select(f => f.Foutcode));
        Assert.Null(antwoord.Persoon);
        Assert.Equal(2, await TelAsync("SELECT COUNT(*) FROM rod_persoon"));
    }

    [Fact]
    public async Task Invalid_data_are_refused_naming_the_field_and_register_nobody()
    {
        var antwoord = await Identificatie.IdentificerenAsync(Anna with { Geboortedatum = "2011-13-01" }, Roc, null, CancellationToken.None);

        Assert.False(antwoord.Goedgekeurd);
        Assert.Contains(antwoord.Foutmeldingen, f => f.Foutcode == "ROD071" && f.Sleutelgegevens.Any(s => s.Sleutelwaarde == "geboortedatum"));
        Assert.Equal(0, await TelAsync("SELECT COUNT(*) FROM rod_persoon"));
    }

    [Fact]
    public async Task A_repeat_with_the_same_bedrijfsdocument_id_gets_the_same_answer_and_another_request_with_it_is_refused()
    {
        var id = Guid.NewGuid().ToString();
        var eerste = await Identificatie.IdentificerenAsync(Anna, Roc, id, CancellationToken.None);

        var herhaling = await Identificatie.IdentificerenAsync(Anna, Roc, id, CancellationToken.None);

        Assert.Equal(eerste.Persoon, herhaling.Persoon);
        Assert.True(herhaling.NieuwToegekend);
        await Assert.ThrowsAsync<BedrijfsdocumentAlGebruiktException>(() =>
            Identificatie.IdentificerenAsync(Anna with { Achternaam = "Bakker" }, Roc, id, CancellationToken.None));
    }
}

public sealed class IdentificatieHandlerTestsOnSqlite() : IdentificatieHandlerTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class IdentificatieHandlerTestsOnPostgres(PostgresServer postgres) : IdentificatieHandlerTests(StoreKind.Postgres, postgres);
