using System.Globalization;
using System.Xml;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Contract.Rio.Xml;

/// <summary>Lexical forms of the XSD simple types RIO uses (xsd:date, xsd:decimal, xsd:integer), invariant culture.</summary>
internal static class XmlValues
{
    public static string Datum(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Decimaal(decimal waarde) => waarde.ToString(CultureInfo.InvariantCulture);

    public static string Geheel(int waarde) => waarde.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses an xsd:date; a time-zone suffix (Z, +01:00), which the XSD allows, is ignored.</summary>
    public static DateOnly LeesDatum(string lexical)
    {
        var waarde = lexical.Trim();
        if (waarde.EndsWith('Z'))
        {
            waarde = waarde[..^1];
        }
        else if (waarde.Length > 10 && (waarde[^6] == '+' || waarde[^6] == '-'))
        {
            waarde = waarde[..^6];
        }

        return DateOnly.ParseExact(waarde, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Parses an xsd:dateTime. With a time zone (Z or ±hh:mm) as given; without one it is Dutch local time
    /// (Europe/Amsterdam), the time zone DUO's clients live in. A moment whose UTC time falls outside years 1–9999
    /// (0001-01-01T00:00:00 in Dutch time, 9999-12-31T23:59:59-14:00) becomes the first or last moment there is: as a
    /// peildatum it means "everything" or "nothing since", as the XSD lets a client say.
    /// </summary>
    public static DateTimeOffset LeesDatumTijd(string lexical)
    {
        var tekst = lexical.Trim();
        try
        {
            var heeftZone = tekst.EndsWith('Z') || (tekst.Length > 6 && tekst[^6] is '+' or '-' && tekst[^3] == ':');
            if (heeftZone)
            {
                return XmlConvert.ToDateTimeOffset(tekst);
            }

            var lokaal = DateTime.SpecifyKind(XmlConvert.ToDateTime(tekst, XmlDateTimeSerializationMode.Unspecified), DateTimeKind.Unspecified);
            return new DateTimeOffset(lokaal, Nederlandsetijd.Zone.GetUtcOffset(lokaal));
        }
        catch (ArgumentOutOfRangeException)
        {
            return tekst.StartsWith("0001-", StringComparison.Ordinal) ? DateTimeOffset.MinValue : DateTimeOffset.MaxValue;
        }
    }

    public static decimal LeesDecimaal(string lexical) =>
        decimal.Parse(lexical.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    public static int LeesGeheel(string lexical) =>
        int.Parse(lexical.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public static bool LeesBoolean(string lexical) => lexical.Trim() switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        var anders => throw new FormatException($"'{anders}' is not an xsd:boolean."),
    };
}
