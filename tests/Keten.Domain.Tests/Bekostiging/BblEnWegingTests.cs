using Keten.Domain.Bekostiging;
using static Keten.Domain.Tests.Bekostiging.BekostigingTestdata;
using static Keten.Domain.Tests.Rod.RodTestdata;
using B = Keten.Domain.Bekostiging.Bekostigingssignaalcodes;

namespace Keten.Domain.Tests.Bekostiging;

/// <summary>The BBL condition (rule 53) and the weights (rule 54) on MBO funding year 2026.</summary>
public sealed class BblEnWegingTests
{
    [Theory]
    [InlineData(2024, 12, 31, true)]
    [InlineData(2025, 1, 1, false)]
    public void Bbl_counts_on_1_october_with_a_praktijkovereenkomst_concluded_by_31_december(int jaar, int maand, int dag, bool telt)
    {
        var bbl = Mbo(leertraject: "BBL") with { Bpvs = [Bpv("P1", new(jaar, maand, dag), begin: new(2024, 9, 1))] };

        var b = Mbo2026(bbl);

        var oktober = b.Op("1", EenOktober)!;
        Assert.Equal((telt, telt ? B.Bekostigd : B.BblZonderBpv), (oktober.Bekostigingsstatus, oktober.Redencode));
        Assert.True(b.Op("1", EenFebruari)!.Bekostigingsstatus);
    }

    [Theory]
    [InlineData(2024, 12, 31, true)]
    [InlineData(2025, 1, 1, false)]
    public void Bbl_counts_on_1_october_only_with_a_bpv_begun_by_31_december(int jaar, int maand, int dag, bool telt)
    {
        var bbl = Mbo(leertraject: "BBL") with { Bpvs = [Bpv("P1", new(2024, 9, 1), begin: new(jaar, maand, dag))] };

        Assert.Equal(telt, Mbo2026(bbl).Op("1", EenOktober)!.Bekostigingsstatus);
    }

    [Theory]
    [InlineData(2025, 6, 1, true)]
    [InlineData(2025, 6, 2, false)]
    public void A_vws_qualifications_bpv_may_begin_up_to_1_june_of_the_next_year(int jaar, int maand, int dag, bool telt)
    {
        var zorg = Mbo(opleiding: Verzorgende, leertraject: "BBL") with { Bpvs = [Bpv("P1", new(2024, 12, 31), begin: new(jaar, maand, dag))] };
        var anders = Mbo(leertraject: "BBL") with { Bpvs = zorg.Bpvs };

        Assert.Equal(telt, Mbo2026(zorg).Op("1", EenOktober)!.Bekostigingsstatus);
        Assert.False(Mbo2026(anders).Op("1", EenOktober)!.Bekostigingsstatus);
    }

    [Theory]
    [InlineData(2024, 12, 31, true)]
    [InlineData(2025, 1, 1, false)]
    public void A_vws_qualifications_praktijkovereenkomst_is_still_concluded_by_31_december(int jaar, int maand, int dag, bool telt)
    {
        var zorg = Mbo(opleiding: Verzorgende, leertraject: "BBL") with { Bpvs = [Bpv("P1", new(jaar, maand, dag), begin: new(2025, 3, 1))] };

        Assert.Equal(telt, Mbo2026(zorg).Op("1", EenOktober)!.Bekostigingsstatus);
    }

    [Fact]
    public void Bbl_without_any_bpv_does_not_count_and_names_the_last_day()
    {
        var oktober = Mbo2026(Mbo(leertraject: "BBL")).Op("1", EenOktober)!;

        Assert.Equal((false, B.BblZonderBpv), (oktober.Bekostigingsstatus, oktober.Redencode));
        Assert.Equal("2024-12-31", Assert.Single(oktober.Signalen[0].Parameters).Parameterwaarde);
    }

    [Fact]
    public void The_bpvs_that_made_bbl_count_are_listed_also_from_another_enrolment_at_the_instelling()
    {
        var oud = Mbo("0", new(2023, 8, 1), leertraject: "BBL") with { DatumUitschrijvingWerkelijk = new(2024, 7, 31), Bpvs = [Bpv("P0", new(2024, 6, 1), begin: new(2024, 6, 1))] };
        var nieuw = Mbo("1", new(2024, 8, 1), leertraject: "BBL");

        var oktober = Mbo2026(oud, nieuw).Op("1", EenOktober)!;

        Assert.True(oktober.Bekostigingsstatus);
        var bpv = Assert.Single(oktober.BekostigingsrelevanteBpvs);
        Assert.Equal(("0", "P0"), (bpv.Inschrijvingvolgnummer, bpv.Bpv.Volgnummer));
    }

    [Fact]
    public void A_bpv_that_ended_before_the_studiejaar_does_not_count()
    {
        var bbl = Mbo(leertraject: "BBL") with { Bpvs = [Bpv("P1", new(2023, 9, 1)) with { DatumEindeWerkelijk = new(2024, 7, 31) }] };

        Assert.False(Mbo2026(bbl).Op("1", EenOktober)!.Bekostigingsstatus);
    }

    [Theory]
    [InlineData("BOL", Mediavormgever, 1.00, 1.00, 0.8)]
    [InlineData("BBL", Mediavormgever, 0.40, 1.00, 0.32)]
    [InlineData("BBL", Entree, 0.50, 1.00, 0.5)]
    [InlineData("BOL", Entree, 1.00, 1.00, 1.0)]
    [InlineData("BOL", BekostigingTestdata.Vakopleiding, 1.00, 1.25, 1.0)]
    [InlineData("BBL", BekostigingTestdata.Vakopleiding, 0.40, 1.25, 0.4)]
    public void The_contribution_is_the_leertraject_factor_times_the_prijsfactor_times_08_outside_entree(string leertraject, string opleiding, double factor, double prijsfactor, double bijdrage)
    {
        var inschrijving = Mbo(opleiding: opleiding, leertraject: leertraject) with { Bpvs = [Bpv("P1", new(2024, 9, 1))] };

        var oktober = Mbo2026(inschrijving).Op("1", EenOktober)!;

        Assert.Equal(((decimal)factor, (decimal)prijsfactor, (decimal)bijdrage), (oktober.BblBolFactor!.Value, oktober.PrijsfactorMbo!.Value, oktober.BijdrageInschrijvingAanDeelnemerswaarde!.Value));
    }

    [Fact]
    public void Bol_deeltijd_counts_with_the_bbl_weight_while_the_value_list_has_it()
    {
        var student = Student([Mbo(vanaf: new(2022, 8, 1), leertraject: "BOL_DT")]);

        var jaar2024 = Bekostigingsbepaling.Bepaal(student, MboJaar with { Bekostigingsjaar = 2024 }, Referentiegegevens);
        var jaar2025 = Bekostigingsbepaling.Bepaal(student, MboJaar with { Bekostigingsjaar = 2025 }, Referentiegegevens);

        var oktober2022 = jaar2024.Op("1", new(2022, 10, 1))!;
        Assert.Equal((true, 0.40m), (oktober2022.Bekostigingsstatus, oktober2022.BblBolFactor));
        Assert.Equal(B.LeertrajectTeltNiet, jaar2025.Op("1", new(2023, 10, 1))!.Redencode);
    }

    [Fact]
    public void The_weights_are_parameters_dated_by_funding_year()
    {
        var parameters = Bekostigingsparameters.Voor(2026);

        Assert.Equal((0.5m, 0.4m, 0.8m, 0.2m, 1.00m), (parameters.BblFactorEntree, parameters.BblFactorOverig, parameters.DeelnemersaandeelNietEntree, parameters.Diplomaaandeel, parameters.PrijsfactorStandaard));
        Assert.Same(Bekostigingsparameters.Reeks[0], Bekostigingsparameters.Voor(2019));
    }
}
