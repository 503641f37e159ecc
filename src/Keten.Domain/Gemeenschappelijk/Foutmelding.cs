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
        new(foutcode, Afgekapt(fouttekst, 200), [.. sleutels.Take(5).Select(s => new Sleutelgegeven(Afgekapt(s.Naam, 25), Afgekapt(s.Waarde, 25)))]);

    // DUO's Fouttekst is at most 200 characters, sleutelnaam and sleutelwaarde 1 to 25.
    private static string Afgekapt(string? waarde, int lengte) =>
        string.IsNullOrEmpty(waarde) ? "(leeg)" : waarde.Length <= lengte ? waarde : waarde[..lengte];
}
