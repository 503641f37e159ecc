using System.Security.Cryptography;
using System.Text;

namespace Keten.Toegang.Saml;

/// <summary>
/// A SAML 2.0 artifact (type code 0x0004): endpoint index, SourceID (SHA-1 of the issuer's entity ID) and a
/// 20-byte message handle, base64 in the SAMLart parameter (SAML Bindings §3.6.4; toegang.md §2.1).
/// </summary>
public sealed record SamlArtifact(int EndpointIndex, byte[] SourceId, byte[] MessageHandle)
{
    private const int Lengte = 44;

    public static byte[] SourceIdVan(string entityId) => SHA1.HashData(Encoding.UTF8.GetBytes(entityId));

    /// <summary>Reads SAMLart and checks it comes from <paramref name="verwachteUitgever"/>.</summary>
    public static SamlArtifact Lees(string samlArt, string verwachteUitgever)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(samlArt);
        }
        catch (FormatException)
        {
            throw new SamlWeigeringException(SamlWeigering.ArtifactOngeldig, "SAMLart");
        }
        if (bytes.Length != Lengte || bytes[0] != 0x00 || bytes[1] != 0x04)
        {
            throw new SamlWeigeringException(SamlWeigering.ArtifactOngeldig, "SAMLart/TypeCode");
        }
        var artifact = new SamlArtifact((bytes[2] << 8) | bytes[3], bytes[4..24], bytes[24..44]);
        if (!CryptographicOperations.FixedTimeEquals(artifact.SourceId, SourceIdVan(verwachteUitgever)))
        {
            throw new SamlWeigeringException(SamlWeigering.ArtifactOngeldig, "SAMLart/SourceID");
        }
        return artifact;
    }

    public static string Maak(string uitgever, int endpointIndex) =>
        Convert.ToBase64String([0x00, 0x04, (byte)(endpointIndex >> 8), (byte)endpointIndex, .. SourceIdVan(uitgever), .. RandomNumberGenerator.GetBytes(20)]);
}
