using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Rio.Leerroutes;

/// <summary>
/// Derives the DLR/GLR routes as a chain fact from the aangeboden opleidingen of both sides (domain.md §5.3):
/// a route is gevestigd in a period when an MBO offering carries the leerlijn kenmerk and names the VO
/// aanbieder as samenwerkend in that period, and an offering of that VO aanbieder carries the same kenmerk
/// naming the MBO aanbieder. Where only one side did, the route waits for its partner.
/// </summary>
public static class LeerrouteBepaling
{
    private sealed record Registratie(LeerrouteZijde Zijde, string Mbo, string Vo, string Code, Geldigheid Geldigheid, Guid Opleiding);

    public static IReadOnlyList<Leerroute> Bepaal(IEnumerable<AangebodenOpleiding> opleidingen) =>
        [.. Registraties(opleidingen)
            .GroupBy(r => (r.Mbo, r.Vo, r.Code))
            .OrderBy(g => g.Key.Mbo, StringComparer.Ordinal).ThenBy(g => g.Key.Vo, StringComparer.Ordinal).ThenBy(g => g.Key.Code, StringComparer.Ordinal)
            .SelectMany(g => Tijdlijn(g.Key.Mbo, g.Key.Vo, g.Key.Code, [.. g]))];

    private static IEnumerable<Registratie> Registraties(IEnumerable<AangebodenOpleiding> opleidingen)
    {
        foreach (var ao in opleidingen)
        {
            if (ao.DoorlopendeLeerlijnVmboMbo is not { } code)
            {
                continue;
            }

            var zijde = ao.Soort == AangebodenOpleidingSoort.Mbo ? LeerrouteZijde.MBO : LeerrouteZijde.VO;
            foreach (var (periode, geldigheid) in ao.PeriodenMetGeldigheid())
            {
                foreach (var partner in periode.SamenwerkendeOnderwijsaanbiedercodes.Distinct())
                {
                    yield return zijde == LeerrouteZijde.MBO
                        ? new Registratie(zijde, ao.Onderwijsaanbiedercode, partner, code, geldigheid, ao.AangebodenOpleidingCode)
                        : new Registratie(zijde, partner, ao.Onderwijsaanbiedercode, code, geldigheid, ao.AangebodenOpleidingCode);
                }
            }
        }
    }

    private static IEnumerable<Leerroute> Tijdlijn(string mbo, string vo, string code, IReadOnlyList<Registratie> registraties)
    {
        var grenzen = registraties
            .SelectMany(r => new[] { r.Geldigheid.Begindatum, r.Geldigheid.Einddatum ?? DateOnly.MaxValue })
            .Distinct().Order().ToList();

        Leerroute? lopend = null;
        for (var i = 0; i + 1 < grenzen.Count; i++)
        {
            var stuk = new Geldigheid(grenzen[i], grenzen[i + 1] == DateOnly.MaxValue ? null : grenzen[i + 1]);
            var mboKant = Dekkend(registraties, LeerrouteZijde.MBO, stuk);
            var voKant = Dekkend(registraties, LeerrouteZijde.VO, stuk);
            if (mboKant.Count == 0 && voKant.Count == 0)
            {
                if (lopend is not null)
                {
                    yield return lopend;
                    lopend = null;
                }

                continue;
            }

            var status = mboKant.Count > 0 && voKant.Count > 0 ? LeerrouteStatus.Gevestigd : LeerrouteStatus.WachtOpPartner;
            LeerrouteZijde? ontbrekend = status == LeerrouteStatus.Gevestigd ? null : mboKant.Count == 0 ? LeerrouteZijde.MBO : LeerrouteZijde.VO;
            var volgend = new Leerroute(mbo, vo, code, stuk, status, ontbrekend, mboKant, voKant);
            if (lopend is not null && lopend.Status == status && lopend.Ontbrekend == ontbrekend
                && lopend.MboAangebodenOpleidingen.SequenceEqual(mboKant) && lopend.VoAangebodenOpleidingen.SequenceEqual(voKant))
            {
                lopend = lopend with { Periode = new Geldigheid(lopend.Periode.Begindatum, stuk.Einddatum) };
            }
            else
            {
                if (lopend is not null)
                {
                    yield return lopend;
                }

                lopend = volgend;
            }
        }

        if (lopend is not null)
        {
            yield return lopend;
        }
    }

    private static List<Guid> Dekkend(IReadOnlyList<Registratie> registraties, LeerrouteZijde zijde, Geldigheid stuk) =>
        [.. registraties.Where(r => r.Zijde == zijde && r.Geldigheid.Bevat(stuk.Begindatum)).Select(r => r.Opleiding).Distinct().Order()];
}
