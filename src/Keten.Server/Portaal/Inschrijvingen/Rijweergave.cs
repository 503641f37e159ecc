namespace Keten.Server.Portaal.Inschrijvingen;

/// <summary>What a partial of repeated form rows (BPVs, diplomas) shows: the rows, the form's refusals and a line of explanation.</summary>
public sealed record Rijweergave<T>(IReadOnlyList<T> Rijen, IReadOnlyList<Veldfout> Fouten, string Toelichting);
