namespace Keten.Domain.Rio.Regels;

/// <summary>What is stored under an opleidingseenheid: the aangeboden opleidingen on it and its relaties ('van' or 'naar').</summary>
public sealed record Opleidingseenheidverbanden(IReadOnlyList<AangebodenOpleiding> Opleidingen, IReadOnlyList<Opleidingsrelatie> Relaties);
