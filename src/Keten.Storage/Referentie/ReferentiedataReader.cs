using System.Text;
using Keten.Domain.Referentie;

namespace Keten.Storage.Referentie;

/// <summary>
/// Reads a reference-data file (format: docs/reference-data.md) into <see cref="Referentiedata"/>.
/// Unknown fields are ignored. A file with any error is refused as a whole: the result then holds every error
/// found, each naming its line and field, and no data.
/// </summary>
public static class ReferentiedataReader
{
    public static async Task<ReferentiedataLeesresultaat> ReadFileAsync(string path, CancellationToken ct)
    {
        var bytes = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
        return Read(bytes);
    }

    public static ReferentiedataLeesresultaat Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    public static ReferentiedataLeesresultaat Read(ReadOnlySpan<byte> utf8Json)
    {
        var (wortel, jsonFout) = JsonKnoopParser.Parse(utf8Json);
        if (jsonFout is not null)
        {
            return ReferentiedataLeesresultaat.Ongeldig([jsonFout]);
        }

        if (wortel is not JsonObjectKnoop wortelObject)
        {
            return ReferentiedataLeesresultaat.Ongeldig([new ReferentiedataFout(wortel!.Regel, "", $"het bestand is een {wortel.Soortnaam}, verwacht: object")]);
        }

        var fouten = new List<ReferentiedataFout>();
        var bestand = new VeldLezer(wortelObject, "", fouten);

        var besturen = Sectie(bestand, "onderwijsbesturen", verplicht: true, fouten, ReferentiedataSecties.Bestuur);
        var bestuurcodes = Sleutels(besturen);
        var rmcRegios = Sectie(bestand, "rmcRegios", verplicht: false, fouten, ReferentiedataSecties.RmcRegio);
        var gemeenten = Sectie(bestand, "gemeenten", verplicht: false, fouten, v => ReferentiedataSecties.Gemeente(v, Sleutels(rmcRegios)));
        var instellingen = Sectie(bestand, "erkendeInstellingen", verplicht: true, fouten, v => ReferentiedataSecties.Instelling(v, bestuurcodes, Sleutels(gemeenten)));
        var erkenningen = Sectie(bestand, "opleidingserkenningen", verplicht: true, fouten, ReferentiedataSecties.Opleidingserkenning);
        var vakerkenningen = Sectie(bestand, "voVakerkenningen", verplicht: true, fouten, ReferentiedataSecties.VoVakerkenning);
        var medewerkers = Sectie(bestand, "medewerkers", verplicht: false, fouten, v => ReferentiedataSecties.Medewerker(v, bestuurcodes, fouten));

        ReferentiedataControles.GeenDubbeleSleutels(besturen);
        ReferentiedataControles.GeenDubbeleOins(besturen);
        ReferentiedataControles.GeenDubbeleSleutels(instellingen);
        ReferentiedataControles.GeenDubbeleSleutels(erkenningen);
        ReferentiedataControles.GeenDubbeleSleutels(vakerkenningen);
        ReferentiedataControles.GeenDubbeleSleutels(medewerkers);
        ReferentiedataControles.GeenDubbeleSleutels(rmcRegios);
        ReferentiedataControles.GeenDubbeleSleutels(gemeenten);
        ReferentiedataControles.GeenDubbeleTokengebruikers(medewerkers);

        if (fouten.Count > 0)
        {
            return ReferentiedataLeesresultaat.Ongeldig([.. fouten.OrderBy(f => f.Regel)]);
        }

        return ReferentiedataLeesresultaat.Geldig(new Referentiedata(
            Items(besturen), Items(instellingen), Items(erkenningen), Items(vakerkenningen), Items(medewerkers))
        {
            Gemeenten = Items(gemeenten),
            RmcRegios = Items(rmcRegios),
        });
    }

    private static List<Gelezen<T>> Sectie<T>(VeldLezer bestand, string naam, bool verplicht, List<ReferentiedataFout> fouten, Func<VeldLezer, Gelezen<T>> leesItem)
        where T : class
    {
        var gelezen = new List<Gelezen<T>>();
        var lijst = verplicht ? bestand.VerplichteLijst(naam) : bestand.OptioneleLijst(naam);
        if (lijst is null)
        {
            return gelezen;
        }

        for (var i = 0; i < lijst.Elementen.Count; i++)
        {
            var pad = $"{naam}[{i}]";
            if (lijst.Elementen[i] is JsonObjectKnoop element)
            {
                gelezen.Add(leesItem(new VeldLezer(element, pad, fouten)));
            }
            else
            {
                fouten.Add(new ReferentiedataFout(lijst.Elementen[i].Regel, pad, $"is een {lijst.Elementen[i].Soortnaam}, verwacht: object"));
            }
        }

        return gelezen;
    }

    private static HashSet<string> Sleutels<T>(List<Gelezen<T>> gelezen)
        where T : class => gelezen.Where(g => g.Sleutel is not null).Select(g => g.Sleutel!).ToHashSet(StringComparer.Ordinal);

    private static List<T> Items<T>(List<Gelezen<T>> gelezen)
        where T : class => [.. gelezen.Select(g => g.Item!)];
}
