using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio.Leerroutes;

namespace Keten.Server.Portaal.Aanbod;

/// <summary>
/// One derived leerroute (RioQueries.LeerroutesVanBestuurAsync) as the board sees it from its own side: the partner,
/// the status in words and what still has to happen, by whom.
/// </summary>
public sealed record Leerrouteregel(
    LeerrouteZijde EigenZijde,
    Aanbiedernaam Eigen,
    Aanbiedernaam Partner,
    string Leerroute,
    Geldigheid Periode,
    bool Gevestigd,
    string Status,
    string NogTeDoen,
    IReadOnlyList<Guid> EigenOpleidingen)
{
    /// <summary>The own offerings' names by their code, for the links to them.</summary>
    public IReadOnlyDictionary<Guid, string> Opleidingsnamen { get; init; } = new Dictionary<Guid, string>();

    public static Leerrouteregel Van(Leerroute route, LeerrouteZijde eigenZijde, Aanbiedernaam eigen, Aanbiedernaam partner)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(eigen);
        ArgumentNullException.ThrowIfNull(partner);
        var leerroute = Aanbodweergave.Leerroute(route.Leerroutecode);
        var eigenSoort = eigenZijde == LeerrouteZijde.MBO ? "mbo-opleiding" : "vo-opleiding";
        var partnerSoort = eigenZijde == LeerrouteZijde.MBO ? "vo-opleiding" : "mbo-opleiding";
        var (status, nogTeDoen) = route.Ontbrekend switch
        {
            null => ("Gevestigd: door beide kanten geregistreerd",
                "Niets: de leerroute is gevestigd."),
            var zijde when zijde == eigenZijde => ($"Alleen door de partner geregistreerd: wacht op {eigen.Naam}",
                $"U moet de leerroute nog registreren: geef een {eigenSoort} van {eigen.Tekst} het kenmerk {route.Leerroutecode} en {partner.Tekst} als samenwerkende onderwijsaanbieder."),
            _ => ($"Alleen door u geregistreerd: wacht op {partner.Naam}",
                $"{partner.Tekst} moet de leerroute nog registreren: een {partnerSoort} met het kenmerk {route.Leerroutecode} en {eigen.Tekst} als samenwerkende onderwijsaanbieder. Neem daarvoor contact op met de partner."),
        };
        return new Leerrouteregel(eigenZijde, eigen, partner, leerroute, route.Periode, route.Status == LeerrouteStatus.Gevestigd, status, nogTeDoen,
            eigenZijde == LeerrouteZijde.MBO ? route.MboAangebodenOpleidingen : route.VoAangebodenOpleidingen);
    }

    public string PeriodeTekst => Periode.Einddatum is { } eind
        ? $"{Portaalopmaak.Datum(Periode.Begindatum)} tot {Portaalopmaak.Datum(eind)}"
        : $"vanaf {Portaalopmaak.Datum(Periode.Begindatum)}";
}
