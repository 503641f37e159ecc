using System.Diagnostics;
using System.Xml.Linq;
using Keten.Application.Generator;
using Keten.Contract.Rio.Xml;

namespace Keten.Bench.Last;

/// <summary>
/// A full walk of the change feed of aangeboden opleidingen, as a consumer that syncs RIO does it: for each aanbieder,
/// every page of opvragen_gewijzigdeAangebodenOpleidingen from an early peildatumtijdMutaties, one request at a time.
/// The feed is per aanbieder (the XSD requires onderwijsaanbiederCode), so a national sync walks every aanbieder's
/// feed; to stay within the run's time this walks <c>aantal</c> aanbieders spread evenly over the data set and
/// reports the time a walk of all of them would take at that pace. Reports the latency of each page.
/// </summary>
internal static class Wandeling
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    public static async Task<Meting> LoopAsync(string doel, Uri url, LandelijkeDataset dataset, int aantal)
    {
        var alle = dataset.Aanbieders.ToList();
        var stap = Math.Max(1, alle.Count / Math.Max(1, aantal));
        var gekozen = alle.Where((_, i) => i % stap == 0).Take(aantal).ToList();
        using var http = new HttpClient();
        var latenties = new List<double>();
        var fouten = 0;
        string? eersteFout = null;
        var objecten = 0;
        var klok = Stopwatch.StartNew();
        foreach (var aanbieder in gekozen)
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
        var geschat = seconden * alle.Count / Math.Max(1, gekozen.Count);
        var operatie = $"opvragen_gewijzigdeAangebodenOpleidingen: feeds of {gekozen.Count} of {alle.Count} aanbieders, {objecten} objecten; all {alle.Count}: ~{geschat:0} s";
        var meting = Meting.Van(doel, "wandeling", operatie, 1, 0, latenties, fouten, seconden, eersteFout);
        return meting with { MsgPerS = objecten / seconden };
    }
}
