using Keten.Domain.Toegang;
using Keten.Storage.Audit;

namespace Keten.Storage.Toegang;

/// <summary>A medewerker from reference data: created once by its reference key, never overwritten by a later load.</summary>
/// <param name="Token">The DUO token's user name and its already encrypted secret, if the medewerker has one.</param>
public sealed record Zaaimedewerker(string Referentiesleutel, string Onderwijsbestuurcode, string Naam, IReadOnlyList<Autorisatie> Autorisaties, (string Gebruikersnaam, string Geheim)? Token);

/// <summary>A DUO token as stored: its secret encrypted, the last TOTP step accepted, and whether it was revoked.</summary>
public sealed record OpgeslagenToken(string Gebruikersnaam, string MedewerkerId, string Geheim, long? LaatsteTijdstap, bool Ingetrokken);

public enum AutorisatieWijziging
{
    Gedaan,
    OnbekendeMedewerker,
    LaatsteBeheer,
}

public enum Koppeling
{
    Gedaan,

    /// <summary>The TOTP step was accepted before (a replayed or older code), or the token was revoked meanwhile.</summary>
    TokenstapGebruikt,

    /// <summary>The eHerkenning identity already belongs to a medewerker.</summary>
    IdentiteitAlGekoppeld,

    /// <summary>The koppelcode is unknown, expired or used.</summary>
    CodeOngeldig,
}

/// <summary>
/// Storage of Toegang's accounts (migration 0011): staff, authorisations, linked eHerkenning identities, DUO tokens and
/// koppelcodes. An identity is passed as its text key (the application derives it from the IdentiteitsSleutel).
/// Every change is recorded in the audit trail, in its own transaction, as made by the given <see cref="Auditbron"/>.
/// </summary>
public interface IMedewerkerStore
{
    Task<Medewerker?> MedewerkerAsync(string id, CancellationToken ct);

    Task<Medewerker?> MedewerkerMetIdentiteitAsync(string identiteit, CancellationToken ct);

    /// <summary>The board's staff, ordered by name.</summary>
    Task<IReadOnlyList<Medewerker>> MedewerkersVanBestuurAsync(string onderwijsbestuurcode, CancellationToken ct);

    /// <summary>
    /// Creates the medewerkers whose reference key is new, with their authorisations, and adds a token to a seeded
    /// medewerker without one that has not moved; never changes what exists. Returns how many medewerkers were created.
    /// </summary>
    Task<int> ZaaiAsync(IReadOnlyList<Zaaimedewerker> medewerkers, Auditbron door, CancellationToken ct);

    /// <summary>
    /// The board's medewerker of that name (e.g. a beheerder from reference data without a token), or a new one, gets the
    /// given authorisations and a one-time koppelcode (stored as its hash); returns the id.
    /// </summary>
    Task<string> BeheerderMetKoppelcodeAsync(string onderwijsbestuurcode, string naam, IReadOnlyList<Autorisatie> autorisaties,
        string koppelcodeHash, DateTimeOffset geldigTot, Auditbron door, CancellationToken ct);

    /// <summary>
    /// Grants and revokes in one transaction, for a medewerker of the given board only; refused, changing nothing, when
    /// the board would be left without any <see cref="Functie.Beheer"/> authorisation for all its aanbieders.
    /// </summary>
    Task<AutorisatieWijziging> WijzigAutorisatiesAsync(string onderwijsbestuurcode, string medewerkerId,
        IReadOnlyList<Autorisatie> toekennen, IReadOnlyList<Autorisatie> intrekken, Auditbron door, CancellationToken ct);

    Task<OpgeslagenToken?> TokenAsync(string gebruikersnaam, CancellationToken ct);

    /// <summary>Records the TOTP step as used; false when it or a later one was used before or the token is revoked.</summary>
    Task<bool> TokenstapGebruikAsync(string gebruikersnaam, long tijdstap, CancellationToken ct);

    /// <summary>
    /// The move off the DUO token, in one transaction: the step is recorded as used, the identity linked to the token's
    /// medewerker (authorisations stay where they are) and the token revoked.
    /// </summary>
    Task<Koppeling> VerhuisAsync(string gebruikersnaam, long tijdstap, string identiteit, Auditbron door, CancellationToken ct);

    /// <summary>The medewerker a valid, unused koppelcode was made for; null otherwise.</summary>
    Task<string?> KoppelcodeMedewerkerAsync(string koppelcodeHash, CancellationToken ct);

    /// <summary>Links the identity to the medewerker of a valid, unused koppelcode, uses the code up and revokes a token the medewerker has.</summary>
    Task<(Koppeling Uitkomst, string? MedewerkerId)> KoppelMetCodeAsync(string koppelcodeHash, string identiteit, Auditbron door, CancellationToken ct);
}
