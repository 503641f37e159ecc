using Keten.Domain.Bekostiging;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;

namespace Keten.Server.Tests.Bekostiging;

/// <summary>
/// A small TBG-i of MBO instelling 25LZ for funding year 2026 (and of VO school 12AB for 2025), made by the real funding
/// determination from students that exercise every group of the layout: BOL, BBL with its BPV, an enrolment without
/// teldata, a leerroute, an onderwijsnummer, an unknown birth date, diplomas with and without an earlier one.
/// Persons are synthetic test numbers with a valid check digit.
/// </summary>
internal static class TbgiVoorbeeld
{
    public const string MboBrin = "25LZ";
    public const string VoBrin = "12AB";
    public static readonly DateTimeOffset Bepaald = new(2025, 11, 21, 9, 42, 29, TimeSpan.Zero);

    public static readonly Persoonsnummer Bol = Persoonsnummer.Bsn("999990019");
    public static readonly Persoonsnummer Bbl = Persoonsnummer.Bsn("999990020");
    public static readonly Persoonsnummer ZonderTeldata = Persoonsnummer.Onderwijsnummer("100000007");
    public static readonly Persoonsnummer Leerroute = Persoonsnummer.Bsn("999990032");
    public static readonly Persoonsnummer Gediplomeerd = Persoonsnummer.Bsn("999990044");

    public static Referentiedata Referentie { get; } = new([], [],
        [
            new("CREBO", "25180", "Mediavormgever", "MBO-4", new(2016, 8, 1), null),
            new("CREBO", "25181", "Verkoopmedewerker", "MBO-2", new(2016, 8, 1), null, Prijsfactor: 1.25m),
            new("CREBO", "25184", "Specialist", "MBO-4", new(2016, 8, 1), null, Specialist: true),
        ],
        [], []);

    public static Tbgi Mbo()
    {
        var opdracht = new Bekostigingsopdracht(Sector.MBO, 2026, Bepaald, Statusbepaling.Voorlopig);
        var regels = Studenten().Select(s => Bekostigingsbepaling.Bepaal(s, opdracht, Referentie)).ToList();
        return new Tbgi(Sector.MBO, MboBrin, 2026, new(2025, 11, 21),
            [.. regels.SelectMany(r => r.Inschrijvingen).Where(i => i.Brin == MboBrin)], [.. regels.SelectMany(r => r.Diplomas).Where(d => d.Brin == MboBrin)]);
    }

    public static Tbgi Vo()
    {
        var opdracht = new Bekostigingsopdracht(Sector.VO, 2025, Bepaald, Statusbepaling.Definitief);
        var regels = Studenten().Select(s => Bekostigingsbepaling.Bepaal(s, opdracht, Referentie)).ToList();
        return new Tbgi(Sector.VO, VoBrin, 2025, new(2025, 11, 21), [.. regels.SelectMany(r => r.Inschrijvingen).Where(i => i.Brin == VoBrin)], []);
    }

    private static IEnumerable<Bekostigingsstudent> Studenten()
    {
        var begin = new DateOnly(2024, 8, 1);
        yield return new(Bol, new(2007, 5, 3), [MboInschrijving(Bol, "1", begin, "25180", "BOL")]);
        yield return new(Bbl, null,
        [
            MboInschrijving(Bbl, "A1", begin, "25181", "BBL") with
            {
                DatumUitschrijvingGepland = new(2026, 7, 31),
                Bpvs = [new("B1", new(2024, 9, 15), new(2024, 10, 1), new(2025, 6, 30), null, "100000001", 800, "25181")],
            },
        ]);
        yield return new(ZonderTeldata, new(2006, 1, 1), [MboInschrijving(ZonderTeldata, "7", new(2024, 10, 2), "25180", "BOL") with { DatumUitschrijvingWerkelijk = new(2025, 1, 31) }]);
        yield return new(Leerroute, new(2009, 2, 2),
        [
            MboInschrijving(Leerroute, "2", begin, "25180", "BOL") with
            {
                Perioden = [new(begin, "25180", null, true, "100A001", "BOL", Leerroute: Leerroutesoort.DLR, Leerroutefase: Leerroutefase.VO)],
            },
            new(Sector.VO, VoBrin, Leerroute, "9", begin, null, null, null, null,
                [new(begin, "0137", "VO-VMBO-KB", true, "200A002", Leerjaar: 3, Leerroute: Leerroutesoort.DLR, Leerroutefase: Leerroutefase.VO)], [], []),
        ]);
        yield return new(Gediplomeerd, new(2004, 8, 1),
        [
            MboInschrijving(Gediplomeerd, "3", new(2021, 8, 1), "25180", "BOL") with
            {
                DatumUitschrijvingWerkelijk = new(2024, 6, 28), Diplomas = [new("R1", "25180", new(2024, 6, 28), true)],
            },
            MboInschrijving(Gediplomeerd, "4", new(2024, 6, 29), "25184", "BOL") with
            {
                DatumUitschrijvingWerkelijk = new(2024, 12, 20), Diplomas = [new("R2", "25184", new(2024, 12, 20), true)],
            },
        ]);
    }

    private static Inschrijving MboInschrijving(Persoonsnummer persoon, string volgnummer, DateOnly begin, string opleiding, string leertraject) =>
        new(Sector.MBO, MboBrin, persoon, volgnummer, begin, new(2027, 7, 31), null, "04", null,
            [new(begin, opleiding, null, true, "100A001", leertraject)], [], []);
}
