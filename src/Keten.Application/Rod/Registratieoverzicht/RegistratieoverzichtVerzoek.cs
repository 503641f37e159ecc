using System.Globalization;
using System.Text.RegularExpressions;

namespace Keten.Application.Rod.Registratieoverzicht;

/// <summary>
/// What a registratieoverzicht (RO) is asked for: one instelling (BRIN), the selection period [Van, Tot] (both days
/// inclusive, as DUO's "datum einde periode") and the moment the register is read as known at (null: now).
/// </summary>
public sealed partial record RegistratieoverzichtVerzoek(string Brin, DateOnly Van, DateOnly Tot, DateTimeOffset? BekendOp)
{
    /// <summary>DUO's file name (PvE MBO-instelling 15.3): RO_99XX_EEJJMMDD_EEJJMMDD.CSV.</summary>
    public string Bestandsnaam => string.Create(CultureInfo.InvariantCulture, $"RO_{Brin}_{Van:yyyyMMdd}_{Tot:yyyyMMdd}.CSV");

    /// <summary>
    /// Reads the request as a door receives it: a BRIN of 2 digits and 2 capital letters and two dates (yyyy-MM-dd),
    /// van not after tot. Otherwise the field that is wrong and why (KTN400).
    /// </summary>
    public static (RegistratieoverzichtVerzoek? Verzoek, (string Veld, string Melding)? Fout) Lees(string? brin, string? van, string? tot, DateTimeOffset? bekendOp)
    {
        if (brin is null || !BrinPatroon().IsMatch(brin))
        {
            return (null, ("brin", $"een BRIN is 2 cijfers en 2 hoofdletters, niet '{brin}'"));
        }

        if (Datum(van) is not { } begin)
        {
            return (null, ("van", $"van is een datum (jjjj-mm-dd), niet '{van}'"));
        }

        if (Datum(tot) is not { } eind)
        {
            return (null, ("tot", $"tot is een datum (jjjj-mm-dd), niet '{tot}'"));
        }

        return eind < begin
            ? (null, ("tot", $"tot ({tot}) ligt voor van ({van})"))
            : (new RegistratieoverzichtVerzoek(brin, begin, eind, bekendOp), null);
    }

    private static DateOnly? Datum(string? tekst) =>
        DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum) ? datum : null;

    [GeneratedRegex("^[0-9]{2}[A-Z]{2}$")]
    private static partial Regex BrinPatroon();
}
