using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Ketensignalen;
using Keten.Storage;
using Keten.Storage.Rod;

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
    public Task<InschrijvingTerugkoppeling> ToevoegenAsync(Inschrijving inschrijving, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct) =>
        VerwerkAsync("toevoegen_inschrijving", afzender, bedrijfsdocumentId, inschrijving, inschrijving.Sleutel, inschrijving,
            InschrijvingMutaties.Toevoegen, ct);

    public Task<InschrijvingTerugkoppeling> AanpassenAsync(Inschrijving inschrijving, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct) =>
        VerwerkAsync("aanpassen_inschrijving", afzender, bedrijfsdocumentId, inschrijving, inschrijving.Sleutel, inschrijving,
            InschrijvingMutaties.Aanpassen, ct);

    public Task<InschrijvingTerugkoppeling> UitschrijvenAsync(Uitschrijving uitschrijving, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct) =>
        VerwerkAsync("uitschrijven_inschrijving", afzender, bedrijfsdocumentId, uitschrijving, uitschrijving.Sleutel, null,
            (nieuw, context) => InschrijvingMutaties.Uitschrijven(uitschrijving, context), ct);

    public Task<InschrijvingTerugkoppeling> VerwijderenAsync(InschrijvingSleutel sleutel, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct) =>
        VerwerkAsync("verwijderen_inschrijving", afzender, bedrijfsdocumentId, sleutel, sleutel, null,
            (_, context) => InschrijvingMutaties.Verwijderen(sleutel, context), ct);

    /// <summary>
    /// The enrolment with this stable id as known now, or as known at <paramref name="bekendOp"/>; null when there is none
    /// or when it is of an instelling of another board than the sender's (the same answer, so an id reveals nothing).
    /// </summary>
    public async Task<OpgeslagenInschrijving?> OpvragenAsync(string inschrijvingId, DateTimeOffset? bekendOp, Afzender afzender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(afzender);
        var gevonden = await store.InschrijvingAsync(inschrijvingId, bekendOp, ct);
        return gevonden is not null && afzender.Onderwijsbestuurcode is { } bestuur
            && referentie.Huidig.Instelling(gevonden.Inschrijving.Brin)?.Onderwijsbestuurcode == bestuur
            ? gevonden
            : null;
    }

    private async Task<InschrijvingTerugkoppeling> VerwerkAsync<TInvoer>(string operatie, Afzender afzender, string? bedrijfsdocumentId, TInvoer invoer,
        InschrijvingSleutel sleutel, Inschrijving? nieuw, Func<Inschrijving, InschrijvingContext, InschrijvingBeoordeling> mutatie, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(afzender);
        var digest = BerichtDigest.Van(operatie, afzender.Oin, invoer);
        return await store.SchrijfAsync(async (transactie, token) =>
        {
            if (await Bedrijfsdocumentclaim.ClaimAsync(transactie, operatie, afzender, bedrijfsdocumentId, digest, RodRioContext.TeLezen(nieuw), token) is { } herhaling)
            {
                return RioJson.Deserialize<InschrijvingTerugkoppeling>(herhaling);
            }

            var (antwoord, rod) = afzender.Onderwijsbestuurcode is { } bestuur
                ? await BeoordeelAsync(transactie, bestuur, sleutel, nieuw, mutatie, token)
                : (InschrijvingTerugkoppeling.Afgekeurd(Foutcodes.AUT401("oin", afzender.Oin)), null);
            await transactie.VastleggenAlsLaatsteAsync(new Commit(bedrijfsdocumentId, operatie, RioJson.Serialize(antwoord), [], rod), token);
            return antwoord;
        }, ct);
    }

    private async Task<(InschrijvingTerugkoppeling, RodCommit?)> BeoordeelAsync(IRioTransactie transactie, string bestuur, InschrijvingSleutel sleutel,
        Inschrijving? nieuw, Func<Inschrijving, InschrijvingContext, InschrijvingBeoordeling> mutatie, CancellationToken ct)
    {
        var dossier = await transactie.Rod.LeesPersoonAsync(sleutel.Persoon, ct);
        if (sleutel.Persoon.Soort == PersoonsnummerSoort.Onderwijsnummer && sleutel.Persoon.IsGeldig && !dossier.PersoonBekend)
        {
            return (InschrijvingTerugkoppeling.Afgekeurd(RodFoutcodes.ROD006()), null);
        }

        var bestaand = dossier.Inschrijvingen.FirstOrDefault(o => o.Inschrijving.Sleutel == sleutel);
        var anderen = dossier.Inschrijvingen.Where(o => o != bestaand).Select(o => o.Inschrijving).ToList();
        IReadOnlyList<Inschrijving> allen = [.. dossier.Inschrijvingen.Select(o => o.Inschrijving), .. nieuw is null ? [] : new[] { nieuw }];
        var rio = await RodRioContext.LaadAsync(transactie, nieuw ?? bestaand?.Inschrijving, allen, ct);
        var vandaag = DateOnly.FromDateTime(tijd.GetUtcNow().UtcDateTime);
        var context = new InschrijvingContext(bestuur, referentie.Huidig, bestaand?.Inschrijving, anderen, rio.Aanbieders, rio.Locaties, rio.AangebodenOpleidingen, rio.Leerroutes, vandaag);

        var beoordeling = mutatie(nieuw!, context);
        if (!beoordeling.Goedgekeurd)
        {
            return (new InschrijvingTerugkoppeling(false, beoordeling.Foutmeldingen, [], null, null, []), null);
        }

        var id = bestaand?.InschrijvingId ?? Guid.NewGuid().ToString("D");
        var na = beoordeling.NieuweStaat is { } staat ? [.. anderen, staat] : anderen;
        var (signalen, wijzigingen) = KetensignaalHerberekening.Bepaal(na, rio.Leerroutes, dossier.OpenSignalen, vandaag);
        var versie = new InschrijvingVersie(id, bestuur, beoordeling.NieuweStaat ?? bestaand!.Inschrijving, Verwijderd: beoordeling.NieuweStaat is null);
        var nieuwePersonen = dossier.PersoonBekend ? [] : new[] { sleutel.Persoon };
        var zichtbaar = signalen.Where(s => Zichtbaar(s, bestuur)).Select(KetensignaalMelding.Van).ToList();
        return (new InschrijvingTerugkoppeling(true, [], beoordeling.Signalen, beoordeling.Bekostiging, id, zichtbaar),
            new RodCommit([versie], nieuwePersonen, wijzigingen));
    }

    /// <summary>A school sees a chain signal through its own enrolment: the BRIN of one side belongs to its board.</summary>
    private bool Zichtbaar(Ketensignaal s, string bestuur) =>
        new[] { s.VoInschrijving?.Brin, s.MboInschrijving?.Brin }.OfType<string>().Any(b => referentie.Huidig.Instelling(b)?.Onderwijsbestuurcode == bestuur);
}
