using System.Globalization;
using Keten.Domain.Toegang;

namespace Keten.Server.Portaal;

/// <summary>How the portal writes values for people: Dutch dates, function names as Mijn DUO names them.</summary>
public static class Portaalopmaak
{
    public static CultureInfo Nl { get; } = CultureInfo.GetCultureInfo("nl-NL");

    public static string Datum(DateOnly datum) => datum.ToString("d MMMM yyyy", Nl);

    public static string Functie(Functie functie) => functie switch
    {
        Domain.Toegang.Functie.RioBeheren => "RIO beheren",
        Domain.Toegang.Functie.InschrijvingenVo => "Inschrijvingen VO",
        Domain.Toegang.Functie.InschrijvingenMbo => "Inschrijvingen MBO",
        Domain.Toegang.Functie.BekostigingInzien => "Bekostiging inzien",
        Domain.Toegang.Functie.VerzuimMelden => "Verzuim melden",
        Domain.Toegang.Functie.Aanmeldingen => "Aanmeldingen",
        Domain.Toegang.Functie.Beheer => "Beheer",
        _ => functie.ToString(),
    };
}
