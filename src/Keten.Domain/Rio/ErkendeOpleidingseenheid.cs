using Keten.Domain.Referentie;

namespace Keten.Domain.Rio;

/// <summary>
/// In RIO every opleidingserkenning and VO vakerkenning hangs under an opleidingseenheid with herkomst OCW,
/// and Raadplegen answers with that opleidingseenheidcode. DUO issues those codes; Keten derives them
/// deterministically from the erkenning's key so that they are stable across reference-data loads
/// (OCW codes start with 01.. for MBO and 02.. for VO, see foutcode N09410). Documented in docs/rio.md.
/// </summary>
public static class ErkendeOpleidingseenheid
{
    public static string CodeVoor(OpleidingserkenningSleutel sleutel)
    {
        var cijfers = new string(sleutel.Opleidingscode.Where(char.IsAsciiDigit).ToArray()).PadLeft(6, '0');
        return $"01{cijfers[^6..^4]}O{cijfers[^4..]}";
    }

    public static string CodeVoor(VoVakerkenningSleutel sleutel)
    {
        var cijfers = new string(sleutel.Opleidingscode.Where(char.IsAsciiDigit).ToArray()).PadLeft(4, '0');
        return $"02{NiveauVolgnummer(sleutel.Opleidingsniveau):00}O{cijfers[^4..]}";
    }

    /// <summary>
    /// Whether the code is the opleidingseenheid of an erkenning or vakerkenning in the reference data: an
    /// opleidingseenheid that is formally recognised (A02011).
    /// </summary>
    public static bool IsErkend(string code, Referentiedata referentie)
    {
        ArgumentNullException.ThrowIfNull(referentie);
        return referentie.Opleidingserkenningen.Any(e => CodeVoor(new OpleidingserkenningSleutel(e.Opleidingsstelsel, e.Opleidingscode)) == code)
            || referentie.VoVakerkenningen.Any(v => CodeVoor(new VoVakerkenningSleutel(v.Opleidingsstelsel, v.Opleidingscode, v.Opleidingsniveau)) == code);
    }

    /// <summary>
    /// N09410 and P01410 are "NIET uitgevoerd wanneer de opleidingseenheidcode begint met 0100, 0200, 0300, 0400, 0600
    /// of 2210 en de herkomst 'OCW' is"; whether that applies to Keten's derived codes: <see cref="Lezingen.OcwPrefixenOpAfgeleideCode"/>.
    /// </summary>
    public static bool OcwUitgezonderd(string code) =>
        Lezingen.OcwPrefixenOpAfgeleideCode && OcwPrefixen.Any(p => code.StartsWith(p, StringComparison.Ordinal));

    private static readonly string[] OcwPrefixen = ["0100", "0200", "0300", "0400", "0600", "2210"];

    private static int NiveauVolgnummer(string niveau) => niveau switch
    {
        "VO-VMBO-BB" => 1,
        "VO-VMBO-KB" => 2,
        "VO-VMBO-GL" => 3,
        "VO-VMBO-TL" => 4,
        "VO-HAVO" => 5,
        "VO-VWO" => 6,
        _ => 9,
    };
}
