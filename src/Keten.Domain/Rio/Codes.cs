using System.Text.RegularExpressions;

namespace Keten.Domain.Rio;

/// <summary>DUO's code formats (RIO V4 XSD patterns).</summary>
public static partial class Codes
{
    public static bool IsOnderwijsbestuurcode(string? code) => code is not null && Bestuur().IsMatch(code);
    public static bool IsOnderwijsaanbiedercode(string? code) => code is not null && Aanbieder().IsMatch(code);
    public static bool IsOnderwijslocatiecode(string? code) => code is not null && Locatie().IsMatch(code);
    public static bool IsOpleidingseenheidcode(string? code) => code is not null && Opleidingseenheid().IsMatch(code);
    public static bool IsBrin4(string? code) => code is not null && Brin4().IsMatch(code);

    /// <summary>
    /// Organisatie-identificatienummer: 20 positions, digits or capitals. School OINs embed their BRIN
    /// ("00000007" + "00025BE" + "00000"), so letters occur. The one definition of OIN syntax in Keten: the
    /// reference data, the SOAP headers and the server's own OIN setting all use it.
    /// </summary>
    public static bool IsOin(string? code) => code is not null && Oin().IsMatch(code);

    [GeneratedRegex("^[0-9]{3}B[0-9]{3}$")] private static partial Regex Bestuur();
    [GeneratedRegex("^[0-9]{3}A[0-9]{3}$")] private static partial Regex Aanbieder();
    [GeneratedRegex("^[0-9]{3}X[0-9]{3}$")] private static partial Regex Locatie();
    [GeneratedRegex("^[0-9]{4}O[0-9]{4}$")] private static partial Regex Opleidingseenheid();
    [GeneratedRegex("^[0-9]{2}[A-Z]{2}$")] private static partial Regex Brin4();
    [GeneratedRegex("^[0-9A-Z]{20}$")] private static partial Regex Oin();
}
