using Keten.Domain.Rod;
using Keten.Storage;
using Keten.Storage.Rod;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Application.Rod;

/// <summary>
/// Works off the queue of RIO changes that may establish or end a leerroute (<see cref="HerberekeningAanmelding"/>): for
/// each queued aanbieder every pupil following a leerroute there, or naming it as partner, gets their chain signals
/// recomputed in a transaction of their own, under the same person lock as an enrolment mutation; the queue entry goes
/// only when all are done and no later RIO change queued it again. Any process (every server, `keten rod herbereken`)
/// may run it at the same time: a recomputation that finds nothing changed writes nothing.
/// </summary>
public sealed class KetensignaalHerberekenaar(IKetenStore store, TimeProvider tijd)
{
    private const int PerRonde = 20;

    /// <summary>
    /// One pass over the queue, in aanbieder order; returns how many pupils' signals changed. An aanbieder queued again
    /// while it was being recomputed stays queued for the next pass, so a steady stream of RIO deliveries never keeps
    /// one pass going.
    /// </summary>
    public async Task<int> VerwerkAsync(CancellationToken ct)
    {
        var gewijzigd = 0;
        string? na = null;
        while (await store.HerberekeningenAsync(PerRonde, na, ct) is { Count: > 0 } rij)
        {
            foreach (var herberekening in rij)
            {
                foreach (var persoon in await store.LeerroutePersonenAsync(herberekening.Onderwijsaanbiedercode, ct))
                {
                    gewijzigd += await HerberekenAsync(persoon, ct) ? 1 : 0;
                }
            }

            await store.HerberekeningenAfgerondAsync(rij, ct);
            na = rij[^1].Onderwijsaanbiedercode;
        }

        return gewijzigd;
    }

    private Task<bool> HerberekenAsync(Persoonsnummer persoon, CancellationToken ct) =>
        store.SchrijfAsync(async (transactie, token) =>
        {
            var dossier = await transactie.Rod.LeesPersoonAsync(persoon, token);
            var inschrijvingen = dossier.Inschrijvingen.Select(o => o.Inschrijving).ToList();
            var rio = await RodRioContext.LaadAsync(transactie, Array.Empty<Inschrijving>(), inschrijvingen, token);
            var vandaag = tijd.Vandaag();
            var (_, wijzigingen) = KetensignaalHerberekening.Bepaal(inschrijvingen, rio.Leerroutes, dossier.OpenSignalen, vandaag);
            if (wijzigingen.Count > 0)
            {
                await transactie.VastleggenAlsLaatsteAsync(new Commit(null, "ketensignalen_herberekenen", "{}", [], new RodCommit([], [], wijzigingen)), token);
            }

            return wijzigingen.Count > 0;
        }, ct);
}
