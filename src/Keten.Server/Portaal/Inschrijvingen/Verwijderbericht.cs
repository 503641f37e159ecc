using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Keten.Server.Portaal.Inschrijvingen;

/// <summary>Which enrolment was removed (BRIN and volgnummer, no person), carried over the redirect to the search page in TempData.</summary>
public static class Verwijderbericht
{
    private const string Sleutel = "Keten.Inschrijvingen.Verwijderd";

    public static void Bewaar(ITempDataDictionary tempData, string omschrijving)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[Sleutel] = omschrijving;
    }

    public static string? Haal(ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        return tempData[Sleutel] as string;
    }
}
