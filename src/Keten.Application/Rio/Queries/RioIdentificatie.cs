using Keten.Domain.Rio;
using Keten.Storage;

namespace Keten.Application.Rio.Queries;

/// <summary>What opvragen_rioIdentificatiecode can be asked by: a board's own key of an object, or an address.</summary>
public enum EigenSleutelSoort
{
    AangebodenOpleiding,
    Onderwijsaanbieder,
    Opleidingseenheid,
}

/// <summary>
/// opvragen_rioIdentificatiecode: the RIO code behind a board's own key (kenmerk eigen…Sleutel) or behind an
/// address. Own keys are the board's own, so the search stays within the asking board's objects. Both are one
/// indexed query on the search columns (<see cref="RioZoekvelden"/>); when several objects match, the lowest
/// sleutel wins.
/// </summary>
public sealed class RioIdentificatie(IKetenStore store)
{
    public Task<string?> BijEigenSleutelAsync(string bestuur, EigenSleutelSoort soort, string sleutel, CancellationToken ct)
    {
        var objectSoort = soort switch
        {
            EigenSleutelSoort.AangebodenOpleiding => RioObjectSoort.AangebodenOpleiding,
            EigenSleutelSoort.Onderwijsaanbieder => RioObjectSoort.Onderwijsaanbieder,
            _ => RioObjectSoort.Opleidingseenheid,
        };
        return EersteAsync(objectSoort, new RioFilter(Onderwijsbestuurcode: bestuur, EigenSleutel: sleutel), ct);
    }

    /// <summary>The onderwijslocatie at this address, searched over every location RIO knows.</summary>
    public Task<string?> BijAdresAsync(AanduidingAdres adres, CancellationToken ct) =>
        EersteAsync(RioObjectSoort.Onderwijslocatie, new RioFilter(Adres: RioZoekvelden.Adres(adres)), ct);

    private async Task<string?> EersteAsync(RioObjectSoort soort, RioFilter filter, CancellationToken ct) =>
        (await store.ListAsync(soort, filter, 0, 1, ct)).Items is [var eerste, ..] ? eerste.Sleutel : null;
}
