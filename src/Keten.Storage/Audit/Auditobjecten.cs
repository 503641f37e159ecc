namespace Keten.Storage.Audit;

/// <summary>The object kinds of audit rows besides the RIO kinds (<see cref="RioObjectSoort"/>).</summary>
public static class Auditobjecten
{
    public const string Inschrijving = "Inschrijving";

    /// <summary>Persons registered or identified: counted, never named (no BSN, no onderwijsnummer).</summary>
    public const string Persoon = "Persoon";

    public const string Medewerker = "Medewerker";

    public const string Referentiedata = "Referentiedata";

    /// <summary>A verzuimmelding, by its own id (never the pupil's number).</summary>
    public const string Verzuimmelding = "Verzuimmelding";
}
