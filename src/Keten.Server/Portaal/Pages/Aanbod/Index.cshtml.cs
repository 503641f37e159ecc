using Keten.Application.Rio;
using Keten.Application.Rio.Queries;
using Keten.Domain.Toegang;
using Keten.Server.Portaal.Aanbod;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Server.Portaal.Pages.Aanbod;

/// <summary>
/// The RIO aanbod: the aangeboden opleidingen of the board's aanbieders the medewerker manages, read with the same
/// query as REST's opvragen_aangebodenOpleidingenVanOrganisatie.
/// </summary>
[PortaalFuncties(Functie.RioBeheren)]
public sealed class IndexModel(RioQueries rio, ReferentiedataBron referentie, TimeProvider tijd) : PortaalPaginaModel
{
    public IReadOnlyList<(Aanbiedernaam Aanbieder, IReadOnlyList<Aanbodregel> Opleidingen)> Aanbod { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var vandaag = tijd.Vandaag();
        var aanbod = new List<(Aanbiedernaam, IReadOnlyList<Aanbodregel>)>();
        foreach (var aanbieder in await new EigenAanbieders(rio, tijd).VanAsync(Gebruiker, ct))
        {
            var regels = new List<Aanbodregel>();
            for (var pagina = 0; ; pagina++)
            {
                var resultaat = await rio.AangebodenOpleidingenVanAanbiederAsync(aanbieder.Code, null, null, pagina, ct);
                regels.AddRange(resultaat.Items.Select(ao => Aanbodregel.Van(ao, referentie.Huidig, vandaag)));
                if (resultaat.Items.Count < RioQueries.Paginagrootte)
                {
                    break;
                }
            }

            aanbod.Add((aanbieder, [.. regels.OrderBy(r => r.Naam, StringComparer.CurrentCultureIgnoreCase)]));
        }

        Aanbod = aanbod;
    }
}
