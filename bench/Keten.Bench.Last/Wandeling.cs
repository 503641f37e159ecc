using System.Diagnostics;
using System.Xml.Linq;
using Keten.Application.Generator;
using Keten.Server.Rio.Xml;

namespace Keten.Bench.Last;

/// <summary>
/// A full walk of the change feed of aangeboden opleidingen, as a consumer that syncs all of RIO does it: for every
/// aanbieder, every page of opvragen_gewijzigdeAangebodenOpleidingen from an early peildatumtijdMutaties, one
/// request at a time. Reports the walk's time and the latency of each page.
/// </summary>
internal static class Wandeling
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    public static async Task<Meting> LoopAsync(string doel, Uri url, LandelijkeDataset dataset)
    {
        using var http = new HttpClient();
        var latenties = new List<double>();
        var fouten = 0;
        string? eersteFout = null;
        var objecten = 0;
        var klok = Stopwatch.StartNew();
        foreach (var aanbieder in dataset.Aanbieders)
        {
            for (var pagina = 0; ; pagina++)
            {
                var begin = klok.Elapsed;
                using var request = Opvragen.FeedPagina(aanbieder, pagina).Verzoek(url);
                using var response = await http.SendAsync(request);
                var tekst = await response.Content.ReadAsStringAsync();
                latenties.Add((klok.Elapsed - begin).TotalMilliseconds);
                var body = response.IsSuccessStatusCode ? XDocument.Parse(tekst).Root?.Element(Soap + "Body")?.Elements().FirstOrDefault() : null;
                if (body is null || RaadplegenXmlReader.Paginering(body) is not { } paginering)
                {
                    fouten++;
                    eersteFout ??= Belasting.Kort(tekst);
                    break;
                }

                objecten += RaadplegenXmlReader.GewijzigdeAangebodenOpleidingen(body).Count;
                if (pagina + 1 >= paginering.AantalPaginas)
                {
                    break;
                }
            }
        }

        var seconden = klok.Elapsed.TotalSeconds;
        var meting = Meting.Van(doel, "wandeling", $"opvragen_gewijzigdeAangebodenOpleidingen: {objecten} objecten", 1, 0, latenties, fouten, seconden, eersteFout);
        return meting with { MsgPerS = objecten / seconden };
    }
}
