namespace Keten.Application.Toegang;

/// <summary>
/// Keten:Toegang configuration of accounts and the DUO token.
/// TokenSleutel: base64 of 32 bytes, the AES-256-GCM key that encrypts TOTP secrets at rest (ADR 0018); without it no
/// token is seeded and token login is closed. TokenEinddatum: from this moment no new tokens and no token login.
/// KoppelcodeGeldigheid: how long a koppelcode from `keten toegang beheerder-aanwijzen` can be used.
/// </summary>
public sealed record ToegangOpties(byte[]? TokenSleutel, DateTimeOffset? TokenEinddatum, TimeSpan KoppelcodeGeldigheid)
{
    public static TimeSpan StandaardKoppelcodeGeldigheid { get; } = TimeSpan.FromDays(14);

    /// <summary>From configuration keys under Keten:Toegang (the server's IConfiguration, the CLI's environment).</summary>
    /// <exception cref="FormatException">A value that does not parse, or a key that is not 32 bytes.</exception>
    public static ToegangOpties Lees(Func<string, string?> waarde)
    {
        ArgumentNullException.ThrowIfNull(waarde);
        var sleutel = waarde("Keten:Toegang:TokenSleutel") is { Length: > 0 } s ? Convert.FromBase64String(s) : null;
        if (sleutel is { Length: not 32 })
        {
            throw new FormatException("Keten:Toegang:TokenSleutel must be the base64 of 32 bytes (AES-256).");
        }

        var eind = waarde("Keten:Toegang:TokenEinddatum") is { Length: > 0 } e
            ? DateTimeOffset.Parse(e, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal)
            : (DateTimeOffset?)null;
        var dagen = waarde("Keten:Toegang:KoppelcodeGeldigheidDagen") is { Length: > 0 } d
            ? TimeSpan.FromDays(double.Parse(d, System.Globalization.CultureInfo.InvariantCulture))
            : StandaardKoppelcodeGeldigheid;
        return new ToegangOpties(sleutel, eind, dagen);
    }

    public bool TokenGesloten(DateTimeOffset nu) => TokenSleutel is null || (TokenEinddatum is { } eind && nu >= eind);
}
