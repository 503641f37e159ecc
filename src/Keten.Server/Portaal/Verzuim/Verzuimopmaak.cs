using Keten.Domain.Verzuim;

namespace Keten.Server.Portaal.Verzuim;

/// <summary>The verzuim words as a school reads them (domain.md §8).</summary>
public static class Verzuimopmaak
{
    public static string Soort(Verzuimsoort soort) => soort switch
    {
        Verzuimsoort.ZestienUur => "16 uur in 4 weken",
        Verzuimsoort.Lrv => "Langdurig relatief verzuim",
        Verzuimsoort.Luxe => "Luxe verzuim",
        Verzuimsoort.Rmc => "RMC/18-plus",
        Verzuimsoort.Overig => "Overig verzuim",
        _ => soort.ToString(),
    };

    public static string Status(Verzuimstatus status) => status switch
    {
        Verzuimstatus.Geregistreerd => "Geregistreerd",
        Verzuimstatus.InBehandeling => "In behandeling",
        Verzuimstatus.Afgesloten => "Afgesloten",
        Verzuimstatus.TerKennisgevingAangenomen => "Ter kennisgeving aangenomen",
        Verzuimstatus.Ingetrokken => "Ingetrokken",
        _ => status.ToString(),
    };
}
