using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Keten.Application.Generator;

/// <summary>
/// The synthetic codes of the national data set: numbered from 200 up so they never meet the demo's (100/110)
/// and still follow RIO's formats (nnnBnnn, nnnAnnn, nnnXnnn, BRIN4 nnXX, 20-digit OIN).
/// </summary>
public static class LandelijkeCodes
{
    public static string Bestuur(int i) => Code(i, 'B');

    public static string Aanbieder(int i) => Code(i, 'A');

    public static string Locatie(int i) => Code(i, 'X');

    /// <summary>OINs 0000000199 + 10 digits: synthetic, not DUO's (00000001800866472000).</summary>
    public static string Oin(int i) => "0000000199" + (10_000_000_000L + i).ToString(CultureInfo.InvariantCulture)[1..];

    public static string KvkNummer(int i) => (70_000_000 + i).ToString(CultureInfo.InvariantCulture);

    public static string BevoegdGezagNummer(int i) => (30_000 + i).ToString(CultureInfo.InvariantCulture);

    /// <summary>BRIN4: two digits from 10 up, two letters.</summary>
    public static string Brin(int i) =>
        string.Create(CultureInfo.InvariantCulture, $"{10 + i / 676:00}{(char)('A' + i / 26 % 26)}{(char)('A' + i % 26)}");

    /// <summary>A stable id: the same seed and object give the same bedrijfsdocument id at every run.</summary>
    public static string BedrijfsdocumentId(int seed, string soort, string sleutel) =>
        Uuid($"keten-landelijk|{seed}|bedrijfsdocument|{soort}|{sleutel}").ToString("D");

    public static Guid AangebodenOpleidingCode(int seed, int i) =>
        Uuid(string.Create(CultureInfo.InvariantCulture, $"keten-landelijk|{seed}|aangebodenOpleiding|{i}"));

    /// <summary>A version-4-shaped UUID from a hash of the name.</summary>
    private static Guid Uuid(string naam)
    {
        var hex = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(naam)).AsSpan(0, 16)).ToCharArray();
        hex[12] = '4';
        hex[16] = "89ab"[hex[16] % 4];
        return Guid.ParseExact(new string(hex), "N");
    }

    private static string Code(int i, char soort)
    {
        if (i is < 0 or >= 800_000)
        {
            throw new ArgumentOutOfRangeException(nameof(i), i, "The national data set numbers at most 800,000 of a kind.");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{200 + i / 1000:000}{soort}{i % 1000:000}");
    }
}
