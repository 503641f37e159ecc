using Keten.Domain.Referentie;
using Keten.Storage.Audit;

namespace Keten.Storage.Referentie;

/// <summary>
/// Loads a reference-data file into the store and reads it back. Upsert only: items are created or
/// replaced by their natural key, nothing is removed. Loading the same file twice changes nothing, because
/// every item is written as its canonical JSON and the store counts only items whose JSON differs.
/// </summary>
public static class ReferentiedataLoader
{
    /// <summary>Reads and validates the file, then upserts every item; returns how many items changed.</summary>
    /// <exception cref="OngeldigeReferentiedataException">The file is malformed; nothing was written.</exception>
    public static async Task<int> LoadFileAsync(string path, IKetenStore store, Auditbron door, CancellationToken ct) =>
        await LoadAsync(await ReadFileAsync(path, ct).ConfigureAwait(false), store, door, ct).ConfigureAwait(false);

    /// <summary>Reads and validates the file, for a caller that also seeds its medewerkers.</summary>
    /// <exception cref="OngeldigeReferentiedataException">The file is malformed.</exception>
    public static async Task<Referentiedata> ReadFileAsync(string path, CancellationToken ct)
    {
        var resultaat = await ReferentiedataReader.ReadFileAsync(path, ct).ConfigureAwait(false);
        return resultaat.Referentiedata ?? throw new OngeldigeReferentiedataException(path, resultaat.Fouten);
    }

    /// <summary>Upserts already validated reference data; returns how many items changed; the audit trail names <paramref name="door"/>.</summary>
    public static Task<int> LoadAsync(Referentiedata data, IKetenStore store, Auditbron door, CancellationToken ct) =>
        store.SaveReferentieAsync(ReferentiedataItems.Van(data), door, ct);

    /// <summary>All reference data in the store, each list ordered by natural key.</summary>
    public static async Task<Referentiedata> ReadFromStoreAsync(IKetenStore store, CancellationToken ct)
    {
        var items = await store.LoadReferentieAsync(ct).ConfigureAwait(false);
        return ReferentiedataItems.Naar(items.OrderBy(i => i.Soort, StringComparer.Ordinal).ThenBy(i => i.Sleutel, StringComparer.Ordinal));
    }
}
