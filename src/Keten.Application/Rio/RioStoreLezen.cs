using Keten.Storage;

namespace Keten.Application.Rio;

/// <summary>Reading domain records out of the store: the one place stored JSON becomes a record again.</summary>
public static class RioStoreLezen
{
    /// <summary>The live state of one object as its domain record, or null when it does not exist or was deleted.</summary>
    public static async Task<T?> LaadAsync<T>(this IKetenStore store, RioObjectSoort soort, string sleutel, CancellationToken ct)
        where T : class =>
        (await store.GetAsync(soort, sleutel, ct)).Staat<T>();

    /// <summary>The live state of a stored row as its domain record; null for no row or a tombstone.</summary>
    public static T? Staat<T>(this RioObject? rij)
        where T : class =>
        rij is { Verwijderd: false, StateJson: { } json } ? RioJson.Deserialize<T>(json) : null;
}
