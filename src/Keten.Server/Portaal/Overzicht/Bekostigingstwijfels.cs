using Keten.Application.Rod;
using Keten.Domain.Bekostiging;
using Keten.Domain.Rod.Ketensignalen;
using Keten.Server.Portaal.Signalen;

namespace Keten.Server.Portaal.Overzicht;

/// <summary>
/// An enrolment whose funding on the next teldatum is in doubt: by its own preliminary funding status no sector funds it
/// (the same status every accepted mutation answers with), or an open chain signal says the fase names a sector in which
/// the pupil has no enrolment. Named by BRIN and the school's inschrijvingvolgnummer, never by the pupil.
/// </summary>
public sealed record Bekostigingstwijfel(string Brin, string Inschrijvingvolgnummer, string Code, string Reden);

public static class Bekostigingstwijfels
{
    /// <summary>The chain signals that mean the fase's sector has no enrolment to fund.</summary>
    private static readonly string[] Twijfelsignalen = [Ketensignaalcodes.MboInschrijvingOntbreekt, Ketensignaalcodes.VoInschrijvingOntbreekt];

    /// <summary>
    /// The doubts among the enrolments of <paramref name="brins"/> (the instellingen the medewerker may see funding of)
    /// that run on the next 1 October, found through <see cref="InschrijvingQueries"/> as the REST search finds them.
    /// </summary>
    public static async Task<(DateOnly Teldatum, IReadOnlyList<Bekostigingstwijfel> Twijfels)> BepaalAsync(InschrijvingQueries queries,
        VoorlopigeBekostigingQuery bekostiging, string bestuur, IReadOnlyCollection<string> brins, IReadOnlyList<OpenKetensignaal> openSignalen,
        DateOnly vandaag, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(bekostiging);
        ArgumentNullException.ThrowIfNull(brins);
        ArgumentNullException.ThrowIfNull(openSignalen);
        var teldatum = Teldata.VolgendeEenOktober(vandaag);
        var twijfels = new List<Bekostigingstwijfel>();
        foreach (var brin in brins.Order(StringComparer.Ordinal))
        {
            for (var pagina = 0; ; pagina++)
            {
                var resultaat = await queries.ZoekenAsync(bestuur, new InschrijvingZoekopdracht(Brin: brin, Peildatum: teldatum, Pagina: pagina), ct);
                var gevonden = resultaat.Inschrijvingen?.Items ?? [];
                foreach (var inschrijving in gevonden.Select(o => o.Inschrijving))
                {
                    var status = await bekostiging.BepaalAsync(inschrijving, vandaag, ct);
                    var signaal = openSignalen.FirstOrDefault(s => Twijfelsignalen.Contains(s.Signaal.Code)
                        && ((s.Signaal.VoBrin == brin && s.Signaal.VoInschrijvingvolgnummer == inschrijving.Inschrijvingvolgnummer)
                            || (s.Signaal.MboBrin == brin && s.Signaal.MboInschrijvingvolgnummer == inschrijving.Inschrijvingvolgnummer)));
                    if (status.Sector == Bekostigingssector.Geen)
                    {
                        twijfels.Add(new(brin, inschrijving.Inschrijvingvolgnummer, status.Redencode, status.Reden));
                    }
                    else if (signaal is not null)
                    {
                        twijfels.Add(new(brin, inschrijving.Inschrijvingvolgnummer, signaal.Signaal.Code, signaal.Signaal.Tekst));
                    }
                }

                if (gevonden.Count < InschrijvingQueries.Paginagrootte)
                {
                    break;
                }
            }
        }

        return (teldatum, twijfels);
    }
}
