using System.Text.RegularExpressions;

namespace Keten.Domain.Rod.Regels;

/// <summary>Inschrijvingvolgnummer, resultaatvolgnummer and BPV volgnummer: 1–20 letters or digits (PvE, rule 45).</summary>
public static partial class Volgnummer
{
    public static bool IsGeldig(string? waarde) => waarde is not null && Patroon().IsMatch(waarde);

    [GeneratedRegex("^[A-Za-z0-9]{1,20}$")]
    private static partial Regex Patroon();
}
