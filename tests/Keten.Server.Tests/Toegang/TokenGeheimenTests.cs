using System.Security.Cryptography;
using Keten.Application.Toegang;

namespace Keten.Server.Tests.Toegang;

/// <summary>A TOTP secret at rest: AES-256-GCM under the configured key, bound to the token's user name (ADR 0018).</summary>
public class TokenGeheimenTests
{
    private static readonly byte[] Sleutel = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    [Fact]
    public void A_secret_decrypts_to_itself_and_is_not_readable_in_the_stored_text()
    {
        var geheimen = new TokenGeheimen(Sleutel);

        var opgeslagen = geheimen.Versleutel("jbeheerder", "JBSWY3DPEHPK3PXP");

        Assert.StartsWith("v1:", opgeslagen, StringComparison.Ordinal);
        Assert.DoesNotContain("JBSWY3DPEHPK3PXP", opgeslagen, StringComparison.Ordinal);
        Assert.Equal("JBSWY3DPEHPK3PXP", geheimen.Ontsleutel("jbeheerder", opgeslagen));
    }

    [Fact]
    public void The_same_secret_encrypts_differently_each_time() =>
        Assert.NotEqual(new TokenGeheimen(Sleutel).Versleutel("a", "JBSWY3DPEHPK3PXP"), new TokenGeheimen(Sleutel).Versleutel("a", "JBSWY3DPEHPK3PXP"));

    [Fact]
    public void Another_user_name_or_another_key_does_not_decrypt()
    {
        var opgeslagen = new TokenGeheimen(Sleutel).Versleutel("jbeheerder", "JBSWY3DPEHPK3PXP");

        Assert.ThrowsAny<CryptographicException>(() => new TokenGeheimen(Sleutel).Ontsleutel("avries", opgeslagen));
        Assert.ThrowsAny<CryptographicException>(() => new TokenGeheimen(new byte[32]).Ontsleutel("jbeheerder", opgeslagen));
    }
}
