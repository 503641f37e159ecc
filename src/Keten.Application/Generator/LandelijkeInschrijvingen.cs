using System.Globalization;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Domain.Rod;

namespace Keten.Application.Generator;

/// <summary>One sender's batch of new enrolments, with the persons first seen in it (the onderwijsnummers among them must be issued first).</summary>
public sealed record Inschrijvingsblok(Afzender Afzender, string BedrijfsdocumentId, IReadOnlyList<Inschrijving> Inschrijvingen, IReadOnlyList<Persoonsnummer> NieuwePersonen)
{
    public IReadOnlyList<Persoonsnummer> Onderwijsnummers => [.. NieuwePersonen.Where(p => p.Soort == PersoonsnummerSoort.Onderwijsnummer)];

    /// <summary>The rows storing the batch takes: per enrolment its own, its periods, BPVs and diplomas; per new person one.</summary>
    public long Rijen => Inschrijvingen.Sum(i => 1L + i.Perioden.Count + i.Bpvs.Count + i.Diplomas.Count) + NieuwePersonen.Count;
}

/// <summary>
/// The enrolments of the national data set, the same for the same data set and fraction, made as they are read (a
/// board's batches at a time) so the nation never has to be in memory. At fraction 1 about 0.93 million VO enrolments
/// (leerjaar 1–6 by niveau, pupils of vmbo leerjaar 3–4 at a school with a route on it in fase VO, one in five of its
/// leerjaar-4 pupils in fase MBO with an enrolment at the partner MBO institution) and 0.52 million MBO enrolments
/// (niveau 1–4 about 6/22/27/45 %, BOL:BBL 3:1 with a BPV for BBL, most on an aangeboden opleiding of the institution,
/// 15 % uitgeschreven of whom most with a diploma). Dates count from studiejaar <see cref="Peiljaar"/>/27, fixed so the
/// data do not depend on the day they are made. Every enrolment passes every rule.
/// </summary>
public sealed class LandelijkeInschrijvingen
{
    public const int VoPerFractie = 930_000;
    public const int MboPerFractie = 520_000;
    public const int Peiljaar = 2026;

    private static readonly (string Niveau, int Jaren, int Kans)[] VoNiveaus =
        [("VO-PRO", 5, 3), ("VO-VMBO-BB", 4, 10), ("VO-VMBO-KB", 4, 12), ("VO-VMBO-GL", 4, 7), ("VO-VMBO-TL", 4, 20), ("VO-HAVO", 5, 25), ("VO-VWO", 6, 23)];

    private static readonly (int Niveau, int Kans)[] MboNiveaus = [(1, 6), (2, 22), (3, 27), (4, 45)];

    private readonly LandelijkeDataset dataset;
    private readonly double fractie;
    private readonly int blokgrootte;

    public LandelijkeInschrijvingen(LandelijkeDataset dataset, double fractie = 1.0, int blokgrootte = 1000)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentOutOfRangeException.ThrowIfNegative(fractie);
        ArgumentOutOfRangeException.ThrowIfLessThan(blokgrootte, 1);
        this.dataset = dataset;
        this.fractie = fractie;
        this.blokgrootte = blokgrootte;
    }

    public int VoPerSchool => Aantal(VoPerFractie, dataset.VoAanbieders.Count);

    public int MboPerInstelling => Aantal(MboPerFractie, dataset.MboAanbieders.Count);

    /// <summary>The batches: the VO boards' first (so a fase-MBO pupil's VO enrolment is there before the MBO one), then the MBO boards'.</summary>
    public IEnumerable<Inschrijvingsblok> Blokken()
    {
        var personen = new LandelijkePersonen();
        var routeVan = dataset.Leerroutes.ToDictionary(r => r.Vo.Code, StringComparer.Ordinal);
        var faseMbo = dataset.MboAanbieders.ToDictionary(a => a.Code, _ => new List<Inschrijving>(), StringComparer.Ordinal);
        foreach (var bestuur in dataset.VoAanbieders.Select((a, v) => (a, v)).GroupBy(s => s.a.Bestuurcode))
        {
            var inschrijvingen = bestuur.SelectMany(s => VoSchool(s.a, s.v, routeVan.GetValueOrDefault(s.a.Code), personen, faseMbo));
            foreach (var blok in Blokken(bestuur.First().a, inschrijvingen))
            {
                yield return blok;
            }
        }

        var opleidingen = MboOpleidingen();
        foreach (var (instelling, m) in dataset.MboAanbieders.Select((a, m) => (a, m)))
        {
            var inschrijvingen = faseMbo[instelling.Code].Concat(MboInstelling(instelling, m, opleidingen.GetValueOrDefault(instelling.Code) ?? new Dictionary<string, List<AangebodenOpleiding>>(), personen));
            foreach (var blok in Blokken(instelling, inschrijvingen))
            {
                yield return blok;
            }
        }
    }

    private IEnumerable<Inschrijvingsblok> Blokken(LandelijkeAanbieder aanbieder, IEnumerable<Inschrijving> inschrijvingen)
    {
        var afzender = new Afzender(aanbieder.Oin, aanbieder.Bestuurcode);
        var nummer = 0;
        foreach (var blok in inschrijvingen.Chunk(blokgrootte))
        {
            var id = LandelijkeCodes.BedrijfsdocumentId(dataset.Opties.Seed, "inschrijvingen",
                string.Create(CultureInfo.InvariantCulture, $"{aanbieder.Bestuurcode}|{fractie:R}|{blokgrootte}|{nummer++}"));
            // An MBO enrolment in fase MBO is of a pupil made with its VO enrolment.
            var nieuw = blok.Where(i => i.Perioden[0].Leerroutefase != Leerroutefase.MBO).Select(i => i.Persoon).Distinct().ToList();
            yield return new Inschrijvingsblok(afzender, id, blok, nieuw);
        }
    }

    private IEnumerable<Inschrijving> VoSchool(LandelijkeAanbieder school, int v, LandelijkeLeerroute? route, LandelijkePersonen personen, Dictionary<string, List<Inschrijving>> faseMbo)
    {
        var random = new Random(unchecked((dataset.Opties.Seed * 7_919) + v));
        var brin = Brin(school);
        for (var k = 0; k < VoPerSchool; k++)
        {
            var (niveau, jaren, _) = Kies(VoNiveaus, n => n.Kans, random);
            var leerjaar = 1 + random.Next(jaren);
            var vak = (2_000 + random.Next(LandelijkeDataset.IltCodes)).ToString(CultureInfo.InvariantCulture);
            var vertrokken = random.Next(25) == 0;
            var eersteJaar = Peiljaar - leerjaar + 1 - (vertrokken ? 1 : 0);
            var vmbo = niveau.StartsWith("VO-VMBO", StringComparison.Ordinal);
            var opRoute = route is not null && vmbo && !vertrokken && leerjaar >= 3 && random.Next(4) == 0;
            var inFaseMbo = opRoute && leerjaar == 4 && random.Next(5) == 0;
            var persoon = personen.Volgende();
            var perioden = Enumerable.Range(1, leerjaar).Select(j =>
            {
                var leerroute = opRoute && j >= 3;
                return new Inschrijvingsperiode(new DateOnly(eersteJaar + j - 1, 8, 1), vak, niveau, true, school.Code, Leerjaar: j, Vestiging: brin + "01",
                    Leerroute: leerroute ? route!.Soort : null, Leerroutefase: leerroute ? (inFaseMbo && j == 4 ? Leerroutefase.MBO : Leerroutefase.VO) : null,
                    SamenwerkendeOnderwijsaanbiedercode: leerroute ? route!.Mbo.Code : null);
            }).ToList();
            yield return new Inschrijving(Sector.VO, brin, persoon, "1", perioden[0].DatumBegin, null, vertrokken ? new DateOnly(Peiljaar, 7, 31) : null,
                null, null, perioden, [], []);

            if (inFaseMbo)
            {
                var begin = new DateOnly(Peiljaar, 8, 1);
                faseMbo[route!.Mbo.Code].Add(new Inschrijving(Sector.MBO, Brin(route.Mbo), persoon, "1", begin, new DateOnly(Peiljaar + 2, 7, 31), null, "03", null,
                    [new Inschrijvingsperiode(begin, route.Crebo, null, true, route.Mbo.Code, Leertraject: "BOL", AangebodenOpleidingCode: route.MboOpleiding.AangebodenOpleidingCode,
                        Leerroute: route.Soort, Leerroutefase: Leerroutefase.MBO, SamenwerkendeOnderwijsaanbiedercode: school.Code)], [], []));
            }
        }
    }

    private IEnumerable<Inschrijving> MboInstelling(LandelijkeAanbieder instelling, int m, IReadOnlyDictionary<string, List<AangebodenOpleiding>> opleidingen, LandelijkePersonen personen)
    {
        var random = new Random(unchecked((dataset.Opties.Seed * 104_729) + m));
        var brin = Brin(instelling);
        for (var k = 0; k < MboPerInstelling; k++)
        {
            var (niveau, _) = Kies(MboNiveaus, n => n.Kans, random);
            var mboNiveau = string.Create(CultureInfo.InvariantCulture, $"MBO-{niveau}");
            var (crebo, aangeboden) = opleidingen.TryGetValue(mboNiveau, out var lijst) && lijst.Count > 0
                ? lijst[random.Next(lijst.Count)] is var ao ? (ao.OpleidingserkenningSleutel!.Opleidingscode, (Guid?)ao.AangebodenOpleidingCode) : default
                : (Crebo(niveau, random), null);
            var bbl = random.Next(4) == 0;
            var jaren = niveau == 4 ? 3 + random.Next(2) : niveau;
            var uitgeschreven = random.Next(100) < 15;
            var beginjaar = uitgeschreven ? Peiljaar - jaren - random.Next(2) : Peiljaar - random.Next(jaren);
            var begin = new DateOnly(beginjaar, 8, 1);
            var gepland = new DateOnly(beginjaar + jaren, 7, 31);
            var gediplomeerd = uitgeschreven && random.Next(10) < 7;
            DateOnly? werkelijk = !uitgeschreven ? null : gediplomeerd ? gepland : begin.AddDays(30 + random.Next(300));
            var leerbedrijf = (100_000_000 + random.Next(899_999_999)).ToString(CultureInfo.InvariantCulture);
            yield return new Inschrijving(Sector.MBO, brin, personen.Volgende(), "1", begin, gepland, werkelijk,
                (1 + random.Next(9)).ToString("00", CultureInfo.InvariantCulture), !uitgeschreven ? null : gediplomeerd ? "01" : "03",
                [new Inschrijvingsperiode(begin, crebo, null, true, instelling.Code, Leertraject: bbl ? "BBL" : "BOL", AangebodenOpleidingCode: aangeboden)],
                bbl ? [new Bpv("1", begin.AddDays(-14), begin, gepland, werkelijk, leerbedrijf, 800 + random.Next(800), crebo)] : [],
                gediplomeerd ? [new Diploma("1", crebo, gepland, true)] : []);
        }
    }

    /// <summary>The MBO aangeboden opleidingen of the data set by aanbieder and niveau.</summary>
    private Dictionary<string, IReadOnlyDictionary<string, List<AangebodenOpleiding>>> MboOpleidingen() =>
        dataset.Opleidingen.Where(o => o.Soort == AangebodenOpleidingSoort.Mbo)
            .GroupBy(o => o.Onderwijsaanbiedercode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, List<AangebodenOpleiding>>)g.GroupBy(o => o.MboNiveau!, StringComparer.Ordinal)
                .ToDictionary(n => n.Key, n => n.ToList(), StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>A CREBO of the niveau: the reference data's recognitions run MBO-1…4 in turn.</summary>
    private string Crebo(int niveau, Random random) =>
        dataset.Referentiedata.Opleidingserkenningen[(4 * random.Next(LandelijkeDataset.CreboAantal / 4)) + niveau - 1].Opleidingscode;

    private static string Brin(LandelijkeAanbieder aanbieder) => aanbieder.Aanbieder.JuridischeRelaties[0].Instellingserkenningscode;

    private int Aantal(int landelijk, int instellingen) => instellingen == 0 ? 0 : (int)Math.Round(landelijk * fractie / instellingen, MidpointRounding.AwayFromZero);

    /// <summary>One of the list, each by its weight.</summary>
    private static T Kies<T>(IReadOnlyList<T> lijst, Func<T, int> kans, Random random)
    {
        var worp = random.Next(lijst.Sum(kans));
        for (var i = 0; i < lijst.Count; i++)
        {
            worp -= kans(lijst[i]);
            if (worp < 0)
            {
                return lijst[i];
            }
        }

        return lijst[^1];
    }
}
