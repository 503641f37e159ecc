using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Ketensignalen;
using Keten.Storage;
using Keten.Storage.Rod;

namespace Keten.Application.Rod;

/// <summary>
/// Many enrolment mutations of one sender in ONE write transaction (a batch, the national load): the batch's
/// bedrijfsdocument claimed (a repeat gets the recorded answers, the same id for another batch is refused), every
/// person of the batch locked in one ascending order, then each mutation judged in order by the same
/// <see cref="InschrijvingBeoordelaar"/> as <see cref="InschrijvingHandler"/> against the dossier as the mutations before
/// it left it. A refused mutation changes nothing; the accepted ones are written together
/// (<see cref="IRodTransactie.BulkSchrijvenAsync"/>). The answers are those the handler would give record by record.
/// The judging is done ahead, on a snapshot read outside the write transaction (so SQLite's one writer only writes);
/// inside, with the persons locked, the transaction checks that their dossiers and the RIO rows read are unchanged, and
/// judges again on what it reads itself when they are not (docs/decisions/0014).
/// </summary>
public sealed class InschrijvingBulkverwerking(IKetenStore store, ReferentiedataBron referentie, TimeProvider tijd)
{
    public const string Operatie = "inschrijvingen_bulk";

    private readonly InschrijvingBeoordelaar beoordelaar = new(referentie);

    /// <summary>How many chunks were judged again inside their write transaction because what was read ahead had changed.</summary>
    public long OpnieuwBeoordeeld => Interlocked.Read(ref opnieuwBeoordeeld);

    private long opnieuwBeoordeeld;

    /// <returns>The answer to each mutation, in the order given.</returns>
    public async Task<IReadOnlyList<InschrijvingTerugkoppeling>> VerwerkAsync(IReadOnlyList<Inschrijvingmutatie> mutaties, Afzender afzender, string? bedrijfsdocumentId,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mutaties);
        ArgumentNullException.ThrowIfNull(afzender);
        var digest = bedrijfsdocumentId is null ? "" : BerichtDigest.Van(Operatie, afzender.Oin, mutaties.Select(m => m.Digest(afzender.Oin)).ToList());
        var vooruit = mutaties.SelectMany(m => RodRioContext.TeLezen(m.Nieuw)).Distinct().ToList();
        // Made before the write transaction, so SQLite's single writer does not wait on the random source per enrolment.
        var nieuweIds = mutaties.Select(m => m.Nieuw is null ? null : Guid.NewGuid().ToString("D")).ToList();
        var bestuur = afzender.Onderwijsbestuurcode;
        var vandaag = Vandaag();
        Vooraf? vooraf = null;
        if (bestuur is not null)
        {
            var gelezen = await store.LeesVoorafAsync(async (transactie, token) =>
            {
                await transactie.LeesVooruitAsync(null, vooruit, token);
                return await LeesAsync(transactie, mutaties, token);
            }, ct);
            var oordeel = Beoordeel(bestuur, mutaties, nieuweIds, gelezen, vandaag);
            vooraf = new Vooraf(gelezen, oordeel, AlsJson(oordeel, bedrijfsdocumentId));
        }

        return await store.SchrijfAsync(async (transactie, token) =>
        {
            if (await Bedrijfsdocumentclaim.ClaimAsync(transactie, Operatie, afzender, bedrijfsdocumentId, digest, vooruit, token) is { } herhaling)
            {
                return BulkAntwoorden.Lees(herhaling);
            }

            var (oordeel, json) = bestuur is null ? Geweigerd(mutaties, afzender, bedrijfsdocumentId)
                : vooraf is not null && await GeldtNogAsync(transactie, mutaties, vooraf.Gelezen, vandaag, token) ? (vooraf.Oordeel, vooraf.Json)
                : await OpnieuwAsync(transactie, bestuur, mutaties, nieuweIds, bedrijfsdocumentId, token);
            if (oordeel.Commit is not null)
            {
                await transactie.Rod.BulkSchrijvenAsync(oordeel.Commit, oordeel.Bestaand, bedrijfsdocumentId, token);
            }

            await transactie.VastleggenAlsLaatsteAsync(new Commit(bedrijfsdocumentId, Operatie, json, []), token);
            return oordeel.Antwoorden;
        }, ct);
    }

    private sealed record Gelezen(IReadOnlyDictionary<Persoonsnummer, RodPersoonsdossier> Dossiers, RodRioBronnen Rio);

    private sealed record Oordeel(IReadOnlyList<InschrijvingTerugkoppeling> Antwoorden, RodCommit? Commit, IReadOnlyList<InschrijvingSleutel> Bestaand);

    private sealed record Vooraf(Gelezen Gelezen, Oordeel Oordeel, string Json);

    private DateOnly Vandaag() => DateOnly.FromDateTime(tijd.GetUtcNow().UtcDateTime);

    private static string AlsJson(Oordeel oordeel, string? bedrijfsdocumentId) => bedrijfsdocumentId is null ? "" : BulkAntwoorden.Vastleggen(oordeel.Antwoorden);

    private static (Oordeel, string) Geweigerd(IReadOnlyList<Inschrijvingmutatie> mutaties, Afzender afzender, string? bedrijfsdocumentId)
    {
        var oordeel = new Oordeel([.. mutaties.Select(_ => InschrijvingTerugkoppeling.Afgekeurd(Foutcodes.AUT401("oin", afzender.Oin)))], null, []);
        return (oordeel, AlsJson(oordeel, bedrijfsdocumentId));
    }

    private async Task<(Oordeel, string)> OpnieuwAsync(IRioTransactie transactie, string bestuur, IReadOnlyList<Inschrijvingmutatie> mutaties, IReadOnlyList<string?> nieuweIds,
        string? bedrijfsdocumentId, CancellationToken ct)
    {
        Interlocked.Increment(ref opnieuwBeoordeeld);
        var oordeel = Beoordeel(bestuur, mutaties, nieuweIds, await LeesAsync(transactie, mutaties, ct), Vandaag());
        return (oordeel, AlsJson(oordeel, bedrijfsdocumentId));
    }

    /// <summary>The persons' dossiers and the RIO rows the chunk's rules read; inside the write transaction with the persons locked.</summary>
    private static async Task<Gelezen> LeesAsync(IRioTransactie transactie, IReadOnlyList<Inschrijvingmutatie> mutaties, CancellationToken ct)
    {
        var dossiers = await transactie.Rod.LeesPersonenAsync([.. mutaties.Select(m => m.Sleutel.Persoon)], ct);
        return new Gelezen(dossiers, await LeesRioAsync(transactie, mutaties, dossiers, ct));
    }

    private static Task<RodRioBronnen> LeesRioAsync(IRioTransactie transactie, IReadOnlyList<Inschrijvingmutatie> mutaties,
        IReadOnlyDictionary<Persoonsnummer, RodPersoonsdossier> dossiers, CancellationToken ct) =>
        RodRioContext.LeesBronnenAsync(transactie,
            [.. mutaties.Select(m => InschrijvingBeoordelaar.Genoemd(m, dossiers[m.Sleutel.Persoon])).OfType<Inschrijving>()],
            mutaties.SelectMany(m => InschrijvingBeoordelaar.Allen(m, dossiers[m.Sleutel.Persoon])), ct);

    /// <summary>
    /// Whether what was read ahead is what the transaction reads now: the persons (locked first) with the same dossiers,
    /// the same RIO rows (now under the transaction's shared locks), the same day.
    /// </summary>
    private async Task<bool> GeldtNogAsync(IRioTransactie transactie, IReadOnlyList<Inschrijvingmutatie> mutaties, Gelezen vooraf, DateOnly vandaag, CancellationToken ct)
    {
        var stempels = await transactie.Rod.LeesStempelsAsync([.. vooraf.Dossiers.Keys], ct);
        return stempels.All(s => s.Value.Equals(Dossierstempel.Van(vooraf.Dossiers[s.Key])))
            && (await LeesRioAsync(transactie, mutaties, vooraf.Dossiers, ct)).ZelfdeAls(vooraf.Rio)
            && Vandaag() == vandaag;
    }

    private Oordeel Beoordeel(string bestuur, IReadOnlyList<Inschrijvingmutatie> mutaties, IReadOnlyList<string?> nieuweIds, Gelezen gelezen, DateOnly vandaag)
    {
        var dossiers = new Dictionary<Persoonsnummer, RodPersoonsdossier>(gelezen.Dossiers);
        var rio = RodRioContext.Bouw(gelezen.Rio);
        var antwoorden = new List<InschrijvingTerugkoppeling>(mutaties.Count);
        var versies = new List<InschrijvingVersie>();
        var personen = new List<Persoonsnummer>();
        var signalen = new List<Ketensignaalwijziging>();
        foreach (var (mutatie, nieuwId) in mutaties.Zip(nieuweIds))
        {
            var persoon = mutatie.Sleutel.Persoon;
            var dossier = dossiers[persoon];
            var uitkomst = beoordelaar.Beoordeel(bestuur, mutatie, dossier, rio.VoorAanbieders(MetLeerroute(InschrijvingBeoordelaar.Allen(mutatie, dossier))), vandaag, nieuwId);
            antwoorden.Add(uitkomst.Antwoord);
            if (uitkomst is { Commit: { } commit, DossierNa: { } na })
            {
                dossiers[persoon] = na;
                versies.AddRange(commit.Versies);
                personen.AddRange(commit.NieuwePersonen);
                signalen.AddRange(commit.Signalen);
            }
        }

        var bestaand = versies.Select(v => v.Staat.Sleutel).Distinct()
            .Where(s => InschrijvingBeoordelaar.Bestaand(gelezen.Dossiers[s.Persoon], s) is not null).ToList();
        return new Oordeel(antwoorden, versies.Count == 0 ? null : new RodCommit(versies, personen, signalen), bestaand);
    }

    private static HashSet<string> MetLeerroute(IEnumerable<Inschrijving> inschrijvingen) =>
        inschrijvingen.SelectMany(i => i.Perioden).Where(p => p.Leerroute is not null).Select(p => p.Onderwijsaanbiedercode).ToHashSet(StringComparer.Ordinal);
}
