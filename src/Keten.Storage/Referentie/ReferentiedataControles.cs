using Keten.Domain.Referentie;

namespace Keten.Storage.Referentie;

/// <summary>Checks across the items of the file: no key, OIN or token user name may occur twice.</summary>
internal static class ReferentiedataControles
{
    public static void GeenDubbeleSleutels<T>(IEnumerable<Gelezen<T>> items)
        where T : class
    {
        foreach (var groep in items.Where(i => i.Sleutel is not null).GroupBy(i => i.Sleutel, StringComparer.Ordinal))
        {
            var eerste = groep.First();
            foreach (var dubbel in groep.Skip(1))
            {
                dubbel.Velden.Fout(dubbel.Sleutelveld,
                    $"'{Weergave(dubbel.Sleutel!)}' komt al voor ({eerste.Velden.Pad}, regel {eerste.Velden.RegelVan(eerste.Sleutelveld)})");
            }
        }
    }

    public static void GeenDubbeleOins(IEnumerable<Gelezen<Onderwijsbestuur>> besturen) =>
        GeenDubbeleWaarden(besturen, b => b.Item?.Oin, "oin", v => v);

    public static void GeenDubbeleTokengebruikers(IEnumerable<Gelezen<Medewerker>> medewerkers) =>
        GeenDubbeleWaarden(medewerkers, m => m.Item?.LegacyToken?.Gebruikersnaam, "legacyToken", v => $"gebruikersnaam '{v}'");

    private static void GeenDubbeleWaarden<T>(IEnumerable<Gelezen<T>> items, Func<Gelezen<T>, string?> waarde, string veld, Func<string, string> omschrijving)
        where T : class
    {
        foreach (var groep in items.Select(i => (Item: i, Waarde: waarde(i))).Where(x => x.Waarde is not null).GroupBy(x => x.Waarde, StringComparer.Ordinal))
        {
            var eerste = groep.First().Item;
            foreach (var (dubbel, w) in groep.Skip(1))
            {
                dubbel.Velden.Fout(veld, $"{Aanhalen(omschrijving(w!))} komt al voor ({eerste.Velden.Pad}, regel {eerste.Velden.RegelVan(veld)})");
            }
        }
    }

    private static string Aanhalen(string tekst) => tekst.Contains('\'', StringComparison.Ordinal) ? tekst : $"'{tekst}'";

    private static string Weergave(string sleutel) => sleutel.Replace('|', ' ');
}
