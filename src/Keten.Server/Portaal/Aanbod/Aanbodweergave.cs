using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Leerroutes;

namespace Keten.Server.Portaal.Aanbod;

/// <summary>How the aanbod pages write an aangeboden opleiding's parts for people, in DUO's words.</summary>
public static class Aanbodweergave
{
    /// <summary>The period valid on the peildatum, else the latest one (an offering that has not started yet).</summary>
    public static AangebodenOpleidingPeriode? HuidigePeriode(AangebodenOpleiding ao, DateOnly peildatum)
    {
        ArgumentNullException.ThrowIfNull(ao);
        return ao.PeriodenMetGeldigheid().Where(p => p.Geldigheid.Bevat(peildatum)).Select(p => p.Periode).FirstOrDefault()
            ?? ao.Perioden.MaxBy(p => p.Begindatum);
    }

    /// <summary>The opleidingserkenning (CREBO), VO vakerkenning or opleidingseenheid, with its name from the reference data.</summary>
    public static string Opleiding(AangebodenOpleiding ao, Referentiedata referentie)
    {
        ArgumentNullException.ThrowIfNull(ao);
        ArgumentNullException.ThrowIfNull(referentie);
        return ao switch
        {
            { OpleidingserkenningSleutel: { } s } =>
                $"{s.Opleidingsstelsel} {s.Opleidingscode}" + (referentie.Erkenning(s.Opleidingsstelsel, s.Opleidingscode) is { } e ? $" {e.Naam} ({e.Niveau})" : ""),
            { VoVakerkenningSleutel: { } v } =>
                $"{v.Opleidingsstelsel} {v.Opleidingscode} {v.Opleidingsniveau}" + (referentie.Vakerkenning(v.Opleidingsstelsel, v.Opleidingscode, v.Opleidingsniveau) is { } e ? $" {e.Naam}" : ""),
            { OpleidingseenheidSleutel: { } eenheid } => $"opleidingseenheid {eenheid}",
            _ => "",
        };
    }

    public static string Leerroute(string? code) => code switch
    {
        LeerrouteCodes.Dlr => "doorlopende leerroute (DLR)",
        LeerrouteCodes.Glr => "geïntegreerde leerroute (GLR)",
        null => "",
        _ => code,
    };

    public static string Soort(AangebodenOpleidingSoort soort) => soort == AangebodenOpleidingSoort.Mbo ? "MBO" : "VO";
}
