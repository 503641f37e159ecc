using Keten.Domain.Bekostiging;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using Keten.Domain.Tests.Rod;
using static Keten.Domain.Tests.Rod.RodTestdata;

namespace Keten.Domain.Tests.Bekostiging;

/// <summary>
/// MBO funding year 2026 (teldata 1 October 2024 and 1 February 2025, diplomas of 2024) and VO funding year 2025 (1 October
/// 2024), over the ROD test data with a few more CREBO recognitions: a vak opleiding with prijsfactor 1.25 and a specialist.
/// </summary>
internal static class BekostigingTestdata
{
    public const string Vakopleiding = "25183";  // MBO-3, prijsfactor 1.25
    public const string Specialist = "25184";    // MBO-4 specialist
    public const string Specialist2 = "25185";   // MBO-4 specialist
    public const string Verzorgende = "25655";

    public static readonly DateOnly EenOktober = new(2024, 10, 1);
    public static readonly DateOnly EenFebruari = new(2025, 2, 1);
    public static readonly DateTimeOffset Bepaald = new(2025, 11, 21, 10, 42, 29, TimeSpan.FromHours(1));

    public static Bekostigingsopdracht MboJaar { get; } = new(Sector.MBO, 2026, Bepaald, Statusbepaling.Voorlopig);

    public static Bekostigingsopdracht VoJaar { get; } = new(Sector.VO, 2025, Bepaald, Statusbepaling.Voorlopig);

    public static Referentiedata Referentiegegevens { get; } = RodTestdata.Referentie with
    {
        Opleidingserkenningen =
        [
            .. RodTestdata.Referentie.Opleidingserkenningen,
            new("CREBO", Vakopleiding, "Vakopleiding", "MBO-3", new(2016, 8, 1), null, Prijsfactor: 1.25m),
            new("CREBO", Specialist, "Specialist", "MBO-4", new(2016, 8, 1), null, Specialist: true),
            new("CREBO", Specialist2, "Tweede specialist", "MBO-4", new(2016, 8, 1), null, Specialist: true),
            new("CREBO", Verzorgende, "Verzorgende IG", "MBO-3", new(2016, 8, 1), null, Vws: true),
        ],
    };

    public static Studentbekostiging Mbo2026(params Inschrijving[] inschrijvingen) =>
        Bekostigingsbepaling.Bepaal(Student(inschrijvingen), MboJaar, Referentiegegevens);

    public static Studentbekostiging Vo2025(params Inschrijving[] inschrijvingen) =>
        Bekostigingsbepaling.Bepaal(Student(inschrijvingen), VoJaar, Referentiegegevens);

    public static Bekostigingsstudent Student(IReadOnlyList<Inschrijving> inschrijvingen, DateOnly? geboortedatum = null) =>
        new(Leerling, geboortedatum ?? new DateOnly(2008, 3, 15), inschrijvingen);

    public static Bpv Bpv(string volgnummer, DateOnly afsluitdatum, DateOnly? begin = null) =>
        new(volgnummer, afsluitdatum, begin ?? afsluitdatum, new(2026, 7, 31), null, "100000001", 800, Mediavormgever);

    public static Diploma Diploma(string volgnummer, string opleiding, DateOnly datum, bool bekostigbaar = true) => new(volgnummer, opleiding, datum, bekostigbaar);

    /// <summary>An MBO enrolment from <paramref name="van"/> to the diploma's day, with the diploma.</summary>
    public static Inschrijving MetDiploma(string volgnummer, string opleiding, DateOnly van, DateOnly behaald, bool bekostigbaar = true) =>
        Mbo(volgnummer, van, opleiding) with { DatumUitschrijvingWerkelijk = behaald, Diplomas = [Diploma("D" + volgnummer, opleiding, behaald, bekostigbaar)] };

    public static TbgiTeldatum? Op(this Studentbekostiging b, string volgnummer, DateOnly teldatum) =>
        b.Inschrijvingen.Single(i => i.Inschrijvingvolgnummer == volgnummer).Teldata.SingleOrDefault(t => t.Teldatum == teldatum);

    public static TbgiInschrijving Regel(this Studentbekostiging b, string volgnummer) => b.Inschrijvingen.Single(i => i.Inschrijvingvolgnummer == volgnummer);
}
