namespace Keten.Server.Tests.Referentie;

/// <summary>A small valid reference-data file with one item per line, so tests can name the line an error is on.</summary>
internal static class Voorbeeldbestand
{
    // Line numbers: besturen 3-4, instellingen 7-8, opleidingserkenningen 11-12, voVakerkenningen 15, medewerkers 18-19.
    public const string Geldig = """
        {
          "onderwijsbesturen": [
            {"code": "100B001", "naam": "Stichting ROC Voorbeeld", "kvkNummer": "41234567", "oin": "00000001123456789000"},
            {"code": "100B002", "naam": "Stichting Lyceum Zuidrand", "kvkNummer": null, "oin": "00000001123456789001"}
          ],
          "erkendeInstellingen": [
            {"brin": "99MA", "naam": "ROC Voorbeeld", "sector": "MBO", "onderwijsbestuurcode": "100B001", "begindatum": "1996-08-01", "einddatum": null},
            {"brin": "99VA", "naam": "Lyceum Zuidrand", "sector": "VO", "onderwijsbestuurcode": "100B002", "begindatum": "1985-08-01", "einddatum": null}
          ],
          "opleidingserkenningen": [
            {"opleidingsstelsel": "CREBO", "opleidingscode": "25604", "naam": "Software developer", "niveau": "MBO-4", "begindatum": "2020-08-01", "einddatum": null},
            {"opleidingsstelsel": "CREBO", "opleidingscode": "25187", "naam": "Applicatie- en mediaontwikkelaar", "niveau": "MBO-4", "begindatum": "2016-08-01", "einddatum": "2022-08-01"}
          ],
          "voVakerkenningen": [
            {"opleidingsstelsel": "ILT", "opleidingscode": "0137", "opleidingsniveau": "VO-VMBO-KB", "naam": "vmbo kader, profiel PIE", "begindatum": "2016-08-01", "einddatum": null}
          ],
          "medewerkers": [
            {"onderwijsbestuurcode": "100B001", "naam": "J. Beheerder", "rol": "beheerder", "legacyToken": {"gebruikersnaam": "jbeheerder", "totpSecret": "JBSWY3DPEHPK3PXP"}},
            {"onderwijsbestuurcode": "100B002", "naam": "S. Bakker", "rol": "beheerder"}
          ]
        }
        """;

    /// <summary>The valid file with one exact piece of text replaced (the piece must occur).</summary>
    public static string Met(string oud, string nieuw)
    {
        Assert.Contains(oud, Geldig, StringComparison.Ordinal);
        return Geldig.Replace(oud, nieuw, StringComparison.Ordinal);
    }
}
