namespace Keten.Contract.Rio;

/// <summary>One field of a request Keten cannot take (KTN400): its JSON path and why.</summary>
public sealed record OngeldigVeld(string Veld, string Melding);
