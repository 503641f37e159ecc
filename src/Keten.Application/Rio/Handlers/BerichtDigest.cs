using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Keten.Application.Rio.Handlers;

/// <summary>
/// What makes two messages the same message: SHA-256 (lower-case hex) over operation name, sender OIN and the
/// canonical JSON (<see cref="RioJson"/>) of the domain input the handler received, one per line, in UTF-8. The domain
/// input is what every door maps its message to, so the digest does not depend on the door, nor on XML whitespace,
/// prefixes or the envelope.
/// </summary>
public static class BerichtDigest
{
    // The JSON is written as UTF-8 into a buffer the thread keeps, not built as a string and encoded again: the bulk
    // ingest takes a digest per enrolment and one over a chunk's thousand digests (docs/benchmarks.md).
    [ThreadStatic]
    private static MemoryStream? buffer;

    public static string Van<T>(string operatie, string afzenderOin, T invoer)
    {
        var bytes = buffer ??= new MemoryStream();
        bytes.SetLength(0);
        Regel(bytes, operatie);
        Regel(bytes, afzenderOin);
        JsonSerializer.Serialize(bytes, invoer, RioJson.Options);
        Span<byte> uitkomst = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), uitkomst);
        if (bytes.Capacity > 1 << 20)
        {
            buffer = null;
        }

        return Convert.ToHexStringLower(uitkomst);
    }

    private static void Regel(MemoryStream bytes, string tekst)
    {
        bytes.Write(Encoding.UTF8.GetBytes(tekst));
        bytes.WriteByte((byte)'\n');
    }
}
