using System.Buffers.Text;
using System.Security.Cryptography;
using Keten.Storage.Toegang;
using Keten.Toegang.Saml;

namespace Keten.Server.Toegang;

/// <summary>
/// The RelayState of a login: an opaque random key (22 characters, within eTOEGANG's 80 bytes) for the local address
/// to return to, kept in the database as long as the AuthnRequest is outstanding and taken once. Nothing in it can be
/// tampered with to send the browser elsewhere: an unknown key returns to the start page.
/// </summary>
public sealed class Terugkeeradressen(IToegangStore store, TimeProvider klok)
{
    public const string Standaard = "/";

    /// <summary>A path on this server: one leading slash, not "//" or "/\" (another host), no control characters.</summary>
    public static bool IsLokaal(string? adres) =>
        adres is { Length: > 0 and <= 2000 }
        && adres[0] == '/'
        && (adres.Length == 1 || (adres[1] != '/' && adres[1] != '\\'))
        && !adres.Any(char.IsControl);

    public async Task<string> BewaarAsync(string adres, CancellationToken ct)
    {
        var sleutel = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        await store.BewaarTerugkeeradresAsync(sleutel, adres, klok.GetUtcNow() + SamlAuthnRequestMaker.Geldigheid, ct);
        return sleutel;
    }

    public async Task<string> NeemAsync(string? sleutel, CancellationToken ct) =>
        string.IsNullOrEmpty(sleutel) || sleutel.Length > 80
            ? Standaard
            : await store.NeemTerugkeeradresAsync(sleutel, klok.GetUtcNow(), ct) ?? Standaard;
}
