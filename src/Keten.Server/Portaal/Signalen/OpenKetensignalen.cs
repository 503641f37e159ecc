using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Domain.Rod;

namespace Keten.Server.Portaal.Signalen;

/// <summary>
/// One open chain signal as the inbox shows it: the signal (no person's number), when it last changed, and the partner
/// school (the side of the leerroute that is not one of the board's instellingen; null when both are, or there is none).
/// </summary>
public sealed record OpenKetensignaal(KetensignaalMelding Signaal, DateTimeOffset GewijzigdOp, string? PartnerBrin, string? PartnerNaam);

/// <summary>
/// Open chain signals, read from the same feed the REST door serves (<see cref="KetensignaalQueries"/>, from the
/// beginning, every page): what is withdrawn is not open, so it is not here.
/// </summary>
public static class OpenKetensignalen
{
    /// <summary>Every open signal about the board's instellingen (for views that judge per instelling themselves).</summary>
    public static async Task<IReadOnlyList<OpenKetensignaal>> VanBestuurAsync(KetensignaalQueries queries, ReferentiedataBron referentie, string bestuur,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return Opmaken(await queries.OpenVanBestuurAsync(bestuur, ct), referentie, bestuur);
    }

    /// <summary>The open signals about enrolments the medewerker may handle, judged per aanbieder as the enrolment handler does.</summary>
    public static async Task<IReadOnlyList<OpenKetensignaal>> VoorAsync(KetensignaalQueries queries, ReferentiedataBron referentie, Afzender afzender,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(afzender);
        return Opmaken(await queries.OpenVoorAsync(afzender, ct), referentie, afzender.Onderwijsbestuurcode ?? "");
    }

    private static IReadOnlyList<OpenKetensignaal> Opmaken(IReadOnlyList<KetensignaalFeeditem> open, ReferentiedataBron referentie, string bestuur)
    {
        ArgumentNullException.ThrowIfNull(referentie);
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
