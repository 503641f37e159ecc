using System.Collections.Frozen;
using Keten.Domain.Toegang;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Ketensignalen;
using Keten.Storage;
using Keten.Storage.Audit;
using Keten.Storage.Rod;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Application.Rod;

/// <summary>
/// Many enrolment mutations of one sender in ONE write transaction (a batch, the national load): the batch's
/// bedrijfsdocument claimed (a repeat gets the recorded answers, the same id for another batch is refused), every
/// person of the batch locked in one ascending order and the dossiers of the registered ones read, RIO's context read once,
/// then each mutation judged in order by the same <see cref="InschrijvingBeoordelaar"/> as
/// <see cref="InschrijvingHandler"/> against the dossier as the mutations before it left it. A refused mutation changes
/// nothing; the accepted ones are written together (<see cref="IRodTransactie.BulkSchrijvenAsync"/>). The answers are
/// those the handler would give record by record. Onderwijsnummers issued to the batch's persons just before it (the
/// national load issues them as DUO's register does for a person without BSN) are registered in the same transaction,
/// before the rules look, so a batch never waits on a transaction of its own for them.
/// </summary>
public sealed class InschrijvingBulkverwerking(IKetenStore store, ReferentiedataBron referentie, TimeProvider tijd)
{
    public const string Operatie = "inschrijvingen_bulk";

    private readonly InschrijvingBeoordelaar beoordelaar = new(referentie);

    /// <param name="uitgegevenOnderwijsnummers">
    /// Onderwijsnummers issued to persons of these mutations for this batch: registered with it (each at most once: one
    /// the register already has stays as it is), also when every mutation about the person is refused.
    /// </param>
    /// <returns>The answer to each mutation, in the order given.</returns>
    public async Task<IReadOnlyList<InschrijvingTerugkoppeling>> VerwerkAsync(IReadOnlyList<Inschrijvingmutatie> mutaties, Afzender afzender, string? bedrijfsdocumentId,
        CancellationToken ct, IReadOnlyCollection<Persoonsnummer>? uitgegevenOnderwijsnummers = null)
    {
        ArgumentNullException.ThrowIfNull(mutaties);
        ArgumentNullException.ThrowIfNull(afzender);
        var uitgegeven = uitgegevenOnderwijsnummers ?? [];
        if (uitgegeven.Any(p => p.Soort != PersoonsnummerSoort.Onderwijsnummer || !mutaties.Any(m => m.Sleutel.Persoon == p)))
        {
            throw new ArgumentException("Only onderwijsnummers of persons these mutations are about can be issued with them.", nameof(uitgegevenOnderwijsnummers));
        }

        var digest = bedrijfsdocumentId is null ? "" : BerichtDigest.Van(Operatie, afzender.Oin, mutaties.Select(m => m.Digest(afzender.Oin)).ToList());
        var vooruit = mutaties.SelectMany(m => RodRioContext.TeLezen(m.Nieuw)).Distinct().ToList();
        // Made before the write transaction, so SQLite's single writer does not wait on the random source per enrolment.
        var nieuweIds = mutaties.Select(m => m.Nieuw is null ? null : InschrijvingIds.Nieuw()).ToList();
        return await store.SchrijfAsync(async (transactie, token) =>
        {
            if (await Bedrijfsdocumentclaim.ClaimAsync(transactie, Operatie, afzender, bedrijfsdocumentId, digest, vooruit, token) is { } herhaling)
            {
                return BulkAntwoorden.Lees(herhaling);
            }

            (IReadOnlyList<InschrijvingTerugkoppeling> antwoorden, RodCommit? commit, IReadOnlyList<InschrijvingSleutel> bestaand, IReadOnlyList<Auditregel> audit) =
                afzender.Onderwijsbestuurcode is { } bestuur
                    ? await BeoordeelAsync(transactie, bestuur, afzender.Autorisaties, mutaties, nieuweIds, uitgegeven, token)
                    : ([.. mutaties.Select(_ => InschrijvingTerugkoppeling.Afgekeurd(Foutcodes.AUT401("oin", afzender.Oin)))], null, [], []);
            // The answers are serialised on another core while the rows are written: on SQLite everything else here runs on
            // the one writer thread, which bounds the load.
            var vastgelegd = bedrijfsdocumentId is null ? Task.FromResult("") : Task.Run(() => BulkAntwoorden.Vastleggen(antwoorden), token);
            if (commit is not null)
            {
                await transactie.Rod.BulkSchrijvenAsync(commit, bestaand, bedrijfsdocumentId, token);
            }

            await transactie.VastleggenAlsLaatsteAsync(new Commit(bedrijfsdocumentId, Operatie, await vastgelegd, [], Door: Auditbronnen.Van(afzender)) { Auditregels = audit },
                token);
            return antwoorden;
        }, ct);
    }

    private async Task<(IReadOnlyList<InschrijvingTerugkoppeling>, RodCommit?, IReadOnlyList<InschrijvingSleutel>, IReadOnlyList<Auditregel>)> BeoordeelAsync(
        IRioTransactie transactie, string bestuur, IReadOnlyList<Autorisatie>? autorisaties, IReadOnlyList<Inschrijvingmutatie> mutaties, IReadOnlyList<string?> nieuweIds,
        IReadOnlyCollection<Persoonsnummer> uitgegeven, CancellationToken ct)
    {
        var gelezen = await transactie.Rod.LeesPersonenAsync([.. mutaties.Select(m => m.Sleutel.Persoon)], ct);
        var dossiers = new Dictionary<Persoonsnummer, RodPersoonsdossier>(gelezen);
        // Issued with this batch: known to the rules from here on, and written with the batch's rows.
        var personen = uitgegeven.Distinct().Where(p => !gelezen[p].PersoonBekend).ToList();
        foreach (var persoon in personen)
        {
            dossiers[persoon] = gelezen[persoon] with { PersoonBekend = true };
        }

        var rio = await RodRioContext.LaadAsync(transactie,
            [.. mutaties.Select(m => InschrijvingBeoordelaar.Genoemd(m, gelezen[m.Sleutel.Persoon])).OfType<Inschrijving>()],
            mutaties.SelectMany(m => InschrijvingBeoordelaar.Allen(m, gelezen[m.Sleutel.Persoon])), ct);
        var vandaag = tijd.Vandaag();

        var antwoorden = new List<InschrijvingTerugkoppeling>(mutaties.Count);
        var versies = new List<InschrijvingVersie>();
        var signalen = new List<Ketensignaalwijziging>();
        var geaccepteerd = new Dictionary<(string Brin, string Operatie), int>();
        foreach (var (mutatie, nieuwId) in mutaties.Zip(nieuweIds))
        {
            var persoon = mutatie.Sleutel.Persoon;
            var dossier = dossiers[persoon];
            var uitkomst = beoordelaar.Beoordeel(bestuur, mutatie, dossier, rio.VoorAanbieders(MetLeerroute(InschrijvingBeoordelaar.Allen(mutatie, dossier))), vandaag, nieuwId, autorisaties);
            antwoorden.Add(uitkomst.Antwoord);
            if (uitkomst is { Commit: { } commit, DossierNa: { } na })
            {
                dossiers[persoon] = na;
                geaccepteerd[(mutatie.Sleutel.Brin, mutatie.Operatie)] = geaccepteerd.GetValueOrDefault((mutatie.Sleutel.Brin, mutatie.Operatie)) + 1;
                versies.AddRange(commit.Versies);
                personen.AddRange(commit.NieuwePersonen);
                signalen.AddRange(commit.Signalen);
            }
        }

        var bestaand = versies.Select(v => v.Staat.Sleutel).Distinct()
            .Where(s => InschrijvingBeoordelaar.Bestaand(gelezen[s.Persoon], s) is not null).ToList();
        // The audit trail of a bulk message: per BRIN and operation how many mutations it accepted (ADR 0021), not one row each.
        var audit = geaccepteerd.OrderBy(g => g.Key.Brin, StringComparer.Ordinal).ThenBy(g => g.Key.Operatie, StringComparer.Ordinal)
            .Select(g => new Auditregel(bestuur, g.Key.Operatie, Auditobjecten.Inschrijving, null, g.Key.Brin, Aantal: g.Value)).ToList();
        return (antwoorden, versies.Count == 0 && personen.Count == 0 ? null : new RodCommit(versies, personen, signalen), bestaand, audit);
    }

    private static IReadOnlySet<string> MetLeerroute(IEnumerable<Inschrijving> inschrijvingen)
    {
        HashSet<string>? aanbieders = null;
        foreach (var periode in inschrijvingen.SelectMany(i => i.Perioden))
        {
            if (periode.Leerroute is not null)
            {
                (aanbieders ??= new HashSet<string>(StringComparer.Ordinal)).Add(periode.Onderwijsaanbiedercode);
            }
        }

        return aanbieders ?? (IReadOnlySet<string>)FrozenSet<string>.Empty;
    }
}
