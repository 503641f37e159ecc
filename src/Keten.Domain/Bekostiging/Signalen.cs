using System.Globalization;

namespace Keten.Domain.Bekostiging;

/// <summary>Makes the TBG-i signals of the funding determination: volgnummer, B code, its text and its parameters.</summary>
internal static class Signalen
{
    public static TbgiSignaal Van(int volgnummer, string code, IReadOnlyList<(string Naam, string Waarde)>? parameters = null) =>
        new(Nummer(volgnummer), code, Bekostigingssignaalcodes.Tekst(code),
            [.. (parameters ?? []).Select((p, i) => new TbgiParameter(Nummer(i + 1), p.Naam, p.Waarde))]);

    private static string Nummer(int volgnummer) => volgnummer.ToString(CultureInfo.InvariantCulture);
}
