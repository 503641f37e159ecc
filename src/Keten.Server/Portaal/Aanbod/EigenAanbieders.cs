using Keten.Application.Rio.Queries;
using Keten.Domain.Rio;
using Keten.Domain.Toegang;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Server.Portaal.Aanbod;

/// <summary>An onderwijsaanbieder as the aanbod pages name it: its code and its current name.</summary>
public sealed record Aanbiedernaam(string Code, string Naam)
{
    public string Tekst => $"{Naam} ({Code})";

    public static Aanbiedernaam Van(Onderwijsaanbieder aanbieder, DateOnly peildatum)
    {
        ArgumentNullException.ThrowIfNull(aanbieder);
        var periode = aanbieder.Perioden.Where(p => p.Begindatum <= peildatum).MaxBy(p => p.Begindatum)
            ?? aanbieder.Perioden.MinBy(p => p.Begindatum);
        var code = aanbieder.Onderwijsaanbiedercode ?? "";
        return new Aanbiedernaam(code, periode?.Naam ?? code);
    }
}

/// <summary>
/// The onderwijsaanbieders of the medewerker's board (RIO Raadplegen, as REST reads them) whose RIO aanbod the medewerker
/// manages: all of them with RioBeheren for the whole board, else only those it holds RioBeheren for.
/// </summary>
public sealed class EigenAanbieders(RioQueries rio, TimeProvider tijd)
{
    public async Task<IReadOnlyList<Aanbiedernaam>> VanAsync(Portaalgebruiker gebruiker, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        return [.. (await VanBestuurAsync(gebruiker.Medewerker.Onderwijsbestuurcode, ct))
            .Where(a => gebruiker.Afzender.Mag(Functie.RioBeheren, a.Code))];
    }

    /// <summary>Every onderwijsaanbieder of the board, by code.</summary>
    public async Task<IReadOnlyList<Aanbiedernaam>> VanBestuurAsync(string bestuur, CancellationToken ct)
    {
        var vandaag = tijd.Vandaag();
        var alle = new List<Onderwijsaanbieder>();
        for (var pagina = 0; ; pagina++)
        {
            var resultaat = await rio.OnderwijsaanbiedersVanBestuurAsync(bestuur, null, pagina, ct);
            alle.AddRange(resultaat.Items);
            if (resultaat.Items.Count < RioQueries.Paginagrootte)
            {
                break;
            }
        }

        return [.. alle
            .Where(a => a.Onderwijsaanbiedercode is not null)
            .Select(a => Aanbiedernaam.Van(a, vandaag))
            .OrderBy(a => a.Code, StringComparer.Ordinal)];
    }

    /// <summary>The name of any aanbieder (RIO's data is public), or only its code when RIO does not know it.</summary>
    public async Task<Aanbiedernaam> NaamAsync(string code, CancellationToken ct)
    {
        var vandaag = tijd.Vandaag();
        return await rio.OnderwijsaanbiederAsync(code, ct) is { } aanbieder ? Aanbiedernaam.Van(aanbieder, vandaag) : new Aanbiedernaam(code, code);
    }
}
