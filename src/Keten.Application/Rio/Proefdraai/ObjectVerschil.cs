using Keten.Storage;

namespace Keten.Application.Rio.Proefdraai;

/// <summary>What a delivery would do to one stored object: create, change (field by field) or remove it.</summary>
public sealed record ObjectVerschil(RioObjectSoort ObjectSoort, string Sleutel, VerschilSoort Soort, IReadOnlyList<Verschil> Velden);
