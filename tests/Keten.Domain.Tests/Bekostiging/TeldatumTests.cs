using Keten.Domain.Bekostiging;
using static Keten.Domain.Tests.Bekostiging.BekostigingTestdata;
using static Keten.Domain.Tests.Rod.RodTestdata;
using B = Keten.Domain.Bekostiging.Bekostigingssignaalcodes;

namespace Keten.Domain.Tests.Bekostiging;

/// <summary>MBO funding year 2026: which enrolments get a Teldatum group on 1 October 2024 and 1 February 2025 (rules 14, 15, 51).</summary>
public sealed class TeldatumTests
{
    [Theory]
    [InlineData(2024, 9, 30, true)]
    [InlineData(2024, 10, 1, true)]
    [InlineData(2024, 10, 2, false)]
    public void An_enrolment_counts_on_1_october_from_its_first_day(int jaar, int maand, int dag, bool opEenOktober)
    {
        var b = Mbo2026(Mbo(vanaf: new(jaar, maand, dag)));

        Assert.Equal(opEenOktober, b.Op("1", EenOktober)?.Bekostigingsstatus == true);
        Assert.True(b.Op("1", EenFebruari)!.Bekostigingsstatus);
    }

    [Theory]
    [InlineData(2024, 9, 30, false)]
    [InlineData(2024, 10, 1, true)]
    [InlineData(2024, 10, 2, true)]
    public void An_enrolment_counts_on_1_october_up_to_its_last_day(int jaar, int maand, int dag, bool opEenOktober)
    {
        var b = Mbo2026(Mbo() with { DatumUitschrijvingWerkelijk = new(jaar, maand, dag) });

        Assert.Equal(opEenOktober, b.Op("1", EenOktober) is not null);
        Assert.Null(b.Op("1", EenFebruari));
    }

    [Theory]
    [InlineData(2025, 1, 31, false)]
    [InlineData(2025, 2, 1, true)]
    public void The_1_february_group_needs_enrolment_on_1_february(int jaar, int maand, int dag, bool opEenFebruari) =>
        Assert.Equal(opEenFebruari, Mbo2026(Mbo() with { DatumUitschrijvingWerkelijk = new(jaar, maand, dag) }).Op("1", EenFebruari) is not null);

    [Fact]
    public void An_enrolment_valid_on_neither_teldatum_is_listed_without_teldata_and_says_why()
    {
        var b = Mbo2026(Mbo(vanaf: new(2024, 10, 2)) with { DatumUitschrijvingWerkelijk = new(2025, 1, 31) });

        var regel = b.Regel("1");
        Assert.Empty(regel.Teldata);
        Assert.Equal(B.GeenTeldatum, Assert.Single(regel.Signalen).Signaalcode);
    }

    [Fact]
    public void An_enrolment_outside_the_studiejaar_is_not_listed()
    {
        Assert.Empty(Mbo2026(Mbo(vanaf: new(2023, 8, 1)) with { DatumUitschrijvingWerkelijk = new(2024, 7, 31) }).Inschrijvingen);
        Assert.Empty(Mbo2026(Mbo(vanaf: new(2025, 8, 1))).Inschrijvingen);
        Assert.Single(Mbo2026(Mbo(vanaf: new(2025, 7, 31))).Inschrijvingen);
    }

    [Theory]
    [InlineData(2024, 10, 1, true, true)]
    [InlineData(2024, 10, 2, false, true)]
    [InlineData(2025, 1, 31, false, true)]
    [InlineData(2025, 2, 1, false, true)]
    [InlineData(2025, 2, 2, false, false)]
    public void Indicatie_j_counts_on_the_teldata_from_the_period_it_begins(int jaar, int maand, int dag, bool opEenOktober, bool opEenFebruari)
    {
        var wordtJ = new DateOnly(jaar, maand, dag);
        var b = Mbo2026(Mbo() with { Perioden = [MboPeriode(new(2024, 8, 1), bekostigbaar: false), MboPeriode(wordtJ)] });

        var oktober = b.Op("1", EenOktober)!;
        var februari = b.Op("1", EenFebruari)!;
        Assert.Equal((opEenOktober, opEenFebruari), (oktober.Bekostigingsstatus, februari.Bekostigingsstatus));
        Assert.Equal(opEenOktober ? B.Bekostigd : B.IndicatieNee, oktober.Redencode);
        Assert.Equal(opEenOktober, oktober.IndicatieBekostigbaar);
    }

    [Fact]
    public void The_1_february_count_enters_only_the_correctiefactor()
    {
        var b = Mbo2026(Mbo());

        var oktober = b.Op("1", EenOktober)!;
        var februari = b.Op("1", EenFebruari)!;
        Assert.Equal(0.8m, oktober.BijdrageInschrijvingAanDeelnemerswaarde);
        Assert.Null(februari.BijdrageInschrijvingAanDeelnemerswaarde);
        Assert.True(februari.InschrijvingVoorCorrectiefactor);
        Assert.Equal([B.Bekostigd, B.AlleenCorrectiefactor], februari.Signalen.Select(s => s.Signaalcode));
    }

    [Theory]
    [InlineData("EX")]
    [InlineData("OVO")]
    [InlineData("ODT")]
    public void Only_bol_and_bbl_count(string leertraject)
    {
        var teldatum = Mbo2026(Mbo(leertraject: leertraject)).Op("1", EenOktober)!;

        Assert.Equal((false, B.LeertrajectTeltNiet, (decimal?)null), (teldatum.Bekostigingsstatus, teldatum.Redencode, teldatum.BblBolFactor));
        Assert.Equal(leertraject, Assert.Single(teldatum.Signalen[0].Parameters).Parameterwaarde);
    }

    [Fact]
    public void The_teldatum_group_carries_the_period_valid_that_day_and_the_determination()
    {
        var b = Mbo2026(Mbo() with { Perioden = [MboPeriode(new(2024, 8, 1), Verkoopmedewerker), MboPeriode(new(2024, 10, 2))] });

        var oktober = b.Op("1", EenOktober)!;
        Assert.Equal((Verkoopmedewerker, "MBO-2", "BOL"), (oktober.Opleidingcode, oktober.Niveau, oktober.Leertraject));
        Assert.Equal((Bepaald, Statusbepaling.Voorlopig), (oktober.DatumTijdBepaling, oktober.Status));
        Assert.Equal((Mediavormgever, "MBO-4"), (b.Op("1", EenFebruari)!.Opleidingcode, b.Op("1", EenFebruari)!.Niveau));
    }

    [Theory]
    [InlineData(2008, 8, 1, 16)]
    [InlineData(2008, 8, 2, 15)]
    public void The_age_is_taken_on_1_august_of_the_studiejaar(int jaar, int maand, int dag, int leeftijd)
    {
        var b = Bekostigingsbepaling.Bepaal(Student([Mbo()], new DateOnly(jaar, maand, dag)), MboJaar, Referentiegegevens);

        Assert.Equal(leeftijd, b.Op("1", EenOktober)!.LeeftijdOpEenAugustusStudiejaar);
    }

    [Fact]
    public void Without_a_birth_date_the_age_is_unknown() =>
        Assert.Null(Bekostigingsbepaling.Bepaal(new(Leerling, null, [Mbo()]), MboJaar, Referentiegegevens).Op("1", EenOktober)!.LeeftijdOpEenAugustusStudiejaar);
}
