using Keten.Application.Rio;
using Keten.Domain.Rod;
using Keten.Storage;

namespace Keten.Application.Rod;

/// <summary>A chain signal in a school's feed: as the school sees it (no person number), open or withdrawn, and when it last changed.</summary>
public sealed record KetensignaalFeeditem(KetensignaalMelding Signaal, bool Open, DateTimeOffset GewijzigdOp);

/// <summary>The chain-signal feed a school's software polls: the signals about its board's instellingen changed since a moment.</summary>
public sealed class KetensignaalQueries(IKetenStore store, ReferentiedataBron referentie)
{
    /// <summary>As RIO's change feeds (DUO's Raadplegen V4 caps a page at 500).</summary>
    public const int Paginagrootte = 500;

    public async Task<Pagina<KetensignaalFeeditem>> GewijzigdAsync(string onderwijsbestuurcode, DateTimeOffset sinds, int pagina, CancellationToken ct)
    {
        var brins = referentie.Huidig.BrinsVanBestuur(onderwijsbestuurcode);
        var resultaat = await store.KetensignaalMutatiesAsync(brins, sinds, pagina, Paginagrootte, ct);
        return new Pagina<KetensignaalFeeditem>(
            [.. resultaat.Items.Select(m => new KetensignaalFeeditem(KetensignaalMelding.Van(m.Signaal), m.Open, m.GewijzigdOp))], resultaat.AantalResultaten);
    }
}
