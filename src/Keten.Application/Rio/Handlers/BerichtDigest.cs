using System.Security.Cryptography;
using System.Text;

namespace Keten.Application.Rio.Handlers;

/// <summary>
/// What makes two messages the same message: SHA-256 (lower-case hex) over operation name, sender OIN and the
/// canonical JSON (<see cref="RioJson"/>) of the domain input the handler received, one per line. The domain input is
/// what every door maps its message to, so the digest does not depend on the door, nor on XML whitespace, prefixes
/// or the envelope.
/// </summary>
public static class BerichtDigest
{
    public static string Van<T>(string operatie, string afzenderOin, T invoer)
    {
        var canoniek = operatie + "\n" + afzenderOin + "\n" + RioJson.Serialize(invoer);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canoniek)));
    }
}
