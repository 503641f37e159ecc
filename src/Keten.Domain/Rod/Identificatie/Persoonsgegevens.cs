using System.Globalization;
using System.Text;

namespace Keten.Domain.Rod.Identificatie;

/// <summary>
/// What a school knows of a person it wants identified (the identificatieverzoek), with DUO's PER field names:
/// geboortedatum as ccyy-mm-dd where an unknown day, or day and month, is 00; geslacht M, V or O (vastgesteld onbekend).
/// </summary>
public sealed record Persoonsgegevens(
    string Achternaam,
    string? Voorvoegsel,
    string? Voornamen,
    string Geboortedatum,
    string Geslacht,
    string? Postcode)
{
    /// <summary>
    /// The name as compared: voorvoegsel and achternaam together, lower case, without diacritics, spaces, hyphens or
    /// apostrophes ("van 't Hof-De Vries" and "Van t Hof de Vries" are one person to the register).
    /// </summary>
    public string Zoeknaam => Normaliseer($"{Voorvoegsel}{Achternaam}");

    /// <summary>The first letter of the first voornaam, lower case, or null when no voornamen were given.</summary>
    public char? EersteVoorletter => Normaliseer(Voornamen ?? "") is { Length: > 0 } v ? v[0] : null;

    public string? GenormaliseerdePostcode => Postcode is null ? null : Postcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    private static string Normaliseer(string tekst)
    {
        var uit = new StringBuilder(tekst.Length);
        foreach (var c in tekst.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                uit.Append(char.ToLowerInvariant(c));
            }
        }

        return uit.ToString();
    }
}
