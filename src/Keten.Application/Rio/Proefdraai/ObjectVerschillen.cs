using System.Text.Json.Nodes;
using Keten.Storage;

namespace Keten.Application.Rio.Proefdraai;

/// <summary>The diff of a dry run: each change a delivery would commit, against the object's stored state.</summary>
public static class ObjectVerschillen
{
    /// <param name="wijzigingen">The changes the delivery would commit, in order.</param>
    /// <param name="huidig">The stored state of each object, tombstones included (null when it never existed).</param>
    public static IReadOnlyList<ObjectVerschil> Bepaal(IReadOnlyList<Wijziging> wijzigingen, Func<RioObjectSoort, string, RioObject?> huidig)
    {
        ArgumentNullException.ThrowIfNull(wijzigingen);
        ArgumentNullException.ThrowIfNull(huidig);
        return [.. wijzigingen.Select(w => Bepaal(w, huidig(w.Soort, w.Sleutel)))];
    }

    private static ObjectVerschil Bepaal(Wijziging wijziging, RioObject? huidig)
    {
        var oud = huidig is { Verwijderd: false, StateJson: { } json } ? JsonNode.Parse(json) : null;
        var nieuw = wijziging.StateJson is { } staat ? JsonNode.Parse(staat) : null;
        var soort = (oud, nieuw) switch
        {
            (null, _) => VerschilSoort.Toegevoegd,
            (_, null) => VerschilSoort.Verwijderd,
            _ => VerschilSoort.Gewijzigd,
        };
        var velden = soort == VerschilSoort.Gewijzigd ? JsonVerschillen.Bepaal(oud, nieuw) : [];
        return new ObjectVerschil(wijziging.Soort, wijziging.Sleutel, soort == VerschilSoort.Gewijzigd && velden.Count == 0 ? VerschilSoort.Ongewijzigd : soort, velden);
    }
}
