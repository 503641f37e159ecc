using Keten.Domain.Toegang;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Ketensignalen;
using Keten.Storage;
using Keten.Storage.Rod;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Application.Rod;

/// <summary>
/// The four enrolment mutations (T, A, U, V) for every door. Each runs in ONE write transaction: the bedrijfsdocument
/// claim (a repeat gets its original answer, the same id for another message is refused), the person locked and all the
/// person's enrolments read, RIO's aanbieders and leerroutes read, every rule, and when accepted the new version, the
/// person (a BSN seen for the first time), the recomputed chain signals and the answer, committed together.
/// And the one read every door offers: an enrolment by its stable id, only to its own board.
/// </summary>
public sealed class InschrijvingHandler(IKetenStore store, ReferentiedataBron referentie, TimeProvider tijd)
{
    private readonly InschrijvingBeoordelaar beoordelaar = new(referentie);

    public Task<InschrijvingTerugkoppeling> ToevoegenAsync(Inschrijving inschrijving, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct) =>
        VerwerkAsync(Inschrijvingmutatie.Toevoegen(inschrijving), afzender, bedrijfsdocumentId, ct);

    public Task<InschrijvingTerugkoppeling> AanpassenAsync(Inschrijving inschrijving, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct) =>
        VerwerkAsync(Inschrijvingmutatie.Aanpassen(inschrijving), afzender, bedrijfsdocumentId, ct);

    public Task<InschrijvingTerugkoppeling> UitschrijvenAsync(Uitschrijving uitschrijving, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct) =>
        VerwerkAsync(Inschrijvingmutatie.Uitschrijven(uitschrijving), afzender, bedrijfsdocumentId, ct);

    public Task<InschrijvingTerugkoppeling> VerwijderenAsync(InschrijvingSleutel sleutel, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct) =>
        VerwerkAsync(Inschrijvingmutatie.Verwijderen(sleutel), afzender, bedrijfsdocumentId, ct);

    /// <summary>
    /// The enrolment with this stable id as known now, or as known at <paramref name="bekendOp"/>; null when there is none
    /// or when it is of an instelling of another board than the sender's (the same answer, so an id reveals nothing).
    /// </summary>
    public async Task<OpgeslagenInschrijving?> OpvragenAsync(string inschrijvingId, DateTimeOffset? bekendOp, Afzender afzender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(afzender);
        var gevonden = await store.InschrijvingAsync(inschrijvingId, bekendOp, ct);
        return gevonden is not null && afzender.Onderwijsbestuurcode is { } bestuur
            && referentie.Huidig.HoortBijBestuur(gevonden.Inschrijving.Brin, bestuur)
            ? gevonden
            : null;
    }

    /// <summary>
    /// Every registered version of the enrolment with this stable id, oldest first; empty when there is none or when it is
    /// of an instelling of another board than the sender's (as <see cref="OpvragenAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<InschrijvingHistorieversie>> HistorieAsync(string inschrijvingId, Afzender afzender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(afzender);
        var versies = await store.InschrijvingHistorieAsync(inschrijvingId, ct);
        return versies.Count > 0 && afzender.Onderwijsbestuurcode is { } bestuur && referentie.Huidig.HoortBijBestuur(versies[^1].Staat.Brin, bestuur)
            ? versies
            : [];
    }

    public async Task<InschrijvingTerugkoppeling> VerwerkAsync(Inschrijvingmutatie mutatie, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mutatie);
        ArgumentNullException.ThrowIfNull(afzender);
        var digest = mutatie.Digest(afzender.Oin);
        return await store.SchrijfAsync(async (transactie, token) =>
        {
            if (await Bedrijfsdocumentclaim.ClaimAsync(transactie, mutatie.Operatie, afzender, bedrijfsdocumentId, digest, RodRioContext.TeLezen(mutatie.Nieuw), token) is { } herhaling)
            {
                return RioJson.Deserialize<InschrijvingTerugkoppeling>(herhaling);
            }

            var uitkomst = afzender.Onderwijsbestuurcode is { } bestuur
                ? await BeoordeelAsync(transactie, bestuur, afzender.Autorisaties, mutatie, token)
                : new InschrijvingUitkomst(InschrijvingTerugkoppeling.Afgekeurd(Foutcodes.AUT401("oin", afzender.Oin)), null, null);
            await transactie.VastleggenAlsLaatsteAsync(new Commit(bedrijfsdocumentId, mutatie.Operatie, RioJson.Serialize(uitkomst.Antwoord), [], uitkomst.Commit, Auditbronnen.Van(afzender)), token);
            return uitkomst.Antwoord;
        }, ct);
    }

    private async Task<InschrijvingUitkomst> BeoordeelAsync(IRioTransactie transactie, string bestuur, IReadOnlyList<Autorisatie>? autorisaties, Inschrijvingmutatie mutatie,
        CancellationToken ct)
    {
        var dossier = await transactie.Rod.LeesPersoonAsync(mutatie.Sleutel.Persoon, ct);
        var rio = await RodRioContext.LaadAsync(transactie, InschrijvingBeoordelaar.Genoemd(mutatie, dossier), InschrijvingBeoordelaar.Allen(mutatie, dossier), ct);
        return beoordelaar.Beoordeel(bestuur, mutatie, dossier, rio, tijd.Vandaag(), autorisaties: autorisaties);
    }
}
