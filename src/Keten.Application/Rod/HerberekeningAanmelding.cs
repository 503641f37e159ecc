using Keten.Application.Rio;
using Keten.Domain.Rio;
using Keten.Storage;
using Keten.Storage.Rod;

namespace Keten.Application.Rod;

/// <summary>
/// What a RIO delivery queues for the enrolment register: a changed or deleted aangeboden opleiding that carries the
/// leerlijn kenmerk (doorlopendeLeerlijnVmboMbo) before or after the change may establish or end a leerroute, so the
/// leerroute pupils of its aanbieder and of the partners it names get their chain signals recomputed
/// (<see cref="KetensignaalHerberekenaar"/>). An offering without the kenmerk on either side cannot change any route
/// (<see cref="Keten.Domain.Rio.Leerroutes.LeerrouteBepaling"/> skips it) and queues nothing. Queued in the RIO
/// change's own commit, so none is lost.
/// </summary>
public static class HerberekeningAanmelding
{
    /// <param name="wijzigingen">The delivery's changes.</param>
    /// <param name="transactie">Its transaction, to read the changed offerings' previous states (a partner no longer named counts too).</param>
    public static async Task<RodCommit?> VoorAsync(IReadOnlyList<Wijziging> wijzigingen, IRioTransactie transactie, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(wijzigingen);
        ArgumentNullException.ThrowIfNull(transactie);
        var aanbieders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in wijzigingen.Where(w => w.Soort == RioObjectSoort.AangebodenOpleiding))
        {
            var vorig = await transactie.GetAsync(w.Soort, w.Sleutel, ct) is { StateJson: { } json } ? RioJson.Deserialize<AangebodenOpleiding>(json) : null;
            if (!DraagtLeerlijn(w) && vorig?.DoorlopendeLeerlijnVmboMbo is null)
            {
                continue; // LeerrouteBepaling only reads offerings with the leerlijn kenmerk: no route can start or end here
            }

            aanbieders.UnionWith(w.Verwijzingen.Where(v => v.NaarSoort == RioObjectSoort.Onderwijsaanbieder).Select(v => v.NaarSleutel));
            if (vorig is not null)
            {
                aanbieders.UnionWith(vorig.Perioden.SelectMany(p => p.SamenwerkendeOnderwijsaanbiedercodes).Append(vorig.Onderwijsaanbiedercode));
            }
        }

        return aanbieders.Count == 0 ? null : new RodCommit([], [], [], Herberekenen: [.. aanbieders.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The new state carries the leerlijn kenmerk; a change without its search fields counts as carrying it.</summary>
    private static bool DraagtLeerlijn(Wijziging w) => w.StateJson is not null && w.Zoekvelden is not { DoorlopendeLeerlijn: null };
}
