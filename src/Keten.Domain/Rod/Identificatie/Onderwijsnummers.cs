using System.Globalization;

namespace Keten.Domain.Rod.Identificatie;

/// <summary>
/// Issues onderwijsnummers: "10", six digits from the register's sequence and the check digit that makes
/// 9·d1 + 8·d2 + … + 2·d8 + d9 ≡ 5 (mod 11) (<see cref="Persoonsnummer.IsGeldigOnderwijsnummer"/>). A sequence number
/// whose check digit would have to be 10 gets no onderwijsnummer; the next one is taken. The space holds about
/// 909,000 numbers (domain.md open question 8: DUO's own issuing scheme is not public).
/// </summary>
public static class Onderwijsnummers
{
    public const long Hoogste = 999_999;

    /// <summary>The onderwijsnummer for sequence number <paramref name="volgnummer"/> (1 … 999,999), or null when none fits.</summary>
    public static string? Voor(long volgnummer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(volgnummer, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(volgnummer, Hoogste);
        var romp = string.Create(CultureInfo.InvariantCulture, $"10{volgnummer:000000}");
        var som = 0;
        for (var i = 0; i < 8; i++)
        {
            som += (9 - i) * (romp[i] - '0');
        }

        var controle = ((5 - som) % 11 + 11) % 11;
        return controle == 10 ? null : romp + controle.ToString(CultureInfo.InvariantCulture);
    }
}
