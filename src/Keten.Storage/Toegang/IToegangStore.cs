namespace Keten.Storage.Toegang;

/// <summary>
/// What a login keeps in the database, so several server processes share it and it survives a restart: the SAML
/// requests still outstanding, the message IDs seen (replay), and the return address behind a RelayState.
/// Answered-once is atomic across processes: each "take" or "register once" is one conditional statement.
/// The SAML core calls the first four synchronously, so they are synchronous here too.
/// </summary>
public interface IToegangStore
{
    void RegistreerUitstaandVerzoek(string verzoekId, DateTimeOffset geldigTot);

    bool IsUitstaandVerzoek(string verzoekId, DateTimeOffset nu);

    /// <summary>Takes the request out; false when it was not outstanding (unknown, expired or already taken by anyone).</summary>
    bool NeemUitstaandVerzoek(string verzoekId, DateTimeOffset nu);

    /// <summary>Records the ID until <paramref name="bewarenTot"/>; false when it was recorded before and has not expired.</summary>
    bool RegistreerEenmalig(string id, DateTimeOffset bewarenTot, DateTimeOffset nu);

    Task BewaarTerugkeeradresAsync(string sleutel, string adres, DateTimeOffset geldigTot, CancellationToken ct);

    /// <summary>The address behind the key, taken out; null when unknown, expired or already taken.</summary>
    Task<string?> NeemTerugkeeradresAsync(string sleutel, DateTimeOffset nu, CancellationToken ct);

    /// <summary>Deletes every expired row of the three tables; returns how many.</summary>
    Task<int> RuimVerlopenOpAsync(DateTimeOffset nu, CancellationToken ct);
}
