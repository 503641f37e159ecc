using Keten.Storage.Batch;

namespace Keten.Server.Portaal.Batch;

/// <summary>How the portal names a job's state: a job whose worker went silent is shown as interrupted, to be resumed.</summary>
public static class Batchtaakweergave
{
    public static string Status(Batchtaak taak, DateTimeOffset nu, TimeSpan lease)
    {
        ArgumentNullException.ThrowIfNull(taak);
        return taak.Status switch
        {
            Batchtaakstatus.Klaar => "Klaar",
            Batchtaakstatus.Bezig when taak.LevendOp >= nu - lease => "Bezig",
            _ when taak.Pogingen == 0 => "Wachtend",
            _ => "Onderbroken, wordt hervat",
        };
    }

    public static string Voortgang(Batchtaak taak)
    {
        ArgumentNullException.ThrowIfNull(taak);
        return $"{taak.Verwerkt} van {taak.Totaal} mutaties verwerkt";
    }
}
