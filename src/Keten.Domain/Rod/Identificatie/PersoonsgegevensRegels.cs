using System.Globalization;
using System.Text.RegularExpressions;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Rod.Identificatie;

/// <summary>The checks on an identificatieverzoek's data before the register is searched (PvE MBO-instelling 13.5.2, PER).</summary>
public static partial class PersoonsgegevensRegels
{
    private static readonly string[] Geslachten = ["M", "V", "O"];

    public static IReadOnlyList<Foutmelding> Controleer(Persoonsgegevens gegevens, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(gegevens);
        var fouten = new List<Foutmelding>();
        if (string.IsNullOrWhiteSpace(gegevens.Achternaam) || gegevens.Achternaam.Length > 200 || gegevens.Zoeknaam.Length == 0)
        {
            fouten.Add(RodFoutcodes.ROD070());
        }

        if (!IsGeboortedatum(gegevens.Geboortedatum, vandaag))
        {
            fouten.Add(RodFoutcodes.ROD071());
        }

        if (!Geslachten.Contains(gegevens.Geslacht, StringComparer.Ordinal))
        {
            fouten.Add(RodFoutcodes.ROD072(gegevens.Geslacht));
        }

        if (gegevens.GenormaliseerdePostcode is { } postcode && !Postcode().IsMatch(postcode))
        {
            fouten.Add(RodFoutcodes.ROD073());
        }

        return fouten;
    }

    /// <summary>ccyy-mm-dd, where the day or the day and month may be 00 (unknown), not in the future.</summary>
    public static bool IsGeboortedatum(string? waarde, DateOnly vandaag)
    {
        if (waarde is not { Length: 10 } || !Datum().IsMatch(waarde))
        {
            return false;
        }

        var jaar = int.Parse(waarde[..4], CultureInfo.InvariantCulture);
        var maand = int.Parse(waarde[5..7], CultureInfo.InvariantCulture);
        var dag = int.Parse(waarde[8..], CultureInfo.InvariantCulture);
        if (maand == 0)
        {
            return dag == 0 && jaar >= 1900 && jaar <= vandaag.Year;
        }

        if (dag == 0)
        {
            return maand <= 12 && jaar >= 1900 && new DateOnly(jaar, maand, 1) <= vandaag;
        }

        return DateOnly.TryParseExact(waarde, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum)
            && datum.Year >= 1900 && datum <= vandaag;
    }

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex Datum();

    [GeneratedRegex("^[1-9][0-9]{3}[A-Z]{2}$")]
    private static partial Regex Postcode();
}
