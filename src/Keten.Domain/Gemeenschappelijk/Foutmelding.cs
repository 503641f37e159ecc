namespace Keten.Domain.Gemeenschappelijk;

/// <summary>One sleutelgegeven of a foutmelding: which field and which value the error is about.</summary>
public sealed record Sleutelgegeven(string Sleutelnaam, string Sleutelwaarde);

/// <summary>
/// A broken rule, as DUO reports it: its code, its text and up to five sleutelgegevens.
/// Every door (SOAP, REST, CLI, portal) renders this same value.
/// </summary>
public sealed record Foutmelding(string Foutcode, string Fouttekst, IReadOnlyList<Sleutelgegeven> Sleutelgegevens)
{
    public static Foutmelding Van(string foutcode, string fouttekst, params (string Naam, string? Waarde)[] sleutels) =>
        new(foutcode, fouttekst, [.. sleutels.Take(5).Select(s => new Sleutelgegeven(s.Naam, Kort(s.Waarde ?? "")))]);

    // DUO's Sleutelwaarde is at most 25 characters long.
    private static string Kort(string waarde) => waarde.Length <= 25 ? waarde : waarde[..25];
}
