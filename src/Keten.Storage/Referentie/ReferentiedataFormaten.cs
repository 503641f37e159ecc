using System.Text.RegularExpressions;
using Keten.Domain.Referentie;

namespace Keten.Storage.Referentie;

/// <summary>
/// Formats of reference-data fields that are not RIO object codes (those are in <see cref="Keten.Domain.Rio.Codes"/>):
/// KvK number, sector, DUO's Kwalificatieniveau and Niveaucode values, opleidingscodes per stelsel, TOTP secrets.
/// </summary>
internal static partial class ReferentiedataFormaten
{
    public const string Crebo = "CREBO";
    public const string Ilt = "ILT";

    /// <summary>Kwalificatieniveau-v03 values for an MBO qualification (MBO-1 is entree/assistent).</summary>
    public static IReadOnlySet<string> Kwalificatieniveaus { get; } = new HashSet<string>(StringComparer.Ordinal) { "MBO-1", "MBO-2", "MBO-3", "MBO-4" };

    /// <summary>The VO values of DUO's Niveaucode-v06.</summary>
    public static IReadOnlySet<string> VoNiveaucodes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "VO-PRO", "VO-VMBO-BB", "VO-VMBO-KB", "VO-VMBO-GL", "VO-VMBO-TL", "VO-HAVO", "VO-VWO",
    };

    public const string Gemeentecodeformaat = "CBS-gemeentecode (4 cijfers)";

    public static bool IsGemeentecode(string tekst) => tekst.Length == 4 && tekst.All(char.IsAsciiDigit);

    public static bool IsRmcRegiocode(string tekst) => tekst.Length == 2 && tekst.All(char.IsAsciiDigit);

    public static bool IsKvkNummer(string tekst) => KvkNummer().IsMatch(tekst);

    public static bool IsBevoegdGezagNummer(string tekst) => tekst.Length == 5 && tekst.All(char.IsAsciiDigit);

    /// <summary>RIO's OrganisatieErkenner-v01: a value-list code of 2 to 20 characters (OCW, NRTO, EVC, …).</summary>
    public static bool IsErkenner(string tekst) => tekst.Length is >= 2 and <= 20 && tekst.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');

    public static bool IsSector(string tekst) => Enum.GetNames<Sector>().Contains(tekst, StringComparer.Ordinal);

    public static Sector NaarSector(string tekst) => Enum.Parse<Sector>(tekst, ignoreCase: false);

    public static bool IsKwalificatieniveau(string tekst) => Kwalificatieniveaus.Contains(tekst);

    public static bool IsVoNiveaucode(string tekst) => VoNiveaucodes.Contains(tekst);

    /// <summary>A CREBO code is 5 digits, an ILT code 4 digits; other stelsels only need a non-blank code.</summary>
    public static (Func<string, bool>? Formaat, string? Naam) Opleidingscode(string? opleidingsstelsel) => opleidingsstelsel switch
    {
        Crebo => (Crebocode().IsMatch, "CREBO-code (5 cijfers)"),
        Ilt => (Iltcode().IsMatch, "ILT-code (4 cijfers)"),
        _ => (null, null),
    };

    /// <summary>A base32 TOTP secret (RFC 4648 alphabet, optional '=' padding), at least 16 characters.</summary>
    public static bool IsTotpSecret(string tekst) => TotpSecret().IsMatch(tekst);

    [GeneratedRegex("^[0-9]{8}$")] private static partial Regex KvkNummer();
    [GeneratedRegex("^[0-9]{5}$")] private static partial Regex Crebocode();
    [GeneratedRegex("^[0-9]{4}$")] private static partial Regex Iltcode();
    [GeneratedRegex("^[A-Z2-7]{16,}=*$")] private static partial Regex TotpSecret();
}
