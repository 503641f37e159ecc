using Keten.Storage.Toegang;
using Keten.Toegang.Saml;

namespace Keten.Server.Toegang;

/// <summary>The SAML core's outstanding requests in the database, shared by every server process.</summary>
public sealed class DatabaseUitstaandeVerzoeken(IToegangStore store) : IUitstaandeVerzoeken
{
    public void Registreer(string verzoekId, DateTimeOffset geldigTot) => store.RegistreerUitstaandVerzoek(verzoekId, geldigTot);

    public bool IsUitstaand(string verzoekId, DateTimeOffset nu) => store.IsUitstaandVerzoek(verzoekId, nu);

    public bool Neem(string verzoekId, DateTimeOffset nu) => store.NeemUitstaandVerzoek(verzoekId, nu);
}

/// <summary>The SAML core's replay store in the database: it survives a restart and holds across processes.</summary>
public sealed class DatabaseReplayStore(IToegangStore store) : IReplayStore
{
    public bool Registreer(string id, DateTimeOffset bewarenTot, DateTimeOffset nu) => store.RegistreerEenmalig(id, bewarenTot, nu);
}
