using Keten.Application.Rio;
using Keten.Domain.Rio;
using Keten.Storage;
using Keten.Storage.Rod;

namespace Keten.Application.Rod;

/// <summary>
/// What a RIO delivery queues for the enrolment register: a changed or deleted aangeboden opleiding may establish or end
/// a leerroute, so the leerroute pupils of its aanbieder and of the partners it names get their chain signals recomputed
/// (<see cref="KetensignaalHerberekenaar"/>). Queued in the RIO change's own commit, so none is lost.
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
            aanbieders.UnionWith(w.Verwijzingen.Where(v => v.NaarSoort == RioObjectSoort.Onderwijsaanbieder).Select(v => v.NaarSleutel));
            if (await transactie.GetAsync(w.Soort, w.Sleutel, ct) is { StateJson: { } vorig })
            {
                var ao = RioJson.Deserialize<AangebodenOpleiding>(vorig);
                aanbieders.UnionWith(ao.Perioden.SelectMany(p => p.SamenwerkendeOnderwijsaanbiedercodes).Append(ao.Onderwijsaanbiedercode));
            }
        }

        return aanbieders.Count == 0 ? null : new RodCommit([], [], [], Herberekenen: [.. aanbieders.Order(StringComparer.Ordinal)]);
    }
}
