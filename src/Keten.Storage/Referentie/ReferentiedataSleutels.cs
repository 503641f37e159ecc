using Keten.Domain.Referentie;

namespace Keten.Storage.Referentie;

/// <summary>The natural key of each kind of reference item, as stored (parts joined by '|').</summary>
public static class ReferentiedataSleutels
{
    public static string Van(Onderwijsbestuur bestuur) => bestuur.Code;

    public static string Van(ErkendeInstelling instelling) => instelling.Brin;

    public static string Van(Opleidingserkenning erkenning) => Opleidingserkenning(erkenning.Opleidingsstelsel, erkenning.Opleidingscode);

    public static string Van(VoVakerkenning erkenning) =>
        VoVakerkenning(erkenning.Opleidingsstelsel, erkenning.Opleidingscode, erkenning.Opleidingsniveau);

    public static string Van(Medewerker medewerker) => Medewerker(medewerker.Onderwijsbestuurcode, medewerker.Naam);

    public static string Van(Schoolvakantie vakantie) => $"{vakantie.Regio}|{VeldLezer.Iso(vakantie.Begindatum)}";

    public static string Opleidingserkenning(string opleidingsstelsel, string opleidingscode) => $"{opleidingsstelsel}|{opleidingscode}";

    public static string VoVakerkenning(string opleidingsstelsel, string opleidingscode, string opleidingsniveau) =>
        $"{opleidingsstelsel}|{opleidingscode}|{opleidingsniveau}";

    public static string Medewerker(string onderwijsbestuurcode, string naam) => $"{onderwijsbestuurcode}|{naam}";
}
