using System.Security.Cryptography;
using System.Text;
using Keten.Toegang;

namespace Keten.Server.Toegang;

/// <summary>
/// GET /toegang/ik: who is logged in. The acting subject is shown as a short fingerprint, enough to tell two logins
/// apart, not the pseudonym itself (it identifies the person across Keten's records and the portal does not need it).
/// </summary>
public sealed record ToegangIk(
    string LegalSubjectType,
    string LegalSubject,
    string ActingSubjectKenmerk,
    string? Vestigingsnr,
    string ServiceId,
    string ServiceUuid,
    string Niveau,
    string? AuthenticatingAuthority,
    string Herkenningsmakelaar,
    DateTimeOffset? IngelogdOp)
{
    public static ToegangIk Van(Authenticatiecontext context, DateTimeOffset? ingelogdOp)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(context.LegalSubject.Type, context.LegalSubject.Waarde, Kenmerk(context.ActingSubjectId), context.Vestigingsnr,
            context.ServiceId, context.ServiceUuid, context.Niveau.Urn(), context.AuthenticatingAuthority, context.Herkenningsmakelaar,
            ingelogdOp);
    }

    /// <summary>The first 16 hex digits of the SHA-256 of the acting subject pseudonym.</summary>
    public static string Kenmerk(string actingSubjectId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(actingSubjectId)))[..16];
}
