using System.Text.Json.Nodes;
using Keten.Application.Rio.Handlers;
using Keten.Storage;

namespace Keten.Application.Rio.Proefdraai;

/// <summary>The diff of a dry run: each change a delivery would commit, against the object's stored state.</summary>
public static class ObjectVerschillen
{
    /// <summary>One entry per change of a dry run's result, in order, against <see cref="VerwerkResultaat.Huidig"/>.</summary>
    public static IReadOnlyList<ObjectVerschil> Bepaal(VerwerkResultaat resultaat)
    {
        ArgumentNullException.ThrowIfNull(resultaat);
        return [.. resultaat.Wijzigingen.Select((w, i) => Bepaal(w, i < resultaat.Huidig.Count ? resultaat.Huidig[i] : null))];
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
