using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;
using Keten.Domain.Rio.Leerroutes;

namespace Keten.Domain.Rod.Regels;

/// <summary>
/// The leerroute vmbo-mbo on a period (domain.md rules 18–22, 25, 48): leerroute and fase together or not at all, not
/// before 1-8-2020, on VO not before leerjaar 3, never on entree, GLR only towards MBO-2, and only where RIO has the route
/// gevestigd for this aanbieder on the period's datum begin. The fase is what the school delivered: no rule derives it.
/// </summary>
public static class LeerrouteRegels
{
    public static void Controleer(Inschrijving i, Inschrijvingsperiode p, InschrijvingContext context, List<Foutmelding> fouten)
    {
        var (leerrouteVeld, faseVeld) = i.Sector == Sector.MBO ? ("leerroute", "leerroutefase") : ("opleidingskenmerk", "fase");
        if (p.Leerroute is null || p.Leerroutefase is null)
        {
            if (p.Leerroute is not null || p.Leerroutefase is not null)
            {
                fouten.Add(p.Leerroute is null ? RodFoutcodes.ROD030(faseVeld, leerrouteVeld) : RodFoutcodes.ROD030(leerrouteVeld, faseVeld));
            }

            if (p.Leerroute is null && p.SamenwerkendeOnderwijsaanbiedercode is not null)
            {
                fouten.Add(RodFoutcodes.ROD036());
            }

            return;
        }

        if (p.DatumBegin < RodWaardelijsten.LeerrouteVanaf)
        {
            fouten.Add(RodFoutcodes.ROD031(p.DatumBegin));
        }

        if (i.Sector == Sector.VO && p.Leerjaar is < 3)
        {
            fouten.Add(RodFoutcodes.ROD032(p.Leerjaar.Value));
        }

        if (i.Sector == Sector.MBO)
        {
            var niveau = PeriodeRegels.MboNiveau(p, context.Referentie);
            if (niveau == "MBO-1")
            {
                fouten.Add(RodFoutcodes.ROD033(p.Opleidingcode));
            }
            else if (p.Leerroute == Leerroutesoort.GLR && niveau is not null && niveau != "MBO-2")
            {
                fouten.Add(RodFoutcodes.ROD034(niveau));
            }
        }

        if (!Gevestigd(i.Sector, p, p.DatumBegin, context.Leerroutes))
        {
            fouten.Add(RodFoutcodes.ROD035(p.Leerroute.Value.ToString(), p.Onderwijsaanbiedercode, p.SamenwerkendeOnderwijsaanbiedercode, p.DatumBegin));
        }
    }

    /// <summary>
    /// Whether RIO has the period's route gevestigd on the day between its aanbieder and the named partner, or, with no
    /// partner named, between its aanbieder and any partner.
    /// </summary>
    public static bool Gevestigd(Sector sector, Inschrijvingsperiode p, DateOnly dag, IReadOnlyList<Leerroute> leerroutes)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(leerroutes);
        if (p.Leerroute is not { } soort)
        {
            return false;
        }

        var code = soort.RioCode();
        var partner = p.SamenwerkendeOnderwijsaanbiedercode;
        return leerroutes.Any(r => r.Status == LeerrouteStatus.Gevestigd && r.Leerroutecode == code && r.Periode.Bevat(dag)
            && (sector == Sector.MBO
                ? r.MboAanbiedercode == p.Onderwijsaanbiedercode && (partner is null || r.VoAanbiedercode == partner)
                : r.VoAanbiedercode == p.Onderwijsaanbiedercode && (partner is null || r.MboAanbiedercode == partner)));
    }
}
