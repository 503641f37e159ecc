using Keten.Domain.Rod;
using Keten.Domain.Rod.Ketensignalen;

namespace Keten.Storage.Rod;

/// <summary>
/// What identifies the state of a person's dossier: registered or not, the versie of each current enrolment (every change
/// of an enrolment makes a new versie) and the open chain signals. Two equal stempels mean an unchanged dossier, so a
/// decision made on a dossier read before a write transaction still holds inside it.
/// </summary>
public sealed class Dossierstempel(bool persoonBekend, IEnumerable<long> versies, IEnumerable<Ketensignaal> openSignalen) : IEquatable<Dossierstempel>
{
    private readonly long[] versies = [.. versies.Order()];
    private readonly Ketensignaal[] openSignalen = [.. openSignalen.OrderBy(s => s.Sleutel, StringComparer.Ordinal)];

    public bool PersoonBekend { get; } = persoonBekend;

    public static Dossierstempel Van(RodPersoonsdossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return new(dossier.PersoonBekend, dossier.Inschrijvingen.Select(o => o.Versie), dossier.OpenSignalen);
    }

    public bool Equals(Dossierstempel? other) =>
        other is not null && PersoonBekend == other.PersoonBekend && versies.SequenceEqual(other.versies) && openSignalen.SequenceEqual(other.openSignalen);

    public override bool Equals(object? obj) => Equals(obj as Dossierstempel);

    public override int GetHashCode() => HashCode.Combine(PersoonBekend, versies.Length, openSignalen.Length);
}
