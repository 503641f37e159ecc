using Keten.Storage;

namespace Keten.Application.Rod;

/// <summary>
/// The RIO rows a <see cref="RodRioContext"/> is built from. Equal rows build an equal context, so comparing the rows
/// read ahead with those read inside the write transaction tells whether RIO changed in between.
/// </summary>
internal sealed record RodRioBronnen(IReadOnlyList<RioObject> Aanbieders, IReadOnlyList<RioObject> Locaties, IReadOnlyList<RioObject> Opleidingen,
    IReadOnlyList<RioObject> Leerlijn)
{
    public bool ZelfdeAls(RodRioBronnen ander)
    {
        ArgumentNullException.ThrowIfNull(ander);
        return Zelfde(Aanbieders, ander.Aanbieders) && Zelfde(Locaties, ander.Locaties) && Zelfde(Opleidingen, ander.Opleidingen) && Zelfde(Leerlijn, ander.Leerlijn);
    }

    private static bool Zelfde(IReadOnlyList<RioObject> a, IReadOnlyList<RioObject> b) =>
        a.Count == b.Count && a.OrderBy(o => o.Sleutel, StringComparer.Ordinal).SequenceEqual(b.OrderBy(o => o.Sleutel, StringComparer.Ordinal));
}
