using System.Security.Cryptography;
using System.Text;

namespace Keten.Application.Rio.Handlers;

/// <summary>
/// A bedrijfsdocument id (UUID) derived from a text: the first 16 bytes of its SHA-256. The same text always gives the
/// same id, so a message sent again by a program that derives its ids (demo seeding, a batch file resumed) is a repeat.
/// </summary>
public static class AfgeleidBedrijfsdocumentId
{
    public static string Van(string bron) => new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(bron)).AsSpan(0, 16)).ToString("D");
}
