using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Domain.Rod;

namespace Keten.Server.Portaal.Signalen;

/// <summary>
/// One open chain signal as the inbox shows it: the signal (no person's number), when it last changed, and the partner
/// school (the side of the leerroute that is not one of the board's instellingen; null when both are, or there is none).
/// </summary>
public sealed record OpenKetensignaal(KetensignaalMelding Signaal, DateTimeOffset GewijzigdOp, string? PartnerBrin, string? PartnerNaam);

/// <summary>
/// The open chain signals of a board, read from the same feed the REST door serves (<see cref="KetensignaalQueries"/>,
/// from the beginning, every page): what is withdrawn is not open, so it is not here.
/// </summary>
public static class OpenKetensignalen
{
    public static async Task<IReadOnlyList<OpenKetensignaal>> VanBestuurAsync(KetensignaalQueries queries, ReferentiedataBron referentie, string bestuur,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(referentie);
        var open = new List<KetensignaalFeeditem>();
        for (var pagina = 0; ; pagina++)
        {
            var resultaat = await queries.GewijzigdAsync(bestuur, DateTimeOffset.UnixEpoch, pagina, ct);
            open.AddRange(resultaat.Items.Where(i => i.Open));
            if (resultaat.Items.Count < KetensignaalQueries.Paginagrootte)
            {
                break;
            }
        }

        var data = referentie.Huidig;
        return [.. open
            .OrderByDescending(i => i.GewijzigdOp)
            .Select(i =>
            {
                var partner = new[] { i.Signaal.VoBrin, i.Signaal.MboBrin }.OfType<string>().FirstOrDefault(b => !data.HoortBijBestuur(b, bestuur));
                return new OpenKetensignaal(i.Signaal, i.GewijzigdOp, partner, partner is null ? null : data.Instelling(partner)?.Naam);
            })];
    }
}
