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
/// address. Own keys are the board's own, so the search stays within the asking board's objects.
/// </summary>
public sealed class RioIdentificatie(IKetenStore store)
{
    private const int Blok = 5000;

    public async Task<string?> BijEigenSleutelAsync(string bestuur, EigenSleutelSoort soort, string sleutel, CancellationToken ct)
    {
        var (objectSoort, kenmerk) = soort switch
        {
            EigenSleutelSoort.AangebodenOpleiding => (RioObjectSoort.AangebodenOpleiding, "eigenAangebodenOpleidingSleutel"),
            EigenSleutelSoort.Onderwijsaanbieder => (RioObjectSoort.Onderwijsaanbieder, "eigenOnderwijsaanbiederSleutel"),
            _ => (RioObjectSoort.Opleidingseenheid, "eigenOpleidingseenheidSleutel"),
        };
        await foreach (var o in AllesAsync(objectSoort, new RioFilter(Onderwijsbestuurcode: bestuur), ct))
        {
            if (HeeftKenmerk(o.StateJson!, objectSoort, kenmerk, sleutel))
            {
                return o.Sleutel;
            }
        }

        return null;
    }

    /// <summary>The onderwijslocatie at this address, searched over every location RIO knows.</summary>
    public async Task<string?> BijAdresAsync(AanduidingAdres adres, CancellationToken ct)
    {
        await foreach (var o in AllesAsync(RioObjectSoort.Onderwijslocatie, new RioFilter(), ct))
        {
            if (RioJson.Deserialize<Onderwijslocatie>(o.StateJson!).AanduidingAdres == adres)
            {
                return o.Sleutel;
            }
        }

        return null;
    }

    private static bool HeeftKenmerk(string json, RioObjectSoort soort, string kenmerk, string waarde)
    {
        IReadOnlyList<Kenmerk> kenmerken = soort switch
        {
            RioObjectSoort.AangebodenOpleiding => RioJson.Deserialize<AangebodenOpleiding>(json).Kenmerken,
            RioObjectSoort.Onderwijsaanbieder => RioJson.Deserialize<Onderwijsaanbieder>(json).Kenmerken,
            _ => RioJson.Deserialize<Opleidingseenheid>(json).Kenmerken,
        };
        return kenmerken.Any(k => k.Kenmerknaam == kenmerk && k.Waarde == waarde);
    }

    private async IAsyncEnumerable<RioObject> AllesAsync(RioObjectSoort soort, RioFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        for (var pagina = 0; ; pagina++)
        {
            var resultaat = await store.ListAsync(soort, filter, pagina, Blok, ct);
            foreach (var o in resultaat.Items.Where(o => o.StateJson is not null))
            {
                yield return o;
            }

            if (resultaat.Items.Count < Blok)
            {
                yield break;
            }
        }
    }
}
