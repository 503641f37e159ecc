using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Keten.Ontwikkelmakelaar;

/// <summary>Values kept in memory for a while under a random or given key, each taken out at most once.</summary>
internal sealed class EenmaligeOpslag<T>(TimeProvider klok, TimeSpan geldigheid)
{
    private readonly ConcurrentDictionary<string, (T Waarde, DateTimeOffset Tot)> _items = new(StringComparer.Ordinal);

    public static string NieuweSleutel() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    public string Bewaar(T waarde)
    {
        var sleutel = NieuweSleutel();
        Bewaar(sleutel, waarde);
        return sleutel;
    }

    public void Bewaar(string sleutel, T waarde)
    {
        var nu = klok.GetUtcNow();
        foreach (var verlopen in _items.Where(i => i.Value.Tot <= nu).Select(i => i.Key).ToList())
        {
            _items.TryRemove(verlopen, out _);
        }
        _items[sleutel] = (waarde, nu + geldigheid);
    }

    public bool Kijk(string sleutel, out T waarde) => Geldig(_items.TryGetValue(sleutel, out var item), item, out waarde);

    public bool Neem(string sleutel, out T waarde) => Geldig(_items.TryRemove(sleutel, out var item), item, out waarde);

    private bool Geldig(bool gevonden, (T Waarde, DateTimeOffset Tot) item, out T waarde)
    {
        waarde = item.Waarde;
        return gevonden && klok.GetUtcNow() < item.Tot;
    }
}
