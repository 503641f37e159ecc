using System.Security.Cryptography.X509Certificates;

namespace Keten.Toegang.WsSecurity;

/// <summary>
/// A verified WS-Security header: the certificate of the BinarySecurityToken that signed, the Timestamp, and the
/// SignatureValue (for the response's SignatureConfirmation).
/// </summary>
public sealed record WsSecurityResultaat(
    X509Certificate2 Certificaat,
    DateTimeOffset Aangemaakt,
    DateTimeOffset Verloopt,
    string SignatureValue);
