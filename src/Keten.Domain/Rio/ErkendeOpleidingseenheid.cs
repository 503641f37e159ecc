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
