using System.Globalization;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Regels;
using static Keten.Domain.Tests.Rio.AangebodenOpleidingBuilder;

namespace Keten.Domain.Tests.Rio;

public class AangebodenOpleidingRegelsTests
{
    private static readonly Referentiedata Referentie = new(
        [new Onderwijsbestuur("100B001", "ROC", null, "00000001000000000001"), new Onderwijsbestuur("200B001", "VO", null, "00000001000000000002")],
        [new ErkendeInstelling("99MA", "ROC", Sector.MBO, "100B001", new DateOnly(1996, 8, 1), null), new ErkendeInstelling("99VA", "VO", Sector.VO, "200B001", new DateOnly(1996, 8, 1), null)],
        [
            new Opleidingserkenning("CREBO", "25180", "Mediavormgever", "MBO-4", new DateOnly(2016, 8, 1), null),
            new Opleidingserkenning("CREBO", "25655", "Verkoopmedewerker", "MBO-2", new DateOnly(2016, 8, 1), null),
            new Opleidingserkenning("CREBO", "25250", "Assistent dienstverlening en zorg", "MBO-1", new DateOnly(2016, 8, 1), null),
        ],
        [new VoVakerkenning("ILT", "0137", "VO-VMBO-KB", "kader techniek", new DateOnly(2020, 8, 1), null)],
        []);

    private static readonly Onderwijsaanbieder MboAanbieder = new("110A001", "100B001", new DateOnly(2000, 1, 1), null, [], [], []);
    private static readonly Onderwijsaanbieder VoAanbieder = new("210A001", "200B001", new DateOnly(2000, 1, 1), null, [], [], []);

    private static IReadOnlyList<string> Codes(AangebodenOpleiding ao, string bestuur = "100B001", AangebodenOpleiding? bestaand = null)
    {
        var aanbieder = ao.Onderwijsaanbiedercode == VoAanbieder.Onderwijsaanbiedercode ? VoAanbieder : ao.Onderwijsaanbiedercode == MboAanbieder.Onderwijsaanbiedercode ? MboAanbieder : null;
        var ctx = new AangebodenOpleidingContext(bestuur, Referentie, bestaand, aanbieder,
            new HashSet<string> { "110A001", "210A001" }, new HashSet<string> { "110X001" }, null);
        return [.. AangebodenOpleidingRegels.Controleer(ao, ctx).Select(f => f.Foutcode)];
    }

    [Fact]
    public void Valid_mbo_offering_with_dlr_is_accepted() =>
        Assert.Empty(Codes(Mbo().MetLeerroute(Dlr, (Augustus2021, ["210A001"]))));

    [Fact]
    public void Valid_vo_offering_with_dlr_is_accepted() =>
        Assert.Empty(Codes(VO().MetLeerroute(Dlr, (Augustus2021, ["110A001"])), "200B001"));

    [Fact]
    public void Glr_with_mbo4_offering_is_refused_with_KTN011() =>
        Assert.Equal(["KTN011"], Codes(Mbo().MetLeerroute(Glr, (Augustus2021, ["210A001"]))));

    [Fact]
    public void Glr_with_mbo2_offering_is_accepted() =>
        Assert.Empty(Codes(Mbo(crebo: "25655", niveau: "MBO-2").MetLeerroute(Glr, (Augustus2021, ["210A001"]))));

    [Fact]
    public void Dlr_on_entree_offering_is_refused_with_KTN010() =>
        Assert.Equal(["KTN010"], Codes(Mbo(crebo: "25250", niveau: "MBO-1").MetLeerroute(Dlr, (Augustus2021, ["210A001"]))));

    [Fact]
    public void Leerroute_on_offering_that_ended_before_august_2020_is_refused_with_K01051()
    {
        var oud = Mbo().MetLeerroute(Dlr, (new DateOnly(2018, 8, 1), ["210A001"]))
            .Met(ao => ao with { Begindatum = new DateOnly(2018, 8, 1), Einddatum = new DateOnly(2020, 7, 31) });
        Assert.Equal(["K01051"], Codes(oud));
    }

    [Fact]
    public void Unknown_leerroute_value_is_refused_with_K01050() =>
        Assert.Equal(["K01050"], Codes(Mbo().MetLeerroute("DLR_VMBO_HBO", (Augustus2021, ["210A001"]))));

    [Fact]
    public void Leerroute_as_text_instead_of_enumeratiewaarde_is_refused_with_K01060() =>
        Assert.Equal(["K01060"], Codes(Mbo().Met(ao => ao with { Kenmerken = [new Kenmerk(Kenmerk.DoorlopendeLeerlijnVmboMbo, KenmerkType.Tekst, Dlr)] })));

    [Fact]
    public void Kenmerk_unknown_to_the_specialisation_is_refused_with_K01030() =>
        Assert.Equal(["K01030"], Codes(Mbo().Met(ao => ao with { Kenmerken = [new Kenmerk("doorlopendeLeerlijnBoVo", KenmerkType.Enumeratiewaarde, "X")] })));

    [Fact]
    public void Leerroute_kenmerk_twice_is_refused_with_K01020() =>
        Assert.Contains("K01020", Codes(Mbo().Met(ao => ao with
        {
            Kenmerken = [new Kenmerk(Kenmerk.DoorlopendeLeerlijnVmboMbo, KenmerkType.Enumeratiewaarde, Dlr), new Kenmerk(Kenmerk.DoorlopendeLeerlijnVmboMbo, KenmerkType.Enumeratiewaarde, Glr)],
        })));

    [Fact]
    public void Einddatum_before_begindatum_is_refused_with_N09010() =>
        Assert.Equal(["N09010"], Codes(Mbo().Met(ao => ao with { Einddatum = ao.Begindatum.AddDays(-1) })));

    [Fact]
    public void Same_samenwerkende_aanbieder_twice_in_a_period_is_refused_with_N10060() =>
        Assert.Equal(["N10060"], Codes(Mbo().MetLeerroute(Dlr, (Augustus2021, ["210A001", "210A001"]))));

    [Fact]
    public void Unknown_samenwerkende_aanbieder_is_refused_with_N10410() =>
        Assert.Equal(["N10410"], Codes(Mbo().MetLeerroute(Dlr, (Augustus2021, ["999A999"]))));

    [Fact]
    public void Unknown_crebo_is_refused_with_A01080() =>
        Assert.Equal(["A01080"], Codes(Mbo(crebo: "99999")));

    [Fact]
    public void Crebo_offered_by_a_board_without_mbo_recognition_is_refused_with_A01081() =>
        Assert.Equal(["A01081"], Codes(Mbo(aanbieder: "210A001"), "200B001"));

    [Fact]
    public void Unknown_location_is_refused_with_A01060() =>
        Assert.Equal(["A01060"], Codes(Mbo().Met(ao => ao with { Onderwijslocatiecode = "999X999" })));

    [Fact]
    public void Offering_of_another_boards_aanbieder_is_refused_with_AUT401() =>
        Assert.Equal(["AUT401"], Codes(Mbo(), bestuur: "200B001"));

    [Fact]
    public void Unknown_leertraject_is_refused_with_N09030() =>
        Assert.Equal(["N09030"], Codes(Mbo().Met(ao => ao with { LeertrajectMbo = "XYZ" })));

    [Fact]
    public void Leertraject_that_ended_in_2016_is_refused_with_N09030() =>
        Assert.Equal(["N09030"], Codes(Mbo().Met(ao => ao with { LeertrajectMbo = "CBL" })));

    [Fact]
    public void First_period_not_starting_at_begindatum_is_refused_with_N10050() =>
        Assert.Equal(["N10050"], Codes(Mbo().MetLeerroute(Dlr, (Augustus2022, ["210A001"]))));

    [Fact]
    public void Changing_the_aanbieder_of_an_existing_offering_is_refused_with_N09450()
    {
        var bestaand = Mbo().Bouw();
        var verhuisd = bestaand with { Onderwijsaanbiedercode = "110A001" };
        Assert.Empty(Codes(verhuisd, bestaand: bestaand));
        Assert.Equal(["N09450"], Codes(verhuisd, bestaand: bestaand with { Onderwijsaanbiedercode = "110A002" }));
    }

    [Fact]
    public void Changing_the_crebo_of_an_existing_mbo_offering_is_refused_with_N09450()
    {
        var bestaand = Mbo().Bouw();
        Assert.Empty(Codes(bestaand with { Perioden = [bestaand.Perioden[0] with { EigenNaamAangebodenOpleiding = "Nieuwe naam" }] }, bestaand: bestaand));
        Assert.Equal(["N09450"], Codes(bestaand with { OpleidingserkenningSleutel = new OpleidingserkenningSleutel("CREBO", "25655"), MboNiveau = "MBO-2" }, bestaand: bestaand));
    }

    [Fact]
    public void Changing_the_vakerkenning_of_an_existing_vo_offering_is_refused_with_N09450()
    {
        var bestaand = VO().Bouw();
        Assert.Empty(Codes(bestaand, "200B001", bestaand));
        Assert.Equal(["N09450"], Codes(bestaand with { VoVakerkenningSleutel = new VoVakerkenningSleutel("ILT", "0137", "VO-VMBO-BB") }, "200B001", bestaand));
    }

    [Theory]
    [InlineData("TECHNASIUM", true)]
    [InlineData("TECHNASIUMM", false)]
    [InlineData("technasium", false)]
    public void A_vo_opleidingskenmerk_must_be_in_DUOs_value_list_K01050(string waarde, bool goed) =>
        Assert.Equal(goed ? [] : ["K01050"], Codes(VoMetKenmerk(waarde, new DateOnly(2021, 8, 1), null), "200B001"));

    [Theory]
    [InlineData("2021-08-01", true)]
    [InlineData("2021-08-02", true)]
    [InlineData("2021-07-31", false)]
    public void Praktijkgericht_programma_valid_from_1_August_2021_needs_an_offering_living_on_that_day_K01051(string einddatum, bool goed) =>
        Assert.Equal(goed ? [] : ["K01051"], Codes(VoMetKenmerk("PRAKTIJKGERICHT_PROGRAMMA", new DateOnly(2020, 8, 1), DateOnly.Parse(einddatum, System.Globalization.CultureInfo.InvariantCulture).AddDays(1)), "200B001"));

    [Theory]
    [InlineData("2021-07-31", true)]
    [InlineData("2021-08-01", true)]
    [InlineData("2021-08-02", false)]
    public void Kunskapsskolan_valid_until_1_August_2021_is_refused_on_an_offering_starting_after_it_K01051(string begindatum, bool goed) =>
        Assert.Equal(goed ? [] : ["K01051"], Codes(VoMetKenmerk("KUNSKAPSSKOLAN", DateOnly.Parse(begindatum, System.Globalization.CultureInfo.InvariantCulture), null), "200B001"));

    [Fact]
    public void A_doorlopende_leerlijn_bo_vo_outside_its_value_list_is_refused_with_K01050() =>
        Assert.Equal(["K01050"], Codes(VO().Met(ao => ao with { Kenmerken = [new Kenmerk("doorlopendeLeerlijnBoVo", KenmerkType.Enumeratiewaarde, "DLR_VMBO_MBO")] }), "200B001"));

    /// <summary>A VO offering from <paramref name="begin"/> to <paramref name="eind"/> (exclusive) with one opleidingskenmerk.</summary>
    private static AangebodenOpleiding VoMetKenmerk(string waarde, DateOnly begin, DateOnly? eind) => VO().Met(ao => ao with
    {
        Begindatum = begin,
        Einddatum = eind,
        Perioden = [ao.Perioden[0] with { Begindatum = begin }],
        Kenmerken = [new Kenmerk("opleidingskenmerk", KenmerkType.Enumeratiewaarde, waarde)],
    });

    [Fact]
    public void All_violations_are_reported_at_once()
    {
        var fout = Mbo(crebo: "99999").MetLeerroute(Dlr, (Augustus2021, ["999A999"])).Met(ao => ao with { LeertrajectMbo = "XYZ", Onderwijslocatiecode = "999X999" });
        Assert.Equal(["A01060", "A01080", "N09030", "N10410"], Codes(fout).Order());
    }

    private static AangebodenOpleidingCohort Cohort(params Kenmerk[] kenmerken) => new("2025-A", "O", kenmerken,
        new DateOnly(2024, 10, 1), new DateOnly(2025, 8, 25), null, null, null, "NEE", null, null, null, []);

    private static readonly Kenmerk Klassikaal = new("opleidingsvorm", KenmerkType.Enumeratiewaarde, "KLASSIKAAL");

    [Fact]
    public void Unknown_vo_vakerkenning_is_refused_with_A01090() =>
        Assert.Equal(["A01090"], Codes(VO().Met(ao => ao with { VoVakerkenningSleutel = new VoVakerkenningSleutel("ILT", "9999", "VO-VMBO-KB") }), "200B001"));

    [Fact]
    public void Unknown_mbo_niveau_is_refused_with_N09060() =>
        Assert.Equal(["N09060"], Codes(Mbo().Met(ao => ao with { MboNiveau = "MBO-5" })));

    [Fact]
    public void Unknown_toelatingseisen_is_refused_with_N09070() =>
        Assert.Equal(["N09070"], Codes(Mbo().Met(ao => ao with { Toelatingseisen = "MISSCHIEN" })));

    [Fact]
    public void Unknown_toegankelijkheid_is_refused_with_N09080() =>
        Assert.Equal(["N09080"], Codes(Mbo().Met(ao => ao with { Toegankelijkheid = "NIEMAND" })));

    [Fact]
    public void Eerste_instroom_after_einddatum_is_refused_with_N09090() =>
        Assert.Equal(["N09090"], Codes(Mbo().Met(ao => ao with { EersteInstroomDatum = new DateOnly(2030, 1, 1), Einddatum = new DateOnly(2029, 8, 1) })));

    [Fact]
    public void Offering_starting_before_the_aanbieder_is_in_bedrijf_is_refused_with_N09430() =>
        Assert.Equal(["N09430"], Codes(Mbo().Met(ao => ao with { Begindatum = new DateOnly(1999, 8, 1), Perioden = [ao.Perioden[0] with { Begindatum = new DateOnly(1999, 8, 1) }] })));

    [Theory]
    [InlineData("2030-07-31", true)]
    [InlineData("2030-08-01", true)]
    [InlineData("2030-08-02", false)]
    [InlineData(null, true)]
    public void An_offering_of_an_aanbieder_going_uit_bedrijf_must_end_by_then_an_open_einddatum_ends_with_it(string? einddatum, bool aanvaard)
    {
        var ao = Mbo().Met(o => o with { Einddatum = einddatum is null ? null : DateOnly.Parse(einddatum, CultureInfo.InvariantCulture) }).Bouw();
        var aanbieder = MboAanbieder with { UitBedrijfdatum = new DateOnly(2030, 8, 1) };
        var ctx = new AangebodenOpleidingContext("100B001", Referentie, null, aanbieder, new HashSet<string> { "110A001", "210A001" }, new HashSet<string> { "110X001" }, null);

        var codes = AangebodenOpleidingRegels.Controleer(ao, ctx).Select(f => f.Foutcode).ToList();

        Assert.Equal(aanvaard ? [] : ["N09430"], codes.Where(c => c == "N09430"));
    }

    [Fact]
    public void Mbo_cohort_without_opleidingsvorm_is_refused_with_K01010() =>
        Assert.Equal(["K01010"], Codes(Mbo().Met(ao => ao with { Cohorten = [Cohort()] })));

    [Fact]
    public void Mbo_cohort_with_opleidingsvorm_is_accepted() =>
        Assert.Empty(Codes(Mbo().Met(ao => ao with { Cohorten = [Cohort(Klassikaal)] })));

    [Theory]
    [InlineData("G", true)]
    [InlineData("O", true)]
    [InlineData("X", false)]
    public void A_cohortstatus_outside_Cohortstatus_v01_is_refused_with_N11440(string status, bool goed) =>
        Assert.Equal(goed ? [] : ["N11440"], Codes(Mbo().Met(ao => ao with { Cohorten = [Cohort(Klassikaal) with { Cohortstatus = status }] })));

    [Theory]
    [InlineData("JA", true)]
    [InlineData("NEE", true)]
    [InlineData("MISSCHIEN", false)]
    [InlineData("ja", false)]
    [InlineData("true", false)]
    public void A_toestemmingVereistVoorAanmelding_outside_ToestemmingAanmeldingscohortVereist_v01_is_refused_with_N11450(string waarde, bool goed) =>
        Assert.Equal(goed ? [] : ["N11450"], Codes(Mbo().Met(ao => ao with { Cohorten = [Cohort(Klassikaal) with { ToestemmingVereistVoorAanmelding = waarde }] })));

    [Fact]
    public void N11450_names_the_cohort_and_the_value()
    {
        var ao = Mbo().Met(ao => ao with { Cohorten = [Cohort(Klassikaal) with { ToestemmingVereistVoorAanmelding = "MISSCHIEN" }] });

        var fout = Assert.Single(AangebodenOpleidingRegels.Controleer(ao, new AangebodenOpleidingContext("100B001", Referentie, null, MboAanbieder,
            new HashSet<string> { "110A001" }, new HashSet<string>(), null)));

        Assert.Equal(("N11450", "De waarde voor toestemmingVereistVoorAanmelding moet een bestaande waarde zijn."), (fout.Foutcode, fout.Fouttekst));
        Assert.Equal([new Sleutelgegeven("cohortcode", "2025-A"), new Sleutelgegeven("toestemmingVereistVoorAan", "MISSCHIEN")], fout.Sleutelgegevens);
    }

    [Fact]
    public void Two_cohorts_with_one_cohortcode_are_refused_with_N11420()
    {
        Assert.Equal(["N11420"], Codes(Mbo().Met(ao => ao with { Cohorten = [Cohort(Klassikaal), Cohort(Klassikaal)] })));
        Assert.Empty(Codes(Mbo().Met(ao => ao with { Cohorten = [Cohort(Klassikaal), Cohort(Klassikaal) with { Cohortcode = "2025-B" }] })));
    }

    /// <summary>The cohort of <see cref="Cohort"/>: instroommoment 2025-08-25. Its einddatum must lie after it (N11040).</summary>
    [Theory]
    [InlineData("2025-08-24", false)]
    [InlineData("2025-08-25", false)]
    [InlineData("2025-08-26", true)]
    public void A_cohort_einddatum_not_after_its_instroommoment_is_refused_with_N11040(string einddatum, bool goed) =>
        Assert.Equal(goed ? [] : ["N11040"], Codes(Mbo().Met(ao => ao with { Cohorten = [Cohort(Klassikaal) with { Einddatum = Dag(einddatum) }] })));

    [Theory]
    [InlineData("2025-08-01", false)]
    [InlineData("2025-08-02", true)]
    public void A_cohort_einddatum_not_after_its_begin_instroomperiode_is_refused_with_N11040(string einddatum, bool goed) =>
        Assert.Equal(goed ? [] : ["N11040"], Codes(Mbo().Met(ao => ao with
        {
            Cohorten = [Cohort(Klassikaal) with { Instroommoment = null, BeginInstroomperiode = Dag("2025-08-01"), Einddatum = Dag(einddatum) }],
        })));

    /// <summary>An offering ending 2026-08-01: a cohort's aanmeldperiode, instroomperiode and instroommoment may end on it, not after (N11410, N11430, N11460).</summary>
    [Theory]
    [InlineData("2026-07-31", true)]
    [InlineData("2026-08-01", true)]
    [InlineData("2026-08-02", false)]
    public void A_cohort_running_past_the_end_of_the_offering_is_refused_with_N11410_N11430_N11460(string datum, bool goed)
    {
        var einde = Dag("2026-08-01");
        AangebodenOpleiding Met(AangebodenOpleidingCohort cohort) => Mbo().Met(ao => ao with { Einddatum = einde, Cohorten = [cohort] });
        var cohort = Cohort(Klassikaal);

        Assert.Equal(goed ? [] : ["N11410"], Codes(Met(cohort with { EindeAanmeldperiode = Dag(datum) })));
        Assert.Equal(goed ? [] : ["N11430"], Codes(Met(cohort with { Instroommoment = null, BeginInstroomperiode = Dag("2025-08-01"), EindeInstroomperiode = Dag(datum) })));
        Assert.Equal(goed ? [] : ["N11460"], Codes(Met(cohort with { Instroommoment = Dag(datum) })));
    }

    [Theory]
    [InlineData("J", true)]
    [InlineData("U", true)]
    [InlineData("KWARTAAL", false)]
    public void An_opleidingsduurEenheid_outside_Studieduureenheid_v01_is_refused_with_N09050(string eenheid, bool goed) =>
        Assert.Equal(goed ? [] : ["N09050"], Codes(Mbo().Met(ao => ao with { AfwijkendeOpleidingsduur = new AfwijkendeOpleidingsduur(eenheid, 2) })));

    private static DateOnly Dag(string datum) => DateOnly.Parse(datum, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Aanmeldperiode_ending_before_it_begins_is_refused_with_N11020() =>
        Assert.Equal(["N11020"], Codes(Mbo().Met(ao => ao with { Cohorten = [Cohort(Klassikaal) with { EindeAanmeldperiode = new DateOnly(2024, 9, 1) }] })));

    [Fact]
    public void Instroomperiode_ending_before_it_begins_is_refused_with_N11030() =>
        Assert.Equal(["N11030"], Codes(Mbo().Met(ao => ao with
        {
            Cohorten = [Cohort(Klassikaal) with { Instroommoment = null, BeginInstroomperiode = new DateOnly(2025, 8, 1), EindeInstroomperiode = new DateOnly(2025, 7, 1) }],
        })));

    [Fact]
    public void Vo_opleidingskenmerk_value_twice_is_refused_with_K01040()
    {
        var kenmerk = new Kenmerk("opleidingskenmerk", KenmerkType.Enumeratiewaarde, "TTO");
        Assert.Equal(["K01040"], Codes(VO().Met(ao => ao with { Kenmerken = [kenmerk, kenmerk] }), "200B001"));
    }

    [Fact]
    public void Unknown_aanbieder_is_refused_with_N09440() =>
        Assert.Equal(["N09440"], Codes(Mbo(aanbieder: "999A999")));

    [Fact]
    public void Period_after_the_offering_ended_is_refused_with_N10020() =>
        Assert.Equal(["N10020"], Codes(Mbo().Met(ao => ao with
        {
            Einddatum = new DateOnly(2023, 8, 1),
            Perioden = [.. ao.Perioden, new AangebodenOpleidingPeriode(new DateOnly(2024, 8, 1), null, null, null, [])],
        })));

    [Fact]
    public void Two_periods_with_the_same_begindatum_are_refused_with_N10040() =>
        Assert.Equal(["N10040"], Codes(Mbo().Met(ao => ao with { Perioden = [ao.Perioden[0], ao.Perioden[0]] })));
}
