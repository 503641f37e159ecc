using Keten.Application.Rio;
using Keten.Domain.Bekostiging;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using Keten.Storage;

namespace Keten.Application.Rod;

/// <summary>
/// An enrolment's preliminary funding status as a mutation's answer gives it (<see cref="VoorlopigeBekostiging"/>), for
/// the portal's pages: an MBO enrolment on a leerroute is judged beside the pupil's VO enrolments, whose fase counts when
/// the two schools deliver different ones (KS002). Other enrolments need nobody else's data.
/// </summary>
public sealed class VoorlopigeBekostigingQuery(IKetenStore store, ReferentiedataBron referentie)
{
    public async Task<VoorlopigeBekostiging> BepaalAsync(Inschrijving inschrijving, DateOnly vandaag, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inschrijving);
        IReadOnlyList<Inschrijving>? andere = null;
        if (inschrijving.Sector == Sector.MBO && inschrijving.Perioden.Any(p => p.Leerroutefase is not null))
        {
            andere = [.. (await store.InschrijvingenVanPersoonAsync(inschrijving.Persoon, ct)).Select(o => o.Inschrijving)];
        }

        return VoorlopigeBekostiging.Bepaal(inschrijving, vandaag, referentie.Huidig, andere);
    }
}
