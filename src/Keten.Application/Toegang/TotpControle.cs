using OtpNet;

namespace Keten.Application.Toegang;

/// <summary>
/// RFC 6238 TOTP as the DUO token makes it (HMAC-SHA1, 30-second steps, 6 digits by default), on Otp.NET.
/// A code of the current step or one step before or after is accepted; the caller refuses a step used before.
/// </summary>
public static class TotpControle
{
    /// <summary>The step the code belongs to, or null when it matches none of now−1, now, now+1.</summary>
    public static long? Controleer(byte[] geheim, string code, DateTimeOffset nu, int cijfers = 6, OtpHashMode algoritme = OtpHashMode.Sha1)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != cijfers || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        var totp = new OtpNet.Totp(geheim, 30, algoritme, cijfers);
        return totp.VerifyTotp(nu.UtcDateTime, code, out var stap, new VerificationWindow(1, 1)) ? stap : null;
    }

    /// <summary>The code of the step containing <paramref name="moment"/> (for tests and the development broker).</summary>
    public static string Code(byte[] geheim, DateTimeOffset moment, int cijfers = 6, OtpHashMode algoritme = OtpHashMode.Sha1) =>
        new OtpNet.Totp(geheim, 30, algoritme, cijfers).ComputeTotp(moment.UtcDateTime);

    /// <summary>A base32 secret (as reference data holds it) as bytes.</summary>
    public static byte[] Geheim(string base32) => Base32Encoding.ToBytes(base32);
}
