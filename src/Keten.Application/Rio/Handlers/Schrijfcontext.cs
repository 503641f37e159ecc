using Keten.Domain.Rio;
using Keten.Storage;

namespace Keten.Application.Rio.Handlers;

/// <summary>
/// What a handler's rules see: the sending board, the reference data, and the stored state, read through the one
/// write transaction in which the changes will be committed (so a concurrent message cannot slip in between).
/// </summary>
public sealed class Schrijfcontext(string bestuur, IRioTransactie transactie, ReferentiedataBron referentie)
{
    /// <summary>At most this many sequence numbers are tried for one new code before refusing (KTN031).</summary>
    public const int MaxCodepogingen = 64;

    /// <summary>The onderwijsbestuurcode of the sender.</summary>
    public string Bestuur => bestuur;

    public ReferentiedataBron Referentie => referentie;

    public Task<RioObject?> GetAsync(RioObjectSoort soort, string sleutel, CancellationToken ct) =>
        transactie.GetAsync(soort, sleutel, ct);

    /// <summary>The stored row of the object this message changes or deletes, locked for the change from now on.</summary>
    public Task<RioObject?> GetVoorWijzigingAsync(RioObjectSoort soort, string sleutel, CancellationToken ct) =>
        transactie.GetVoorWijzigingAsync(soort, sleutel, ct);

    public Task<IReadOnlyList<RioObject>> GetManyAsync(RioObjectSoort soort, IReadOnlyCollection<string> sleutels, CancellationToken ct) =>
        transactie.GetManyAsync(soort, sleutels, ct);

    public Task<IReadOnlyList<RioObject>> VerwijzersAsync(RioObjectSoort naarSoort, string naarSleutel, CancellationToken ct) =>
        transactie.VerwijzersAsync(naarSoort, naarSleutel, ct);

    /// <summary>
    /// The live objects of one soort that refer to the given object, as domain records. Reads the set of referrers under
    /// its exclusive lock (as <see cref="VerwijzersAsync"/>): no delivery adds a reference to the object until this
    /// transaction ends, so a rule about them still holds when the message commits.
    /// </summary>
    public async Task<IReadOnlyList<T>> VerwijzersAlsAsync<T>(RioObjectSoort naarSoort, string naarSleutel, RioObjectSoort soort, CancellationToken ct)
        where T : class =>
        [.. (await transactie.VerwijzersAsync(naarSoort, naarSleutel, ct)).Where(o => o.Soort == soort).Select(o => o.Staat<T>()).OfType<T>()];

    /// <summary>The live onderwijslocaties at an address, locked for this message from now on (<see cref="IRioTransactie.LocatiesOpAdresAsync"/>).</summary>
    public Task<IReadOnlyList<RioObject>> LocatiesOpAdresAsync(string adres, CancellationToken ct) =>
        transactie.LocatiesOpAdresAsync(adres, ct);

    /// <summary>Whether current enrolments in ROD (Keten's BRON) name the aanbieder (<see cref="Keten.Storage.Rod.IRodTransactie.AanbiederGenoemdAsync"/>).</summary>
    public Task<bool> AanbiederInInschrijvingenAsync(string aanbieder, CancellationToken ct) =>
        transactie.Rod.AanbiederGenoemdAsync(aanbieder, ct);

    /// <summary>The live state of one object as its domain record, or null when it does not exist or was deleted.</summary>
    public async Task<T?> LaadAsync<T>(RioObjectSoort soort, string sleutel, CancellationToken ct)
        where T : class =>
        (await transactie.GetAsync(soort, sleutel, ct)).Staat<T>();

    /// <summary>As <see cref="LaadAsync{T}"/>, for the object this message changes: locked for the change from now on.</summary>
    public async Task<T?> LaadVoorWijzigingAsync<T>(RioObjectSoort soort, string sleutel, CancellationToken ct)
        where T : class =>
        (await transactie.GetVoorWijzigingAsync(soort, sleutel, ct)).Staat<T>();

    /// <summary>The keys among the given ones that are live objects.</summary>
    public async Task<HashSet<string>> BestaandAsync(RioObjectSoort soort, IEnumerable<string> sleutels, CancellationToken ct)
    {
        var gevraagd = sleutels.Distinct().ToList();
        return gevraagd.Count == 0 ? [] : [.. (await transactie.GetManyAsync(soort, gevraagd, ct)).Select(o => o.Sleutel)];
    }

    /// <summary>
    /// A new code from the national sequence of the code kind, skipping codes that exist or once existed (tombstones);
    /// null when the space is used up or <see cref="MaxCodepogingen"/> numbers in a row were taken (refuse with KTN031).
    /// The sequence advances in this transaction, so a refused or retried message gives its numbers back.
    /// </summary>
    public async Task<string?> GeefCodeUitAsync(RioObjectSoort soort, Coderuimte ruimte, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ruimte);
        for (var poging = 0; poging < MaxCodepogingen; poging++)
        {
            var nummer = await transactie.VolgendNummerAsync("code:" + ruimte.Naam, ct);
            if (nummer > ruimte.Grootte)
            {
                return null;
            }

            var code = ruimte.Code(nummer);
            if (await transactie.GetAsync(soort, code, ct) is null)
            {
                return code;
            }
        }

        return null;
    }
}
