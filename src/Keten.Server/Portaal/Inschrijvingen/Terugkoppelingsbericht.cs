using Keten.Application.Rio;
using Keten.Domain.Rod;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Keten.Server.Portaal.Inschrijvingen;

/// <summary>The terugkoppeling of a saved mutation, carried over the redirect after it (POST-redirect-GET) in TempData.</summary>
public static class Terugkoppelingsbericht
{
    private const string Sleutel = "Keten.Inschrijvingen.Terugkoppeling";

    public static void Bewaar(ITempDataDictionary tempData, InschrijvingTerugkoppeling terugkoppeling)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[Sleutel] = RioJson.Serialize(terugkoppeling);
    }

    public static InschrijvingTerugkoppeling? Haal(ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        return tempData[Sleutel] is string json ? RioJson.Deserialize<InschrijvingTerugkoppeling>(json) : null;
    }
}
