using Keten.Domain.Rio;
using Keten.Domain.Rio.Leerroutes;
using Keten.Application.Rio.Handlers;
using Keten.Storage;

namespace Keten.Application.Rio.Queries;

/// <summary>One entry of a gewijzigde… change feed: the current state, or only the key when deleted.</summary>
public sealed record Gewijzigd<T>(string Sleutel, SoortWijziging SoortWijziging, DateTimeOffset GewijzigdOp, T? Staat)
    where T : class;

/// <summary>The opvragen_ side of RIO: what every door (SOAP, REST, CLI) reads.</summary>
public sealed class RioQueries(IKetenStore store)
{
    /// <summary>DUO's Raadplegen V4 XSD caps a page at 500 elements.</summary>
    public const int Paginagrootte = 500;

    public Task<AangebodenOpleiding?> AangebodenOpleidingAsync(Guid code, CancellationToken ct) =>
        store.LaadAsync<AangebodenOpleiding>(RioObjectSoort.AangebodenOpleiding, AangebodenOpleidingHandler.Sleutel(code), ct);

    public Task<Onderwijsaanbieder?> OnderwijsaanbiederAsync(string code, CancellationToken ct) =>
        store.LaadAsync<Onderwijsaanbieder>(RioObjectSoort.Onderwijsaanbieder, code, ct);

    public Task<Onderwijslocatie?> OnderwijslocatieAsync(string code, CancellationToken ct) =>
        store.LaadAsync<Onderwijslocatie>(RioObjectSoort.Onderwijslocatie, code, ct);

    public Task<Onderwijslocatiegebruik?> OnderwijslocatiegebruikAsync(string bestuur, string locatie, CancellationToken ct) =>
        store.LaadAsync<Onderwijslocatiegebruik>(RioObjectSoort.Onderwijslocatiegebruik, OnderwijslocatiegebruikHandler.Sleutel(bestuur, locatie), ct);

    public Task<Opleidingseenheid?> OpleidingseenheidAsync(string code, CancellationToken ct) =>
        store.LaadAsync<Opleidingseenheid>(RioObjectSoort.Opleidingseenheid, code, ct);

    /// <summary>The offerings of an aanbieder, optionally at one location and valid on a peildatum.</summary>
    public Task<Pagina<AangebodenOpleiding>> AangebodenOpleidingenVanAanbiederAsync(
        string aanbieder, string? locatie, DateOnly? peildatum, int pagina, CancellationToken ct) =>
        PaginaAsync<AangebodenOpleiding>(RioObjectSoort.AangebodenOpleiding,
            new RioFilter(Onderwijsaanbiedercode: aanbieder, Onderwijslocatiecode: locatie, Peildatum: peildatum), pagina, ct);

    public Task<Pagina<Onderwijsaanbieder>> OnderwijsaanbiedersVanBestuurAsync(string bestuur, DateOnly? peildatum, int pagina, CancellationToken ct) =>
        PaginaAsync<Onderwijsaanbieder>(RioObjectSoort.Onderwijsaanbieder, new RioFilter(Onderwijsbestuurcode: bestuur, Peildatum: peildatum), pagina, ct);

    public Task<Pagina<Onderwijslocatiegebruik>> OnderwijslocatiegebruikVanBestuurAsync(string bestuur, DateOnly? peildatum, int pagina, CancellationToken ct) =>
        PaginaAsync<Onderwijslocatiegebruik>(RioObjectSoort.Onderwijslocatiegebruik, new RioFilter(Onderwijsbestuurcode: bestuur, Peildatum: peildatum), pagina, ct);

    public Task<Pagina<Opleidingseenheid>> OpleidingseenhedenVanBestuurAsync(string bestuur, DateOnly? peildatum, int pagina, CancellationToken ct) =>
        PaginaAsync<Opleidingseenheid>(RioObjectSoort.Opleidingseenheid, new RioFilter(Onderwijsbestuurcode: bestuur, Peildatum: peildatum), pagina, ct);

    public async Task<IReadOnlyList<Opleidingsrelatie>> OpleidingsrelatiesBijOpleidingseenheidAsync(string code, CancellationToken ct) =>
        [.. (await store.VerwijzersAsync(RioObjectSoort.Opleidingseenheid, code, ct))
            .Where(o => o.Soort == RioObjectSoort.Opleidingsrelatie && o.StateJson is not null)
            .Select(o => RioJson.Deserialize<Opleidingsrelatie>(o.StateJson!))
            .OrderBy(r => r.Begindatum)];

    /// <summary>
    /// Everything of one kind created, changed or deleted after the moment given, for one aanbieder or board, in a
    /// stable order (docs/decisions/0005-change-feeds-by-commit-order.md). soortWijziging is relative to that moment:
    /// not live then and live now is Toegevoegd, live then and live now Gewijzigd, deleted now Verwijderd (also when it
    /// was created after the moment: the entry keeps its place, and a client that saw it meanwhile removes it).
    /// </summary>
    public async Task<Pagina<Gewijzigd<T>>> GewijzigdAsync<T>(RioObjectSoort soort, MutatieFilter filter, int pagina, CancellationToken ct)
        where T : class
    {
        var resultaat = await store.MutatiesAsync(soort, filter, pagina, Paginagrootte, ct);
        return new Pagina<Gewijzigd<T>>(
            [.. resultaat.Items.Select(m => new Gewijzigd<T>(
                m.Object.Sleutel,
                SoortWijzigingVan(m),
                m.Object.GeregistreerdOp,
                m.Object.Staat<T>()))],
            resultaat.AantalResultaten);
    }

    public static SoortWijziging SoortWijzigingVan(RioMutatie mutatie)
    {
        ArgumentNullException.ThrowIfNull(mutatie);
        return mutatie.Object.Verwijderd ? SoortWijziging.Verwijderd
            : mutatie.BestondOpPeilmoment ? SoortWijziging.Gewijzigd
            : SoortWijziging.Toegevoegd;
    }

    /// <summary>
    /// The DLR/GLR routes a board takes part in, on either side: every offering with the leerlijn kenmerk that refers
    /// to one of the board's aanbieders (its own offerings and the partners' that name them), found in SQL.
    /// </summary>
    public async Task<IReadOnlyList<Leerroute>> LeerroutesVanBestuurAsync(string bestuur, CancellationToken ct)
    {
        var opleidingen = await AllesAsync<AangebodenOpleiding>(RioObjectSoort.AangebodenOpleiding,
            new RioFilter(MetDoorlopendeLeerlijn: true, VerwijstNaarAanbiederVanBestuur: bestuur), ct);
        var eigen = (await AllesAsync<Onderwijsaanbieder>(RioObjectSoort.Onderwijsaanbieder, new RioFilter(Onderwijsbestuurcode: bestuur), ct))
            .Select(a => a.Onderwijsaanbiedercode!).ToHashSet();
        return [.. LeerrouteBepaling.Bepaal(opleidingen)
            .Where(r => eigen.Contains(r.MboAanbiedercode) || eigen.Contains(r.VoAanbiedercode))];
    }

    private async Task<Pagina<T>> PaginaAsync<T>(RioObjectSoort soort, RioFilter filter, int pagina, CancellationToken ct)
    {
        var resultaat = await store.ListAsync(soort, filter, pagina, Paginagrootte, ct);
        return new Pagina<T>([.. resultaat.Items.Select(o => RioJson.Deserialize<T>(o.StateJson!))], resultaat.AantalResultaten);
    }

    private async Task<List<T>> AllesAsync<T>(RioObjectSoort soort, RioFilter filter, CancellationToken ct)
    {
        var alle = new List<T>();
        for (var pagina = 0; ; pagina++)
        {
            var resultaat = await store.ListAsync(soort, filter, pagina, Paginagrootte, ct);
            alle.AddRange(resultaat.Items.Select(o => RioJson.Deserialize<T>(o.StateJson!)));
            if (resultaat.Items.Count < Paginagrootte)
            {
                return alle;
            }
        }
    }
}
