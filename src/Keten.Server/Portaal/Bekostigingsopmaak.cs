using Keten.Domain.Bekostiging;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rod;
using Keten.Storage.Bekostiging;

namespace Keten.Server.Portaal;

/// <summary>How the bekostiging pages write a run's values for people: status, moments in Dutch time, reasons with their Dutch text.</summary>
public static class Bekostigingsopmaak
{
    public static string Status(Statusbepaling status) => status == Statusbepaling.Definitief ? "Definitief" : "Voorlopig";

    public static string Moment(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Nederlandsetijd.Zone).ToString("d MMMM yyyy HH:mm:ss", Portaalopmaak.Nl);

    public static string JaNee(bool waarde) => waarde ? "Ja" : "Nee";

    public static string Leeg(string? waarde) => string.IsNullOrEmpty(waarde) ? "–" : waarde;

    public static string Persoon(Persoonsnummer persoon) =>
        (persoon.Soort == PersoonsnummerSoort.Bsn ? "BSN " : "Onderwijsnummer ") + persoon.Waarde;

    public static string Soort(Regelsoort soort) => soort == Regelsoort.Diploma ? "Diploma" : "Inschrijving";

    /// <summary>The Dutch text of a line's reason: the run's signal codes (B..) and the preliminary status codes (BEK..), docs/rod-codes.md.</summary>
    public static string Reden(string redencode) =>
        Bekostigingssignaalcodes.Alle.Contains(redencode) ? Bekostigingssignaalcodes.Tekst(redencode)
        : Bekostigingsredenen.Alle.Contains(redencode) && redencode is not (Bekostigingsredenen.Bekostigbaar or Bekostigingsredenen.LeertrajectTeltNiet)
            ? Bekostigingsredenen.Tekst(redencode)
        : "Onbekende redencode";

    /// <summary>The moment a person enters in a datetime-local input, read as Dutch time.</summary>
    public static DateTimeOffset? AlsNederlandseTijd(DateTime? lokaal) =>
        lokaal is { } t ? new DateTimeOffset(t, Nederlandsetijd.Zone.GetUtcOffset(DateTime.SpecifyKind(t, DateTimeKind.Unspecified))) : null;
}
