namespace Keten.Toegang.Saml;

/// <summary>AuthnRequest IDs Keten sent and not yet saw answered; each is answered at most once.</summary>
public interface IUitstaandeVerzoeken
{
    void Registreer(string verzoekId, DateTimeOffset geldigTot);

    bool IsUitstaand(string verzoekId, DateTimeOffset nu);

    /// <summary>Takes the request out; false when it was not outstanding (unknown, expired or already taken).</summary>
    bool Neem(string verzoekId, DateTimeOffset nu);
}

/// <summary>Message IDs already accepted (Response IDs for 12 months, artifacts once).</summary>
public interface IReplayStore
{
    /// <summary>Records the ID; false when it was seen before and has not yet expired.</summary>
    bool Registreer(string id, DateTimeOffset bewarenTot, DateTimeOffset nu);
}
