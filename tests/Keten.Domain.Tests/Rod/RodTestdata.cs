using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Leerroutes;
using Keten.Domain.Rod;

namespace Keten.Domain.Tests.Rod;

/// <summary>
/// An MBO institution (BRIN 25LZ, aanbieder 100A001 of board 100B001) and a VO school (BRIN 12AB, aanbieder 200A002 of
/// board 200B002) with a DLR gevestigd between them from 2021-08-01; enrolments built from there. Persons are
/// DUO-style test numbers: synthetic, with a valid check digit.
/// </summary>
internal static class RodTestdata
{
    public const string MboBestuur = "100B001";
    public const string VoBestuur = "200B002";
    public const string MboBrin = "25LZ";
    public const string VoBrin = "12AB";
    public const string MboAanbieder = "100A001";
    public const string VoAanbieder = "200A002";
    public const string AnderVoAanbieder = "200A003";
    public const string Mediavormgever = "25180";   // MBO-4
    public const string Verkoopmedewerker = "25181"; // MBO-2
    public const string Entree = "25182";           // MBO-1
    public const string Ilt = "0137";
    public const string VmboKb = "VO-VMBO-KB";

    public static readonly Persoonsnummer Leerling = Persoonsnummer.Bsn("999990019");
    public static readonly DateOnly RouteVanaf = new(2021, 8, 1);

    public static Referentiedata Referentie { get; } = new(
        [new(MboBestuur, "ROC Test", null, "00000001100000001000"), new(VoBestuur, "VO Test", null, "00000001200000002000")],
        [new(MboBrin, "ROC Test", Sector.MBO, MboBestuur, new(1996, 8, 1), null), new(VoBrin, "Scholengemeenschap Test", Sector.VO, VoBestuur, new(1990, 8, 1), null),
            new("13CD", "Andere VO-school", Sector.VO, "300B003", new(1990, 8, 1), null)],
        [new("CREBO", Mediavormgever, "Mediavormgever", "MBO-4", new(2016, 8, 1), null), new("CREBO", Verkoopmedewerker, "Verkoopmedewerker", "MBO-2", new(2016, 8, 1), null),
            new("CREBO", Entree, "Entree", "MBO-1", new(2016, 8, 1), null)],
        [new("ILT", Ilt, VmboKb, "vmbo kb techniek", new(2015, 8, 1), null)],
        []);

    public static Leerroute Dlr(LeerrouteStatus status = LeerrouteStatus.Gevestigd, string vo = VoAanbieder, DateOnly? tot = null) =>
        new(MboAanbieder, vo, LeerrouteCodes.Dlr, new Geldigheid(RouteVanaf, tot), status, status == LeerrouteStatus.Gevestigd ? null : LeerrouteZijde.VO, [], []);

    public static Leerroute Glr() => Dlr() with { Leerroutecode = LeerrouteCodes.Glr };

    public static Inschrijving Mbo(string volgnummer = "1", DateOnly? vanaf = null, string opleiding = Mediavormgever, string leertraject = "BOL",
        Leerroutesoort? leerroute = null, Leerroutefase? fase = null, bool bekostigbaar = true) =>
        new(Sector.MBO, MboBrin, Leerling, volgnummer, vanaf ?? new(2024, 8, 1), null, null, "04", null,
            [MboPeriode(vanaf ?? new(2024, 8, 1), opleiding, leertraject, leerroute, fase, bekostigbaar)], [], []);

    public static Inschrijvingsperiode MboPeriode(DateOnly begin, string opleiding = Mediavormgever, string leertraject = "BOL",
        Leerroutesoort? leerroute = null, Leerroutefase? fase = null, bool bekostigbaar = true) =>
        new(begin, opleiding, null, bekostigbaar, MboAanbieder, Leertraject: leertraject, Leerroute: leerroute, Leerroutefase: fase);

    public static Inschrijving Vo(string volgnummer = "1", DateOnly? vanaf = null, int leerjaar = 3, Leerroutesoort? kenmerk = null, Leerroutefase? fase = null,
        string brin = VoBrin, string aanbieder = VoAanbieder) =>
        new(Sector.VO, brin, Leerling, volgnummer, vanaf ?? new(2024, 8, 1), null, null, null, null,
            [VoPeriode(vanaf ?? new(2024, 8, 1), leerjaar, kenmerk, fase, aanbieder)], [], []);

    public static Inschrijvingsperiode VoPeriode(DateOnly begin, int leerjaar = 3, Leerroutesoort? kenmerk = null, Leerroutefase? fase = null, string aanbieder = VoAanbieder) =>
        new(begin, Ilt, VmboKb, true, aanbieder, Leerjaar: leerjaar, Leerroute: kenmerk, Leerroutefase: fase);

    public static InschrijvingContext Context(string bestuur = MboBestuur, Inschrijving? bestaand = null, IReadOnlyList<Inschrijving>? anderen = null,
        IReadOnlyList<Leerroute>? leerroutes = null, DateOnly? vandaag = null) =>
        new(bestuur, Referentie, bestaand, anderen ?? [],
            new Dictionary<string, string> { [MboAanbieder] = MboBestuur, [VoAanbieder] = VoBestuur, [AnderVoAanbieder] = "300B003" },
            new HashSet<string>(), new Dictionary<Guid, AangebodenOpleiding>(), leerroutes ?? [Dlr()], vandaag ?? new(2024, 8, 5));

    public static IEnumerable<string> Codes(InschrijvingBeoordeling b) => b.Foutmeldingen.Select(f => f.Foutcode);
}
