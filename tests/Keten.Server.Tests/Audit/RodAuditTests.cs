using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rod;
using Keten.Storage.Audit;

namespace Keten.Server.Tests.Audit;

/// <summary>
/// The audit trail of the enrolment register (ADR 0021): a mutation leaves one row naming the enrolment by its own id
/// and BRIN, a bulk message one row per BRIN and operation with its count, persons are counted, never named, and no
/// BSN or onderwijsnummer is anywhere in the table.
/// </summary>
public abstract class RodAuditTests(StoreKind kind, PostgresServer? postgres) : RodKetenTestBasis(kind, postgres)
{
    private static readonly DateOnly Jaar3 = new(2024, 8, 1);
    private static readonly Persoonsnummer Tweede = Persoonsnummer.Bsn("999990020");
    private static readonly Afzender RocOverSoap = Roc with { Deur = Deur.Soap, Handelende = new Handelende(HandelendeSoort.Certificaat, Roc.Oin) };
    private static readonly Persoonsgegevens Anna = new("Vries", "de", "Anna Maria", "2011-05-06", "V", "1234AB");

    [Fact]
    public async Task A_mutation_leaves_exactly_its_row_naming_the_enrolment_by_id_and_brin_with_door_and_actor()
    {
        var id = Guid.NewGuid().ToString();

        var antwoord = await Handler.ToevoegenAsync(Mbo(MboPeriode(Jaar3, null)), RocOverSoap, id, CancellationToken.None);

        Assert.True(antwoord.LeveringGoedgekeurd);
        var rij = Assert.Single(await InschrijvingRijenAsync());
        Assert.Equal(new AuditRegel(Bestuur, "soap", "certificaat", Roc.Oin, "toevoegen_inschrijving", "Inschrijving", antwoord.InschrijvingId, MboBrin,
            "inschrijvingvolgnummer M1", 1, id, "goedgekeurd"), rij);
    }

    [Fact]
    public async Task A_refused_mutation_leaves_no_row()
    {
        var fout = Mbo(MboPeriode(Jaar3, null)) with { DatumUitschrijvingWerkelijk = Jaar3.AddDays(-1) };

        var antwoord = await Handler.ToevoegenAsync(fout, RocOverSoap, null, CancellationToken.None);

        Assert.False(antwoord.LeveringGoedgekeurd);
        Assert.Empty(await InschrijvingRijenAsync());
    }

    [Fact]
    public async Task A_bulk_message_leaves_one_row_per_brin_and_operation_counting_its_accepted_mutations()
    {
        var batch = RocOverSoap with { Deur = Deur.Batch };
        var fout = Mbo(MboPeriode(Jaar3, null)) with { Persoon = Tweede, DatumUitschrijvingWerkelijk = Jaar3.AddDays(-1) };
        var id = Guid.NewGuid().ToString();

        await Bulk.VerwerkAsync(
            [Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Jaar3, null))), Inschrijvingmutatie.Toevoegen(fout),
                Inschrijvingmutatie.Toevoegen(Mbo(MboPeriode(Jaar3, null)) with { Persoon = Persoonsnummer.Bsn("999990032") }),
                Inschrijvingmutatie.Aanpassen(Mbo(MboPeriode(Jaar3, null)) with { HoogsteVooropleiding = "05" })],
            batch, id, CancellationToken.None);

        Assert.Equal(
            [
                new AuditRegel(Bestuur, "batch", "certificaat", Roc.Oin, "aanpassen_inschrijving", "Inschrijving", null, MboBrin, null, 1, id, "goedgekeurd"),
                new AuditRegel(Bestuur, "batch", "certificaat", Roc.Oin, "toevoegen_inschrijving", "Inschrijving", null, MboBrin, null, 2, id, "goedgekeurd"),
            ],
            await InschrijvingRijenAsync());
    }

    [Fact]
    public async Task No_bsn_or_onderwijsnummer_is_in_any_audit_row_after_enrolments_identification_and_a_person_load()
    {
        var inschrijving = Mbo(MboPeriode(Jaar3, null));
        await Handler.ToevoegenAsync(inschrijving, RocOverSoap, null, CancellationToken.None);
        await Handler.AanpassenAsync(inschrijving with { HoogsteVooropleiding = "05" }, RocOverSoap, null, CancellationToken.None);
        await Handler.UitschrijvenAsync(new Uitschrijving(inschrijving.Sleutel, Jaar3.AddMonths(3), null, []), RocOverSoap, null, CancellationToken.None);
        await Handler.VerwijderenAsync(inschrijving.Sleutel, RocOverSoap, null, CancellationToken.None);
        await Bulk.VerwerkAsync([Inschrijvingmutatie.Toevoegen(inschrijving with { Persoon = Tweede })], RocOverSoap, null, CancellationToken.None);
        var identificatie = await new IdentificatieHandler(Store, Kalender).IdentificerenAsync(Anna, RocOverSoap, null, CancellationToken.None);
        await new Personenregister(Store, Kalender).LadenAsync([new BrpPersoon("999990044", Anna)], Auditbronnen.Systeem("test"), CancellationToken.None);

        var rijen = await AuditTabel.LeesAsync(Database);
        var nummers = new[] { Leerling.Waarde, Tweede.Waarde, "999990044", identificatie.Persoon!.Value.Waarde };
        Assert.Equal(4, await TelAsync("SELECT COUNT(*) FROM rod_persoon"));
        Assert.Contains(rijen, r => r.Operatie == "identificatieverzoek" && r.ObjectSoort == "Persoon" && r.ObjectSleutel is null);
        Assert.Contains(rijen, r => r.Operatie == "personen_laden" && r.Aantal == 1 && r.ObjectSleutel is null);
        Assert.Equal(4, rijen.Count(r => r.ObjectSoort == "Inschrijving" && r.ObjectSleutel is not null));
        Assert.All(rijen, r => Assert.DoesNotContain(nummers, n => r.Alles.Contains(n, StringComparison.Ordinal)));
    }

    private async Task<List<AuditRegel>> InschrijvingRijenAsync() =>
        [.. (await AuditTabel.LeesAsync(Database)).Where(r => r.ObjectSoort == "Inschrijving")];
}

public sealed class RodAuditTestsOnSqlite() : RodAuditTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class RodAuditTestsOnPostgres(PostgresServer postgres) : RodAuditTests(StoreKind.Postgres, postgres);
