using Keten.Domain.Bekostiging;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using Keten.Domain.Vsv;
using static Keten.Domain.Tests.Rod.RodTestdata;

namespace Keten.Domain.Tests.Vsv;

/// <summary>
/// Who is a new voortijdig schoolverlater between 1 October 2024 and 1 October 2025 (domain.md §8, rule 40), with the
/// days on both sides of every boundary: the 23rd birthday, the peildata, the diploma's level, the fase of a leerroute.
/// </summary>
public sealed class VsvbepalingTests
{
    private static readonly Vsvmeting Meting = new(2024);
    private static readonly DateOnly Vertrek = new(2025, 3, 14);
    private static readonly DateOnly Geboren = new(2008, 5, 4);

    private static readonly Referentiedata MetRegio = Rod.RodTestdata.Referentie with
    {
        ErkendeInstellingen = [.. Rod.RodTestdata.Referentie.ErkendeInstellingen.Select(i => i with { Gemeentecode = i.Sector == Sector.VO ? "0310" : "0344" })],
        Gemeenten = [new("0344", "Utrecht", "17"), new("0310", "De Bilt", "17")],
        RmcRegios = [new("17", "Utrecht")],
    };

    [Theory]
    [InlineData(2001, 9, 30, Vsvredenen.Vanaf23)]
    [InlineData(2001, 10, 1, Vsvredenen.Vanaf23)]
    [InlineData(2001, 10, 2, Vsvredenen.ZonderDiploma)]
    public void A_leaver_counts_only_while_under_23_on_peildatum_t_so_not_from_the_23rd_birthday(int jaar, int maand, int dag, string verwacht)
    {
        var beoordeling = Beoordeel(new DateOnly(jaar, maand, dag), Vertrokken(Mbo()));

        Assert.Equal(verwacht, beoordeling!.Redencode);
        Assert.Equal(verwacht == Vsvredenen.ZonderDiploma, beoordeling.IsVsv);
        Assert.Equal(verwacht == Vsvredenen.ZonderDiploma, beoordeling.InNoemer);
    }

    [Fact]
    public void Enrolled_until_30_september_is_not_measured_and_until_1_october_is()
    {
        Assert.Null(Beoordeel(Geboren, Mbo() with { DatumUitschrijvingWerkelijk = new(2024, 9, 30) }));
        Assert.Equal(Vsvredenen.ZonderDiploma, Beoordeel(Geboren, Mbo() with { DatumUitschrijvingWerkelijk = new(2024, 10, 1) })!.Redencode);
    }

    [Fact]
    public void A_student_enrolled_from_2_october_t_is_not_measured()
    {
        Assert.Null(Beoordeel(Geboren, Mbo(vanaf: new(2024, 10, 2))));
    }

    [Fact]
    public void Enrolled_again_elsewhere_on_1_october_t_plus_1_is_no_vsv_but_from_2_october_is()
    {
        var vertrokken = Vertrokken(Mbo());

        var opTijd = Beoordeel(Geboren, vertrokken, Vo("9", new(2025, 10, 1), leerjaar: 4, brin: "13CD"));
        var teLaat = Beoordeel(Geboren, vertrokken, Vo("9", new(2025, 10, 2), leerjaar: 4, brin: "13CD"));

        Assert.Equal(Vsvredenen.WeerIngeschreven, opTijd!.Redencode);
        Assert.Equal(Vsvredenen.ZonderDiploma, teLaat!.Redencode);
    }

    [Fact]
    public void Still_enrolled_on_1_october_t_plus_1_and_leaving_that_day_is_no_vsv()
    {
        var beoordeling = Beoordeel(Geboren, Mbo() with { DatumUitschrijvingWerkelijk = Meting.VolgendePeildatum });

        Assert.Equal(Vsvredenen.WeerIngeschreven, beoordeling!.Redencode);
    }

    [Fact]
    public void An_mbo_1_diploma_is_no_startkwalificatie_and_an_mbo_2_diploma_is()
    {
        var entree = MetDiploma(Mbo(opleiding: Entree), Entree);
        var basisberoep = MetDiploma(Mbo(opleiding: Verkoopmedewerker), Verkoopmedewerker);

        Assert.Equal(Vsvredenen.DiplomaOnderStartkwalificatie, Beoordeel(Geboren, entree)!.Redencode);
        Assert.True(Beoordeel(Geboren, entree)!.IsVsv);
        Assert.Equal(Vsvredenen.MboDiploma, Beoordeel(Geboren, basisberoep)!.Redencode);
        Assert.False(Beoordeel(Geboren, basisberoep)!.IsVsv);
    }

    [Fact]
    public void An_earlier_mbo_2_diploma_of_another_enrolment_is_a_startkwalificatie()
    {
        var eerder = MetDiploma(Mbo("0", new(2022, 8, 1), Verkoopmedewerker), Verkoopmedewerker, new(2024, 7, 15));

        var beoordeling = Beoordeel(Geboren, eerder, Vertrokken(Mbo(opleiding: Mediavormgever)));

        Assert.Equal(Vsvredenen.MboDiploma, beoordeling!.Redencode);
    }

    [Fact]
    public void A_havo_diploma_is_a_startkwalificatie()
    {
        var havo = Havo(5, new(2025, 7, 31)) with { Diplomas = [new Diploma("H1", "0150", new(2025, 7, 31), true)] };

        Assert.Equal(Vsvredenen.HavoVwoDiploma, Beoordeel(Geboren, havo)!.Redencode);
    }

    [Theory]
    [InlineData(5, 5, 31, Vsvredenen.ZonderDiploma)]
    [InlineData(5, 6, 1, Vsvredenen.HavoVwoExamenjaarAfgerond)]
    [InlineData(5, 7, 31, Vsvredenen.HavoVwoExamenjaarAfgerond)]
    [InlineData(4, 7, 31, Vsvredenen.ZonderDiploma)]
    public void Leaving_havo_after_the_examenjaar_in_the_summer_counts_as_a_havo_diploma_as_keten_holds_no_vo_diplomas(int leerjaar, int maand, int dag, string verwacht)
    {
        var beoordeling = Beoordeel(Geboren, Havo(leerjaar, new DateOnly(2025, maand, dag)));

        Assert.Equal(verwacht, beoordeling!.Redencode);
    }

    [Fact]
    public void A_leerroute_pupil_in_fase_vo_is_attributed_to_the_vo_school_and_in_fase_mbo_to_the_mbo_institution()
    {
        var inFaseVo = Beoordeel(Geboren,
            Vertrokken(Vo(leerjaar: 3, kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.VO)),
            Vertrokken(Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO)));
        var inFaseMbo = Beoordeel(Geboren,
            Vertrokken(Vo(leerjaar: 4, kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.MBO)),
            Vertrokken(Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.MBO)));

        Assert.Equal((VoBrin, "17", Vsvredenen.ZonderDiploma), (inFaseVo!.Verantwoordelijke.Brin, inFaseVo.RmcRegio, inFaseVo.Redencode));
        Assert.Equal((MboBrin, "17", Vsvredenen.ZonderDiploma), (inFaseMbo!.Verantwoordelijke.Brin, inFaseMbo.RmcRegio, inFaseMbo.Redencode));
    }

    [Fact]
    public void An_unknown_birth_date_is_listed_apart_and_counted_in_neither_the_vsv_nor_the_denominator()
    {
        var beoordeling = Beoordeel(null, Vertrokken(Mbo()));

        Assert.Equal((Vsvredenen.LeeftijdOnbekend, Leeftijdsgroep.Onbekend), (beoordeling!.Redencode, beoordeling.Leeftijd));
        Assert.False(beoordeling.IsVsv);
        Assert.False(beoordeling.InNoemer);
    }

    [Fact]
    public void The_report_counts_per_institution_and_region_with_the_denominator_and_the_leavers()
    {
        var telling = new Vsvtelling(Meting, null);
        var studenten = new[]
        {
            Student(Geboren, Vertrokken(Mbo())),
            Student(Geboren, Mbo()),
            Student(Geboren, Mbo()),
            Student(Geboren, Mbo()),
            Student(null, Vertrokken(Mbo())),
            Student(new(1990, 1, 1), Vertrokken(Mbo())),
            Student(Geboren, Vertrokken(Vo(leerjaar: 4))),
        };
        foreach (var student in studenten)
        {
            telling.Tel(Vsvbepaling.Bepaal(student, Meting, MetRegio)!);
        }

        var rapport = telling.Rapport(MetRegio, null);

        var mbo = Assert.Single(rapport.Instellingen, i => i.Brin == MboBrin);
        Assert.Equal((4, 1, 25.00m, 1), (mbo.Deelnemers, mbo.Vsv, mbo.Percentage, mbo.LeeftijdOnbekend));
        Assert.Equal([Vsvredenen.ZonderDiploma, Vsvredenen.LeeftijdOnbekend], mbo.Verlaters.Select(v => v.Redencode));
        Assert.Equal(1, mbo.PerReden[Vsvredenen.Vanaf23]);
        var regio = Assert.Single(rapport.Regios);
        Assert.Equal(("17", "Utrecht", 2, 5, 2, 40.00m), (regio.Code, regio.Naam, regio.Instellingen, regio.Deelnemers, regio.Vsv, regio.Percentage));
    }

    [Fact]
    public void An_institution_asked_for_is_shown_without_students_and_one_not_asked_for_is_left_out()
    {
        var telling = new Vsvtelling(Meting, [VoBrin]);
        telling.Tel(Vsvbepaling.Bepaal(Student(Geboren, Vertrokken(Mbo())), Meting, MetRegio)!);

        var instelling = Assert.Single(telling.Rapport(MetRegio, null).Instellingen);
        Assert.Equal((VoBrin, "17", 0, 0, (decimal?)null), (instelling.Brin, instelling.RmcRegio, instelling.Deelnemers, instelling.Vsv, instelling.Percentage));
    }

    private static Vsvbeoordeling? Beoordeel(DateOnly? geboortedatum, params Inschrijving[] inschrijvingen) =>
        Vsvbepaling.Bepaal(Student(geboortedatum, inschrijvingen), Meting, MetRegio);

    private static Bekostigingsstudent Student(DateOnly? geboortedatum, params Inschrijving[] inschrijvingen) => new(Leerling, geboortedatum, inschrijvingen);

    private static Inschrijving Vertrokken(Inschrijving inschrijving) => inschrijving with { DatumUitschrijvingWerkelijk = Vertrek };

    private static Inschrijving MetDiploma(Inschrijving inschrijving, string opleiding, DateOnly? op = null) => inschrijving with
    {
        DatumUitschrijvingWerkelijk = op ?? Vertrek,
        Diplomas = [new Diploma("D1", opleiding, op ?? Vertrek, true)],
    };

    private static Inschrijving Havo(int leerjaar, DateOnly einde) => Vo(leerjaar: leerjaar) with
    {
        DatumUitschrijvingWerkelijk = einde,
        Perioden = [new Inschrijvingsperiode(new(2024, 8, 1), "0150", "VO-HAVO", true, VoAanbieder, Leerjaar: leerjaar)],
    };
}
