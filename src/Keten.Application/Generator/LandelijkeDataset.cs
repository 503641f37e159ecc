using System.Globalization;
using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Leerroutes;
using Keten.Domain.Rod;

namespace Keten.Application.Generator;

/// <summary>An aanbieder of the national data set with what a sender needs to deliver for it.</summary>
public sealed record LandelijkeAanbieder(Onderwijsaanbieder Aanbieder, Sector Sector, string Oin, IReadOnlyList<string> Locaties)
{
    public string Code => Aanbieder.Onderwijsaanbiedercode!;

    public string Bestuurcode => Aanbieder.Onderwijsbestuurcode;
}

/// <summary>
/// A synthetic national RIO data set, the same for the same <see cref="LandelijkeOpties"/>: reference data
/// (boards with OINs, BRINs, CREBO recognitions, ILT vakerkenningen), the aanbieders with their locaties,
/// and the aangeboden opleidingen, spread round-robin over the aanbieders of their sector.
/// Every object obeys RIO's rules against this reference data.
/// </summary>
public sealed class LandelijkeDataset
{
    public const int CreboAantal = 400;
    public const int IltCodes = 30;

    private static readonly DateOnly InBedrijf = new(2019, 8, 1);
    private static readonly DateOnly LeerrouteVanaf = new(2020, 8, 1);

    /// <summary>The leerroute offerings are numbered from here, apart from the <see cref="LandelijkeOpties.Opleidingen"/>.</summary>
    private const int LeerrouteNummer = 10_000_000;
    private static readonly string[] VoNiveaus = ["VO-PRO", "VO-VMBO-BB", "VO-VMBO-KB", "VO-VMBO-GL", "VO-VMBO-TL", "VO-HAVO", "VO-VWO"];

    private readonly List<LandelijkeAanbieder> _mbo = [];
    private readonly List<LandelijkeAanbieder> _vo = [];
    private readonly List<Onderwijslocatiegebruik> _locaties = [];

    public LandelijkeDataset(LandelijkeOpties opties)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(opties.Mbo);
        ArgumentOutOfRangeException.ThrowIfNegative(opties.Vo);
        ArgumentOutOfRangeException.ThrowIfNegative(opties.Opleidingen);
        if (opties.Opleidingen > 0 && opties.Mbo + opties.Vo == 0)
        {
            throw new ArgumentException("Aangeboden opleidingen need at least one MBO or VO aanbieder.", nameof(opties));
        }

        Opties = opties;
        var besturen = new List<Onderwijsbestuur>();
        var instellingen = new List<ErkendeInstelling>();
        for (var m = 0; m < opties.Mbo; m++)
        {
            var bestuur = NieuwBestuur(besturen, $"Stichting MBO-college {m + 1}");
            VoegAanbiederToe(_mbo, bestuur, instellingen, Sector.MBO, $"MBO-college {m + 1}", LandelijkeOpties.MboLocatiesPerAanbieder);
        }

        Onderwijsbestuur? voBestuur = null;
        for (var v = 0; v < opties.Vo; v++)
        {
            if (v % LandelijkeOpties.VoScholenPerBestuur == 0)
            {
                voBestuur = NieuwBestuur(besturen, $"Stichting Voortgezet Onderwijs {(v / LandelijkeOpties.VoScholenPerBestuur) + 1}");
            }

            VoegAanbiederToe(_vo, voBestuur!, instellingen, Sector.VO, $"Scholengemeenschap {v + 1}", 1);
        }

        Referentiedata = new Referentiedata(besturen, instellingen, Crebos(), Vakerkenningen(), []);
        Leerroutes = [.. _vo.Select((school, v) => (school, v)).Where(s => _mbo.Count > 0 && s.v % 3 != 2).Select(s => Leerroute(s.school, s.v))];
    }

    public LandelijkeOpties Opties { get; }

    public Referentiedata Referentiedata { get; }

    public IEnumerable<LandelijkeAanbieder> Aanbieders => _mbo.Concat(_vo);

    public IReadOnlyList<Onderwijslocatiegebruik> Locatiegebruiken => _locaties;

    public IEnumerable<AangebodenOpleiding> Opleidingen => Enumerable.Range(0, Opties.Opleidingen).Select(Opleiding);

    /// <summary>The DLR/GLR routes: two VO schools in three with an MBO partner, each side one aangeboden opleiding naming the other.</summary>
    public IReadOnlyList<LandelijkeLeerroute> Leerroutes { get; }

    public IEnumerable<AangebodenOpleiding> LeerrouteOpleidingen => Leerroutes.SelectMany(r => new[] { r.MboOpleiding, r.VoOpleiding });

    public IReadOnlyList<LandelijkeAanbieder> MboAanbieders => _mbo;

    public IReadOnlyList<LandelijkeAanbieder> VoAanbieders => _vo;

    /// <summary>
    /// Aangeboden opleiding number <paramref name="i"/>: MBO or VO by <see cref="LandelijkeOpties.MboOpleidingenPerVijf"/>
    /// (all of one sector when the other has no aanbieders). Numbers past <see cref="LandelijkeOpties.Opleidingen"/>
    /// give further offerings of the same kind, for a sender that wants fresh ones.
    /// </summary>
    public AangebodenOpleiding Opleiding(int i)
    {
        var (mbo, nummer) = (_mbo.Count, _vo.Count) switch
        {
            (_, 0) => (true, i),
            (0, _) => (false, i),
            _ when i % 5 < LandelijkeOpties.MboOpleidingenPerVijf => (true, (i / 5 * LandelijkeOpties.MboOpleidingenPerVijf) + (i % 5)),
            _ => (false, (i / 5 * (5 - LandelijkeOpties.MboOpleidingenPerVijf)) + (i % 5) - LandelijkeOpties.MboOpleidingenPerVijf),
        };
        var random = new Random(unchecked((Opties.Seed * 1_000_003) + i));
        var code = LandelijkeCodes.AangebodenOpleidingCode(Opties.Seed, i);
        return mbo
            ? MboOpleiding(code, _mbo[nummer % _mbo.Count], random)
            : VoOpleiding(code, _vo[nummer % _vo.Count], random);
    }

    private AangebodenOpleiding MboOpleiding(Guid code, LandelijkeAanbieder aanbieder, Random random)
    {
        var crebo = Referentiedata.Opleidingserkenningen[random.Next(Referentiedata.Opleidingserkenningen.Count)];
        var leertraject = random.Next(3) == 0 ? "BBL" : "BOL";
        return MboOpleiding(code, aanbieder, crebo, leertraject, new DateOnly(2020 + random.Next(6), 8, 1), aanbieder.Locaties[random.Next(aanbieder.Locaties.Count)]);
    }

    private static AangebodenOpleiding MboOpleiding(Guid code, LandelijkeAanbieder aanbieder, Opleidingserkenning crebo, string leertraject, DateOnly begin, string? locatie = null)
    {
        var cohort = new AangebodenOpleidingCohort(
            $"{begin.Year + 1}-09-{leertraject}", "O",
            [new Kenmerk("opleidingsvorm", KenmerkType.Enumeratiewaarde, "KLASSIKAAL")],
            new DateOnly(begin.Year, 10, 1), new DateOnly(begin.Year + 1, 8, 31), null, null, new DateOnly(begin.Year + 1, 4, 1),
            "NEE", null, null, null, []);
        return new AangebodenOpleiding(
            code, AangebodenOpleidingSoort.Mbo, aanbieder.Code, locatie ?? aanbieder.Locaties[0],
            begin, begin.AddMonths(1), null, new OpleidingserkenningSleutel(crebo.Opleidingsstelsel, crebo.Opleidingscode), null, null,
            [new AangebodenOpleidingPeriode(begin, $"{crebo.Naam} {leertraject}", null, null, [])],
            [cohort], null, [], leertraject, crebo.Niveau, "NEE", "ALL");
    }

    private AangebodenOpleiding VoOpleiding(Guid code, LandelijkeAanbieder aanbieder, Random random)
    {
        var vak = Referentiedata.VoVakerkenningen[random.Next(Referentiedata.VoVakerkenningen.Count)];
        var begin = new DateOnly(2020 + random.Next(6), 8, 1);
        return new AangebodenOpleiding(
            code, AangebodenOpleidingSoort.VO, aanbieder.Code, aanbieder.Locaties[0], begin, null, null, null,
            new VoVakerkenningSleutel(vak.Opleidingsstelsel, vak.Opleidingscode, vak.Opleidingsniveau), null,
            [new AangebodenOpleidingPeriode(begin, vak.Naam, null, null, [])],
            [], null, [], null, null, null, null);
    }

    /// <summary>
    /// The route of VO school <paramref name="v"/>: with MBO aanbieder v mod the MBO count, a GLR (towards an MBO-2
    /// opleiding) for one school in four, else a DLR (towards MBO-3 or MBO-4), from 1 August 2020.
    /// </summary>
    private LandelijkeLeerroute Leerroute(LandelijkeAanbieder vo, int v)
    {
        var mbo = _mbo[v % _mbo.Count];
        var glr = v % 4 == 0;
        var crebo = Referentiedata.Opleidingserkenningen[(4 * (v % (CreboAantal / 4))) + (glr ? 1 : 2 + (v % 2))];
        var vak = Referentiedata.VoVakerkenningen.First(k => k.Opleidingscode == (2_000 + (v % IltCodes)).ToString(CultureInfo.InvariantCulture) && k.Opleidingsniveau == "VO-VMBO-KB");
        var code = glr ? LeerrouteCodes.Glr : LeerrouteCodes.Dlr;
        Kenmerk[] leerlijn = [new(Kenmerk.DoorlopendeLeerlijnVmboMbo, KenmerkType.Enumeratiewaarde, code)];
        AangebodenOpleidingPeriode Periode(string naam, string partner) =>
            new(LeerrouteVanaf, naam, null, null, [new(Kenmerk.SamenwerkendeOnderwijsaanbiedercode, KenmerkType.Tekst, partner)]);
        var mboOpleiding = MboOpleiding(LandelijkeCodes.AangebodenOpleidingCode(Opties.Seed, LeerrouteNummer + (2 * v)), mbo, crebo, "BOL", LeerrouteVanaf) with
        {
            Kenmerken = leerlijn,
            Perioden = [Periode($"{crebo.Naam} {code}", vo.Code)],
        };
        var voOpleiding = new AangebodenOpleiding(
            LandelijkeCodes.AangebodenOpleidingCode(Opties.Seed, LeerrouteNummer + (2 * v) + 1), AangebodenOpleidingSoort.VO, vo.Code, vo.Locaties[0], LeerrouteVanaf,
            null, null, null, new VoVakerkenningSleutel(vak.Opleidingsstelsel, vak.Opleidingscode, vak.Opleidingsniveau), null,
            [Periode($"{vak.Naam} {code}", mbo.Code)], [], null, leerlijn, null, null, null, null);
        return new LandelijkeLeerroute(mbo, vo, glr ? Leerroutesoort.GLR : Leerroutesoort.DLR, crebo.Opleidingscode, vak, mboOpleiding, voOpleiding);
    }

    private static Onderwijsbestuur NieuwBestuur(List<Onderwijsbestuur> besturen, string naam)
    {
        var i = besturen.Count;
        var bestuur = new Onderwijsbestuur(LandelijkeCodes.Bestuur(i), naam, LandelijkeCodes.KvkNummer(i), LandelijkeCodes.Oin(i), LandelijkeCodes.BevoegdGezagNummer(i));
        besturen.Add(bestuur);
        return bestuur;
    }

    private void VoegAanbiederToe(List<LandelijkeAanbieder> lijst, Onderwijsbestuur bestuur, List<ErkendeInstelling> instellingen, Sector sector, string naam, int locaties)
    {
        var brin = LandelijkeCodes.Brin(instellingen.Count);
        instellingen.Add(new ErkendeInstelling(brin, naam, sector, bestuur.Code, new DateOnly(1995, 8, 1), null));
        var code = LandelijkeCodes.Aanbieder(_mbo.Count + _vo.Count);
        var aanbieder = new Onderwijsaanbieder(code, bestuur.Code, InBedrijf, null,
            [new OnderwijsaanbiederPeriode(InBedrijf, naam, null, [])], [new JuridischeRelatie(brin, InBedrijf, null)], []);
        var codes = new List<string>();
        for (var l = 0; l < locaties; l++)
        {
            var k = _locaties.Count;
            var locatie = LandelijkeCodes.Locatie(k);
            codes.Add(locatie);
            var postcode = string.Create(CultureInfo.InvariantCulture, $"{1000 + (k * 7919 % 9000)}{(char)('A' + k % 26)}{(char)('A' + k / 26 % 26)}");
            _locaties.Add(new Onderwijslocatiegebruik(bestuur.Code, locatie, InBedrijf, null, new AanduidingAdres(postcode, 1 + (k % 200), null), null, null,
                [new JuridischeOnderwijslocatiegebruikRelatie(brin, InBedrijf, null)], []));
        }

        lijst.Add(new LandelijkeAanbieder(aanbieder, sector, bestuur.Oin, codes));
    }

    private static List<Opleidingserkenning> Crebos() =>
        [.. Enumerable.Range(0, CreboAantal).Select(i => new Opleidingserkenning(
            "CREBO", (23_000 + i).ToString(CultureInfo.InvariantCulture), $"Kwalificatie {23_000 + i}", $"MBO-{1 + (i % 4)}", new DateOnly(2016, 8, 1), null))];

    private static List<VoVakerkenning> Vakerkenningen() =>
        [.. Enumerable.Range(0, IltCodes).SelectMany(c => VoNiveaus.Select(n => new VoVakerkenning(
            "ILT", (2_000 + c).ToString(CultureInfo.InvariantCulture), n, $"Vak {2_000 + c} {n}", new DateOnly(2016, 8, 1), null)))];
}
