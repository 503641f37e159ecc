using Keten.Application.Rio.Queries;
using Keten.Domain.Rio.Leerroutes;
using Keten.Domain.Toegang;
using Keten.Server.Portaal.Aanbod;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Server.Portaal.Pages.Aanbod;

/// <summary>
/// The board's leerroutes vmbo-mbo on both sides (as mbo-instelling and as vo-school), derived by the same query as
/// REST's GET /api/rio/onderwijsbesturen/{bestuur}/leerroutes, for the aanbieders the medewerker manages.
/// </summary>
[PortaalFuncties(Functie.RioBeheren)]
public sealed class LeerroutesModel(RioQueries rio, TimeProvider tijd) : PortaalPaginaModel
{
    public IReadOnlyList<Leerrouteregel> AlsMbo { get; private set; } = [];

    public IReadOnlyList<Leerrouteregel> AlsVo { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var aanbieders = new EigenAanbieders(rio, tijd);
        var eigen = (await aanbieders.VanAsync(Gebruiker, ct)).ToDictionary(a => a.Code, StringComparer.Ordinal);
        var namen = new Dictionary<string, Aanbiedernaam>(eigen, StringComparer.Ordinal);
        var regels = new List<Leerrouteregel>();
        foreach (var route in await rio.LeerroutesVanBestuurAsync(Gebruiker.Medewerker.Onderwijsbestuurcode, ct))
        {
            if (eigen.TryGetValue(route.MboAanbiedercode, out var mbo))
            {
                regels.Add(Leerrouteregel.Van(route, LeerrouteZijde.MBO, mbo, await NaamAsync(route.VoAanbiedercode)));
            }

            if (eigen.TryGetValue(route.VoAanbiedercode, out var vo))
            {
                regels.Add(Leerrouteregel.Van(route, LeerrouteZijde.VO, vo, await NaamAsync(route.MboAanbiedercode)));
            }
        }

        var vandaag = tijd.Vandaag();
        var opleidingsnamen = new Dictionary<Guid, string>();
        foreach (var code in regels.SelectMany(r => r.EigenOpleidingen).Distinct())
        {
            opleidingsnamen[code] = await rio.AangebodenOpleidingAsync(code, ct) is { } ao
                ? Aanbodweergave.HuidigePeriode(ao, vandaag)?.EigenNaamAangebodenOpleiding ?? code.ToString()
                : code.ToString();
        }

        AlsMbo = [.. regels.Where(r => r.EigenZijde == LeerrouteZijde.MBO).Select(r => r with { Opleidingsnamen = opleidingsnamen })];
        AlsVo = [.. regels.Where(r => r.EigenZijde == LeerrouteZijde.VO).Select(r => r with { Opleidingsnamen = opleidingsnamen })];

        async Task<Aanbiedernaam> NaamAsync(string code)
        {
            if (!namen.TryGetValue(code, out var naam))
            {
                naam = await aanbieders.NaamAsync(code, ct);
                namen[code] = naam;
            }

            return naam;
        }
    }
}
