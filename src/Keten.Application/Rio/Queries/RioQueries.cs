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
    public async Task<Pagina<AangebodenOpleiding>> AangebodenOpleidingenVanAanbiederAsync(
        string aanbieder, string? locatie, DateOnly? peildatum, int pagina, CancellationToken ct)
    {
        var alle = await AllesAsync<AangebodenOpleiding>(RioObjectSoort.AangebodenOpleiding, new RioFilter(Onderwijsaanbiedercode: aanbieder), ct);
        return Pagineer(alle.Where(ao => (locatie is null || ao.Onderwijslocatiecode == locatie)
            && (peildatum is not { } p || (ao.Begindatum <= p && (ao.Einddatum is null || p < ao.Einddatum)))), pagina);
    }

    public async Task<Pagina<Onderwijsaanbieder>> OnderwijsaanbiedersVanBestuurAsync(string bestuur, DateOnly? peildatum, int pagina, CancellationToken ct)
    {
        var alle = await AllesAsync<Onderwijsaanbieder>(RioObjectSoort.Onderwijsaanbieder, new RioFilter(Onderwijsbestuurcode: bestuur), ct);
        return Pagineer(alle.Where(a => peildatum is not { } p || (a.InBedrijfdatum <= p && (a.UitBedrijfdatum is null || p < a.UitBedrijfdatum))), pagina);
    }

    public async Task<Pagina<Onderwijslocatiegebruik>> OnderwijslocatiegebruikVanBestuurAsync(string bestuur, DateOnly? peildatum, int pagina, CancellationToken ct)
    {
        var alle = await AllesAsync<Onderwijslocatiegebruik>(RioObjectSoort.Onderwijslocatiegebruik, new RioFilter(Onderwijsbestuurcode: bestuur), ct);
        return Pagineer(alle.Where(g => peildatum is not { } p || (g.InBedrijfdatum <= p && (g.UitBedrijfdatum is null || p < g.UitBedrijfdatum))), pagina);
    }

    public async Task<Pagina<Opleidingseenheid>> OpleidingseenhedenVanBestuurAsync(string bestuur, DateOnly? peildatum, int pagina, CancellationToken ct)
    {
        var alle = await AllesAsync<Opleidingseenheid>(RioObjectSoort.Opleidingseenheid, new RioFilter(Onderwijsbestuurcode: bestuur), ct);
        return Pagineer(alle.Where(e => peildatum is not { } p || (e.Begindatum <= p && (e.Einddatum is null || p < e.Einddatum))), pagina);
    }

    public async Task<IReadOnlyList<Opleidingsrelatie>> OpleidingsrelatiesBijOpleidingseenheidAsync(string code, CancellationToken ct) =>
        [.. (await store.VerwijzersAsync(RioObjectSoort.Opleidingseenheid, code, ct))
            .Where(o => o.Soort == RioObjectSoort.Opleidingsrelatie && o.StateJson is not null)
            .Select(o => RioJson.Deserialize<Opleidingsrelatie>(o.StateJson!))
            .OrderBy(r => r.Begindatum)];

    /// <summary>Everything of one kind created, changed or deleted after the moment given, for one aanbieder or board.</summary>
    public async Task<Pagina<Gewijzigd<T>>> GewijzigdAsync<T>(RioObjectSoort soort, RioFilter filter, int pagina, CancellationToken ct)
        where T : class
    {
        var resultaat = await store.ListAsync(soort, filter with { InclusiefVerwijderd = true }, pagina, Paginagrootte, ct);
        return new Pagina<Gewijzigd<T>>(
            [.. resultaat.Items.Select(o => new Gewijzigd<T>(
                o.Sleutel,
                o.Verwijderd ? SoortWijziging.Verwijderd : o.Nieuw ? SoortWijziging.Toegevoegd : SoortWijziging.Gewijzigd,
                o.GeregistreerdOp,
                o.StateJson is null || o.Verwijderd ? null : RioJson.Deserialize<T>(o.StateJson)))],
            resultaat.AantalResultaten);
    }

    /// <summary>The DLR/GLR routes a board takes part in, on either side.</summary>
    public async Task<IReadOnlyList<Leerroute>> LeerroutesVanBestuurAsync(string bestuur, CancellationToken ct)
    {
        var aanbieders = await AllesAsync<Onderwijsaanbieder>(RioObjectSoort.Onderwijsaanbieder, new RioFilter(Onderwijsbestuurcode: bestuur), ct);
        var eigen = aanbieders.Select(a => a.Onderwijsaanbiedercode!).ToHashSet();
        var opleidingen = new Dictionary<Guid, AangebodenOpleiding>();
        foreach (var code in eigen)
        {
            foreach (var ao in await AllesAsync<AangebodenOpleiding>(RioObjectSoort.AangebodenOpleiding, new RioFilter(Onderwijsaanbiedercode: code), ct))
            {
                opleidingen[ao.AangebodenOpleidingCode] = ao;
            }

            foreach (var verwijzer in await store.VerwijzersAsync(RioObjectSoort.Onderwijsaanbieder, code, ct))
            {
                if (verwijzer is { Soort: RioObjectSoort.AangebodenOpleiding, StateJson: { } json })
                {
                    var ao = RioJson.Deserialize<AangebodenOpleiding>(json);
                    opleidingen[ao.AangebodenOpleidingCode] = ao;
                }
            }
        }

        return [.. LeerrouteBepaling.Bepaal(opleidingen.Values)
            .Where(r => eigen.Contains(r.MboAanbiedercode) || eigen.Contains(r.VoAanbiedercode))];
    }

    private async Task<List<T>> AllesAsync<T>(RioObjectSoort soort, RioFilter filter, CancellationToken ct)
    {
        var alle = new List<T>();
        for (var pagina = 0; ; pagina++)
        {
            var resultaat = await store.ListAsync(soort, filter, pagina, 5000, ct);
            alle.AddRange(resultaat.Items.Where(o => o.StateJson is not null).Select(o => RioJson.Deserialize<T>(o.StateJson!)));
            if (resultaat.Items.Count < 5000)
            {
                return alle;
            }
        }
    }

    private static Pagina<T> Pagineer<T>(IEnumerable<T> items, int pagina)
    {
        var lijst = items.ToList();
        return new Pagina<T>([.. lijst.Skip(pagina * Paginagrootte).Take(Paginagrootte)], lijst.Count);
    }
}
