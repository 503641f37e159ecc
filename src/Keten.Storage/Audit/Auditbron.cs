namespace Keten.Storage.Audit;

/// <summary>
/// Who made a change, as the audit trail records it: the acting board (null for an unknown sender or DUO itself), the
/// door (soap, rest, batch, cli, portaal, intern) and the actor (its kind and key: a certificate's OIN, a medewerker's
/// id, an operator's user name; never a BSN).
/// </summary>
public sealed record Auditbron(string? Onderwijsbestuurcode, string Deur, string HandelendeSoort, string HandelendeKenmerk)
{
    /// <summary>A commit that did not say who made it: recorded all the same, as Keten itself, unknown part.</summary>
    public static Auditbron Onbekend { get; } = new(null, "intern", "systeem", "onbekend");
}
