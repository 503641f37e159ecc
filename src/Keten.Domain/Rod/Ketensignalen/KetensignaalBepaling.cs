using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;
using Keten.Domain.Rio.Leerroutes;
using Keten.Domain.Rod.Regels;

namespace Keten.Domain.Rod.Ketensignalen;

/// <summary>
/// Derives the chain signals of one pupil from all the pupil's enrolments and RIO's leerroutes: pure, so it is simply
/// run again whenever either school delivers or RIO changes, and a signal whose disagreement is gone is no longer in
/// the result (the store withdraws it). Time is cut at every day an enrolment, a period or a route begins or ends; on
/// each stretch the conditions are evaluated once, and equal signals on adjacent stretches are joined. Only signals that
/// still hold on or after <c>vanaf</c> are returned (the current studiejaar and later, docs/rod.md).
/// </summary>
public static class KetensignaalBepaling
{
    private sealed record Actief(Inschrijving Inschrijving, Inschrijvingsperiode Periode)
    {
        public bool MetLeerroute => Periode.Leerroute is not null;
    }

    public static IReadOnlyList<Ketensignaal> Bepaal(IReadOnlyList<Inschrijving> inschrijvingen, IReadOnlyList<Leerroute> leerroutes, DateOnly vanaf)
    {
        ArgumentNullException.ThrowIfNull(inschrijvingen);
        ArgumentNullException.ThrowIfNull(leerroutes);
        if (!inschrijvingen.Any(i => i.Perioden.Any(p => p.Leerroute is not null)))
        {
            return [];
        }

        var grenzen = Grenzen(inschrijvingen, leerroutes);
        var lopend = new Dictionary<(string, InschrijvingSleutel?, InschrijvingSleutel?), DateOnly>();
        var klaar = new List<Ketensignaal>();
        for (var k = 0; k < grenzen.Count; k++)
        {
            var dag = grenzen[k];
            var nu = OpDag(inschrijvingen, leerroutes, dag).ToHashSet();
            foreach (var weg in lopend.Keys.Where(s => !nu.Contains(s)).ToList())
            {
                klaar.Add(Signaal(weg, inschrijvingen, new Geldigheid(lopend[weg], dag)));
                lopend.Remove(weg);
            }

            foreach (var nieuw in nu.Where(s => !lopend.ContainsKey(s)))
            {
                lopend[nieuw] = dag;
            }
        }

        klaar.AddRange(lopend.Select(l => Signaal(l.Key, inschrijvingen, new Geldigheid(l.Value, null))));
        return [.. klaar.Where(s => s.Periode.Einddatum is null || s.Periode.Einddatum > vanaf)
            .OrderBy(s => s.Periode.Begindatum).ThenBy(s => s.Code, StringComparer.Ordinal)];
    }

    private static List<DateOnly> Grenzen(IReadOnlyList<Inschrijving> inschrijvingen, IReadOnlyList<Leerroute> leerroutes)
    {
        var grenzen = new SortedSet<DateOnly>();
        foreach (var i in inschrijvingen)
        {
            grenzen.Add(i.DatumInschrijving);
            if (i.DatumUitschrijvingWerkelijk is { } eind)
            {
                grenzen.Add(eind.AddDays(1));
            }

            grenzen.UnionWith(i.Perioden.Select(p => p.DatumBegin));
        }

        foreach (var r in leerroutes)
        {
            grenzen.Add(r.Periode.Begindatum);
            if (r.Periode.Einddatum is { } eind)
            {
                grenzen.Add(eind);
            }
        }

        return [.. grenzen];
    }

    private static IEnumerable<(string, InschrijvingSleutel?, InschrijvingSleutel?)> OpDag(IReadOnlyList<Inschrijving> inschrijvingen, IReadOnlyList<Leerroute> leerroutes, DateOnly dag)
    {
        var actief = inschrijvingen.Select(i => i.PeriodeOp(dag) is { } p ? new Actief(i, p) : null).OfType<Actief>().ToList();
        var vo = actief.Where(a => a.Inschrijving.Sector == Sector.VO).ToList();
        var mbo = actief.Where(a => a.Inschrijving.Sector == Sector.MBO).ToList();

        foreach (var a in actief.Where(a => a.MetLeerroute && !LeerrouteRegels.Gevestigd(a.Inschrijving.Sector, a.Periode, dag, leerroutes)))
        {
            yield return a.Inschrijving.Sector == Sector.VO
                ? (Ketensignaalcodes.NietGevestigdInRio, a.Inschrijving.Sleutel, null)
                : (Ketensignaalcodes.NietGevestigdInRio, null, a.Inschrijving.Sleutel);
        }

        foreach (var v in vo.Where(v => v.Periode.Leerroutefase == Leerroutefase.MBO && mbo.Count == 0))
        {
            yield return (Ketensignaalcodes.MboInschrijvingOntbreekt, v.Inschrijving.Sleutel, null);
        }

        foreach (var m in mbo.Where(m => m.Periode.Leerroutefase == Leerroutefase.VO && vo.Count == 0))
        {
            yield return (Ketensignaalcodes.VoInschrijvingOntbreekt, null, m.Inschrijving.Sleutel);
        }

        foreach (var v in vo)
        {
            foreach (var m in mbo.Where(m => m.MetLeerroute || v.MetLeerroute))
            {
                if (v.Periode.Leerroute != m.Periode.Leerroute)
                {
                    yield return (Ketensignaalcodes.LeerrouteVerschilt, v.Inschrijving.Sleutel, m.Inschrijving.Sleutel);
                }
                else if (v.Periode.Leerroutefase != m.Periode.Leerroutefase)
                {
                    yield return (Ketensignaalcodes.FaseVerschilt, v.Inschrijving.Sleutel, m.Inschrijving.Sleutel);
                }
            }

            var inFaseMbo = mbo.Where(m => m.Periode.Leerroutefase == Leerroutefase.MBO).ToList();
            if (inFaseMbo.Count > 0)
            {
                foreach (var m in inFaseMbo)
                {
                    yield return (Ketensignaalcodes.FaseMboNogIngeschrevenVo, v.Inschrijving.Sleutel, m.Inschrijving.Sleutel);
                }
            }
            else if (v.Periode.Leerroutefase == Leerroutefase.MBO)
            {
                // The MBO side has the pupil on the route in another fase (KS002): it sees this signal too.
                var opRoute = mbo.Where(m => m.MetLeerroute).Select(m => (InschrijvingSleutel?)m.Inschrijving.Sleutel).DefaultIfEmpty(null);
                foreach (var m in opRoute)
                {
                    yield return (Ketensignaalcodes.FaseMboNogIngeschrevenVo, v.Inschrijving.Sleutel, m);
                }
            }
        }
    }

    private static Ketensignaal Signaal((string Code, InschrijvingSleutel? Vo, InschrijvingSleutel? Mbo) s, IReadOnlyList<Inschrijving> inschrijvingen, Geldigheid periode) =>
        new(s.Code, inschrijvingen[0].Persoon, periode, s.Vo, s.Mbo);
}
