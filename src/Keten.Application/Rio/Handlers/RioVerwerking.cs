using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;
using Keten.Domain.Toegang;
using Keten.Application.Rod;
using Keten.Storage;

namespace Keten.Application.Rio.Handlers;

/// <summary>
/// What every aanleveren_/verwijderen_ shares: the sender must be a known board; the bedrijfsdocument id is claimed,
/// the rules read the stored state and the answer is recorded with the changes, all in ONE write transaction
/// (<see cref="IKetenStore.SchrijfAsync{T}"/>), so several server processes and the CLI on one database stay
/// consistent. A repeat of a message (same id, same digest) gets its original answer without a second effect; the
/// same id for another message is refused (<see cref="BedrijfsdocumentAlGebruiktException"/>).
/// </summary>
public sealed class RioVerwerking(IKetenStore store, ReferentiedataBron referentie)
{
    public ReferentiedataBron Referentie => referentie;

    /// <param name="invoer">The domain input of the message, for its digest (<see cref="BerichtDigest"/>).</param>
    /// <param name="proefdraai">
    /// A dry run: every rule and the full answer, but the transaction is rolled back, so nothing is changed and the
    /// bedrijfsdocument is not recorded; the result also holds the current state of every object it would change.
    /// </param>
    /// <param name="beoordeel">The rules: reads only through the context; must have no other effect (it may run again).</param>
    public Task<VerwerkResultaat> VerwerkAsync<TInvoer>(
        string operatie,
        Afzender afzender,
        string? bedrijfsdocumentId,
        TInvoer invoer,
        bool proefdraai,
        Func<Schrijfcontext, Task<(Terugkoppeling Antwoord, IReadOnlyList<Wijziging> Wijzigingen)>> beoordeel,
        CancellationToken ct) =>
        VerwerkAsync(operatie, afzender, bedrijfsdocumentId, invoer, proefdraai, [], beoordeel, ct);

    /// <param name="vooruit">
    /// The objects the rules are going to read, read ahead with the bedrijfsdocument claim in one round trip
    /// (<see cref="IRioTransactie.LeesVooruitAsync"/>); the rules' reads of them then cost none.
    /// </param>
    public async Task<VerwerkResultaat> VerwerkAsync<TInvoer>(
        string operatie,
        Afzender afzender,
        string? bedrijfsdocumentId,
        TInvoer invoer,
        bool proefdraai,
        IReadOnlyCollection<TeLezen> vooruit,
        Func<Schrijfcontext, Task<(Terugkoppeling Antwoord, IReadOnlyList<Wijziging> Wijzigingen)>> beoordeel,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(afzender);
        ArgumentNullException.ThrowIfNull(beoordeel);
        var digest = BerichtDigest.Van(operatie, afzender.Oin, invoer);
        return await store.SchrijfAsync(async (transactie, token) =>
        {
            if (await Bedrijfsdocumentclaim.ClaimAsync(transactie, operatie, afzender, bedrijfsdocumentId, digest, vooruit, token) is { } herhaling)
            {
                return new VerwerkResultaat(RioJson.Deserialize<Terugkoppeling>(herhaling), [], []);
            }

            var (antwoord, wijzigingen) = afzender.Onderwijsbestuurcode is { } bestuur
                ? Bevoegd(afzender, await beoordeel(new Schrijfcontext(bestuur, transactie, referentie)))
                : Afgekeurd(Foutcodes.AUT401("oin", afzender.Oin));
            var vast = antwoord.RequestGoedgekeurd ? wijzigingen : [];

            if (proefdraai)
            {
                var huidig = new List<RioObject?>();
                foreach (var wijziging in vast)
                {
                    huidig.Add(await transactie.GetAsync(wijziging.Soort, wijziging.Sleutel, token));
                }

                transactie.Terugdraaien();
                return new VerwerkResultaat(antwoord, vast, huidig);
            }

            await transactie.VastleggenAlsLaatsteAsync(new Commit(bedrijfsdocumentId, operatie, RioJson.Serialize(antwoord), vast, await HerberekeningAanmelding.VoorAsync(vast, transactie, token), Auditbronnen.Van(afzender)), token);
            return new VerwerkResultaat(antwoord, vast, []);
        }, ct);
    }

    /// <summary>
    /// AUT401 when a medewerker changes an object of an aanbieder it holds no RioBeheren authorisation for (objects of
    /// the board as a whole, such as locaties and opleidingseenheden, need the authorisation for all aanbieders).
    /// </summary>
    private static (Terugkoppeling Antwoord, IReadOnlyList<Wijziging> Wijzigingen) Bevoegd(
        Afzender afzender, (Terugkoppeling Antwoord, IReadOnlyList<Wijziging> Wijzigingen) beoordeeld)
    {
        foreach (var wijziging in beoordeeld.Wijzigingen)
        {
            var aanbieder = wijziging.Onderwijsaanbiedercode ?? (wijziging.Soort == RioObjectSoort.Onderwijsaanbieder ? wijziging.Sleutel : null);
            if (!afzender.Mag(Functie.RioBeheren, aanbieder))
            {
                return Afgekeurd(Foutcodes.AUT401("onderwijsaanbiedercode", aanbieder ?? wijziging.Onderwijsbestuurcode));
            }
        }

        return beoordeeld;
    }

    public static (Terugkoppeling, IReadOnlyList<Wijziging>) Afgekeurd(params Foutmelding[] fouten) => (Terugkoppeling.Afgekeurd(fouten), []);

    public static (Terugkoppeling, IReadOnlyList<Wijziging>) Afgekeurd(IReadOnlyList<Foutmelding> fouten) => (Terugkoppeling.Afgekeurd(fouten), []);
}
