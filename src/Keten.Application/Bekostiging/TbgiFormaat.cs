using System.Globalization;
using Keten.Domain.Bekostiging;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rod;

namespace Keten.Application.Bekostiging;

/// <summary>
/// How the TBG-i writes a value (PvE MBO-instelling bijlage 8): dates ccyy-mm-dd, DatumTijdBepaling as DUO writes it
/// (`2025-11-21 10:42:29`, Dutch time), booleans `true`/`false`, N5.2 with two decimals, N15.6 with six, V/D, VO/MBO.
/// The XML and the CSV write the same text.
/// </summary>
public static class TbgiFormaat
{
    public static string Datum(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DatumTijd(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Nederlandsetijd.Zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Boolean(bool waarde) => waarde ? "true" : "false";

    /// <summary>N5.2: a factor with two decimals.</summary>
    public static string Factor(decimal waarde) => waarde.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>N15.6: a contribution with six decimals.</summary>
    public static string Bijdrage(decimal waarde) => waarde.ToString("0.000000", CultureInfo.InvariantCulture);

    public static string Geheel(int waarde) => waarde.ToString(CultureInfo.InvariantCulture);

    public static string Status(Statusbepaling status) => status == Statusbepaling.Definitief ? "D" : "V";

    public static string Fase(Leerroutefase fase) => fase == Leerroutefase.VO ? "VO" : "MBO";

    /// <summary>The element name of the person's number: Burgerservicenummer or Onderwijsnummer.</summary>
    public static string Persoonselement(Persoonsnummer persoon) =>
        persoon.Soort == PersoonsnummerSoort.Bsn ? "Burgerservicenummer" : "Onderwijsnummer";
}
