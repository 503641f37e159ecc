namespace Keten.Domain.Verzuim;

/// <summary>
/// Which status change each party may make (docs/verzuim.md, "Statuses"): the school withdraws its report while the
/// municipality has not finished it; the municipality takes it in behandeling, closes it or takes note of it.
/// Afgesloten, Ter kennisgeving aangenomen and Ingetrokken are final.
/// </summary>
public static class Statusovergangen
{
    public static bool Mag(Verzuimpartij partij, Verzuimstatus van, Verzuimstatus naar) => (partij, van, naar) switch
    {
        (Verzuimpartij.School, Verzuimstatus.Geregistreerd or Verzuimstatus.InBehandeling, Verzuimstatus.Ingetrokken) => true,
        (Verzuimpartij.Gemeente, Verzuimstatus.Geregistreerd, Verzuimstatus.InBehandeling) => true,
        (Verzuimpartij.Gemeente, Verzuimstatus.Geregistreerd or Verzuimstatus.InBehandeling,
            Verzuimstatus.Afgesloten or Verzuimstatus.TerKennisgevingAangenomen) => true,
        _ => false,
    };

    /// <summary>Whether a report in this status still counts (for the one-report-per-7-days rule and for updates).</summary>
    public static bool IsLopend(Verzuimstatus status) => status is Verzuimstatus.Geregistreerd or Verzuimstatus.InBehandeling;
}
