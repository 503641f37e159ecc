using System.Collections.Concurrent;

namespace Keten.Toegang.Saml;

/// <summary>Outstanding requests in this process's memory (a later piece keeps them in the database).</summary>
public sealed class InMemoryUitstaandeVerzoeken : IUitstaandeVerzoeken
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _verzoeken = new(StringComparer.Ordinal);

    public void Registreer(string verzoekId, DateTimeOffset geldigTot) => _verzoeken[verzoekId] = geldigTot;

    public bool IsUitstaand(string verzoekId, DateTimeOffset nu) =>
        _verzoeken.TryGetValue(verzoekId, out var geldigTot) && nu < geldigTot;

    public bool Neem(string verzoekId, DateTimeOffset nu) =>
        _verzoeken.TryRemove(verzoekId, out var geldigTot) && nu < geldigTot;
}

/// <summary>The replay store in this process's memory (a later piece keeps it in the database).</summary>
public sealed class InMemoryReplayStore : IReplayStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _gezien = new(StringComparer.Ordinal);

    public bool Registreer(string id, DateTimeOffset bewarenTot, DateTimeOffset nu)
    {
        while (true)
        {
            if (_gezien.TryAdd(id, bewarenTot))
            {
                return true;
            }
            if (!_gezien.TryGetValue(id, out var bestaand) || nu < bestaand)
            {
                return false;
            }
            if (_gezien.TryUpdate(id, bewarenTot, bestaand))
            {
                return true;
            }
        }
    }
}
