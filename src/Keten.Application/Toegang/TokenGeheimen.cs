using System.Security.Cryptography;
using System.Text;

namespace Keten.Application.Toegang;

/// <summary>
/// Encrypts a DUO token's TOTP secret for the database and back, with AES-256-GCM under the configured key (ADR 0018).
/// Stored as "v1:" + base64(12-byte nonce, ciphertext, 16-byte tag); the user name is the associated data, so a
/// ciphertext copied to another token's row does not decrypt.
/// </summary>
public sealed class TokenGeheimen(byte[] sleutel)
{
    private const string Versie = "v1:";
    private const int NonceLengte = 12;
    private const int TagLengte = 16;

    public string Versleutel(string gebruikersnaam, string geheim)
    {
        var klaar = Encoding.UTF8.GetBytes(geheim);
        var uit = new byte[NonceLengte + klaar.Length + TagLengte];
        var nonce = uit.AsSpan(0, NonceLengte);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(sleutel, TagLengte);
        aes.Encrypt(nonce, klaar, uit.AsSpan(NonceLengte, klaar.Length), uit.AsSpan(NonceLengte + klaar.Length), Encoding.UTF8.GetBytes(gebruikersnaam));
        return Versie + Convert.ToBase64String(uit);
    }

    /// <exception cref="CryptographicException">Another key, another user name or a changed value.</exception>
    public string Ontsleutel(string gebruikersnaam, string opgeslagen)
    {
        ArgumentNullException.ThrowIfNull(opgeslagen);
        if (!opgeslagen.StartsWith(Versie, StringComparison.Ordinal))
        {
            throw new CryptographicException("Unknown format of a stored token secret.");
        }

        var bytes = Convert.FromBase64String(opgeslagen[Versie.Length..]);
        var lengte = bytes.Length - NonceLengte - TagLengte;
        var klaar = new byte[lengte];
        using var aes = new AesGcm(sleutel, TagLengte);
        aes.Decrypt(bytes.AsSpan(0, NonceLengte), bytes.AsSpan(NonceLengte, lengte), bytes.AsSpan(NonceLengte + lengte), klaar, Encoding.UTF8.GetBytes(gebruikersnaam));
        return Encoding.UTF8.GetString(klaar);
    }
}
