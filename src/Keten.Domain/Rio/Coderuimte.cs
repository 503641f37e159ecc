using System.Globalization;

namespace Keten.Domain.Rio;

/// <summary>
/// The number space of one kind of code RIO issues, as DUO's XSD patterns give it (OnderwijsaanbiederID-v01:
/// 3 digits, "A", 3 digits; OnderwijslocatieID-v01: 3 digits, "X", 3 digits; OpleidingseenheidID-v01: 4 digits, "O",
/// 4 digits). Codes are meaningless, so one national sequence per kind is spread over the whole space:
/// number n (1 … <see cref="Grootte"/>) becomes position n · <see cref="Stap"/> mod <see cref="Grootte"/>, a
/// permutation (Stap shares no factor with 10), so every code comes exactly once and the codes a board already holds
/// (taken over from BRIN, often in runs) are hit only here and there.
/// </summary>
public sealed record Coderuimte(string Naam, string Letter, int CijfersVoor, int CijfersNa, string Veld)
{
    /// <summary>Odd and not a multiple of 5: coprime with every power of ten.</summary>
    public const long Stap = 382_141;

    public static Coderuimte Onderwijsaanbieder { get; } = new("onderwijsaanbiedercode", "A", 3, 3, "onderwijsaanbiedercode");

    public static Coderuimte Onderwijslocatie { get; } = new("onderwijslocatiecode", "X", 3, 3, "onderwijslocatiecode");

    public static Coderuimte Opleidingseenheid { get; } = new("opleidingseenheidcode", "O", 4, 4, "opleidingseenheidcode");

    /// <summary>How many codes there are: 10^(digits before + digits after).</summary>
    public long Grootte => Macht(CijfersVoor + CijfersNa);

    /// <summary>The code of sequence number n (1 … Grootte); distinct n give distinct codes.</summary>
    public string Code(long n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, Grootte);
        var positie = (long)(((Int128)n * Stap) % Grootte);
        var deler = Macht(CijfersNa);
        return (positie / deler).ToString(new string('0', CijfersVoor), CultureInfo.InvariantCulture)
            + Letter
            + (positie % deler).ToString(new string('0', CijfersNa), CultureInfo.InvariantCulture);
    }

    private static long Macht(int exponent)
    {
        var waarde = 1L;
        for (var i = 0; i < exponent; i++)
        {
            waarde *= 10;
        }

        return waarde;
    }
}
