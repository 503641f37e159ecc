using System.Diagnostics.CodeAnalysis;
using Keten.Domain.Rio;

namespace Keten.Contract.Soap;

/// <summary>
/// Organisatie-identificatienummer as carried in WS-Addressing: "...?oin=00000001800866472000" (PvE §6.4.8).
/// An OIN has 20 positions; OINs of schools embed their BRIN (e.g. 0000000700025BE00000), so letters occur.
/// </summary>
public static class Oin
{
    /// <summary>DUO's own OIN, the wsa:To of every request to RIO.</summary>
    public const string Duo = "00000001800866472000";

    /// <summary>OIN syntax as <see cref="Codes.IsOin"/> defines it for all of Keten.</summary>
    public static bool IsGeldig([NotNullWhen(true)] string? oin) => Codes.IsOin(oin);

    /// <summary>Reads the OIN from the "oin" query parameter of a WS-Addressing address.</summary>
    public static bool TryLees(string? adres, [NotNullWhen(true)] out string? oin)
    {
        oin = null;
        if (adres is null)
        {
            return false;
        }
        var vraagteken = adres.IndexOf('?', StringComparison.Ordinal);
        if (vraagteken < 0)
        {
            return false;
        }
        string? gevonden = null;
        foreach (var parameter in adres[(vraagteken + 1)..].Split('&'))
        {
            if (!parameter.StartsWith("oin=", StringComparison.Ordinal))
            {
                continue;
            }
            if (gevonden is not null)
            {
                return false;
            }
            gevonden = parameter["oin=".Length..];
        }
        if (!IsGeldig(gevonden))
        {
            return false;
        }
        oin = gevonden;
        return true;
    }
}
