using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Rod;
using Keten.Storage;
using Keten.Storage.Rod;

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
        return new Pagina<KetensignaalFeeditem>([.. resultaat.Items.Select(Feeditem)], resultaat.AantalResultaten);
    }

    /// <summary>The open chain signals about the board's instellingen (the whole feed, withdrawn ones left out).</summary>
    public async Task<IReadOnlyList<KetensignaalFeeditem>> OpenVanBestuurAsync(string onderwijsbestuurcode, CancellationToken ct) =>
        [.. (await OpenAsync(onderwijsbestuurcode, ct)).Select(Feeditem)];

    /// <summary>
    /// The open chain signals the sender may see: of its board, and for a medewerker only those about an own-board
    /// enrolment it holds "inschrijvingen VO" or "MBO" for every aanbieder of (<see cref="InschrijvingAutorisatie"/>,
    /// the rule that decides whether it may change that enrolment).
    /// </summary>
    public async Task<IReadOnlyList<KetensignaalFeeditem>> OpenVoorAsync(Afzender afzender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(afzender);
        if (afzender.Onderwijsbestuurcode is not { } bestuur)
        {
            return [];
        }

        var open = await OpenAsync(bestuur, ct);
        if (afzender.Autorisaties is not { } autorisaties)
        {
            return [.. open.Select(Feeditem)];
        }

        var dossiers = new Dictionary<Persoonsnummer, IReadOnlyList<OpgeslagenInschrijving>>();
        var zichtbaar = new List<KetensignaalFeeditem>();
        foreach (var mutatie in open)
        {
            var signaal = mutatie.Signaal;
            if (!dossiers.TryGetValue(signaal.Persoon, out var inschrijvingen))
            {
                inschrijvingen = await store.InschrijvingenVanPersoonAsync(signaal.Persoon, ct);
                dossiers[signaal.Persoon] = inschrijvingen;
            }

            var eigen = new[] { signaal.VoInschrijving, signaal.MboInschrijving }.OfType<InschrijvingSleutel>()
                .Where(s => referentie.Huidig.HoortBijBestuur(s.Brin, bestuur));
            if (eigen.Any(s => inschrijvingen.FirstOrDefault(o => o.Inschrijving.Sleutel == s) is { } o && InschrijvingAutorisatie.Mag(autorisaties, o.Inschrijving)))
            {
                zichtbaar.Add(Feeditem(mutatie));
            }
        }

        return zichtbaar;
    }

    private async Task<List<KetensignaalMutatie>> OpenAsync(string bestuur, CancellationToken ct)
    {
        var brins = referentie.Huidig.BrinsVanBestuur(bestuur);
        var open = new List<KetensignaalMutatie>();
        for (var pagina = 0; ; pagina++)
        {
            var resultaat = await store.KetensignaalMutatiesAsync(brins, DateTimeOffset.UnixEpoch, pagina, Paginagrootte, ct);
            open.AddRange(resultaat.Items.Where(m => m.Open));
            if (resultaat.Items.Count < Paginagrootte)
            {
                return open;
            }
        }
    }

    private static KetensignaalFeeditem Feeditem(KetensignaalMutatie m) => new(KetensignaalMelding.Van(m.Signaal), m.Open, m.GewijzigdOp);
}
