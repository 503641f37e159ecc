using Keten.Domain.Bekostiging;
using static Keten.Domain.Tests.Bekostiging.BekostigingTestdata;
using static Keten.Domain.Tests.Rod.RodTestdata;
using B = Keten.Domain.Bekostiging.Bekostigingssignaalcodes;

namespace Keten.Domain.Tests.Bekostiging;

/// <summary>The diploma value of MBO funding year 2026: the diplomas of 2024 (rule 55).</summary>
public sealed class DiplomawaardeTests
{
    private static readonly DateOnly Behaald = new(2024, 6, 28);

    [Theory]
    [InlineData(Verkoopmedewerker, 1, B.DiplomaVolleWaarde)]
    [InlineData(BekostigingTestdata.Vakopleiding, 3, B.DiplomaVolleWaarde)]
    [InlineData(Mediavormgever, 5, B.DiplomaVolleWaarde)]
    [InlineData(Entree, 0, B.DiplomaEntree)]
    public void A_first_diploma_has_the_value_of_its_niveau(string opleiding, int waarde, string code)
    {
        var diploma = Assert.Single(Mbo2026(MetDiploma("1", opleiding, new(2022, 8, 1), Behaald)).Diplomas);

        Assert.Equal((true, (decimal?)waarde, code), (diploma.Bekostigingsstatus, diploma.BijdrageDiplomawaarde, diploma.Redencode));
        Assert.Null(diploma.NiveauHoogstBekostigdeDiploma);
    }

    [Theory]
    [InlineData(Verkoopmedewerker, Mediavormgever, 4, B.DiplomaMinEerder)]
    [InlineData(Mediavormgever, Mediavormgever, 0, B.DiplomaNietHoger)]
    [InlineData(Mediavormgever, Verkoopmedewerker, 0, B.DiplomaNietHoger)]
    [InlineData(Entree, BekostigingTestdata.Vakopleiding, 3, B.DiplomaVolleWaarde)]
    public void The_highest_earlier_diploma_is_subtracted_never_below_0(string eerder, string nu, int waarde, string code)
    {
        var b = Mbo2026(MetDiploma("0", eerder, new(2020, 8, 1), new(2022, 6, 30)), MetDiploma("1", nu, new(2022, 8, 1), Behaald));

        var diploma = Assert.Single(b.Diplomas);
        Assert.Equal(((decimal?)waarde, code), (diploma.BijdrageDiplomawaarde, diploma.Redencode));
        Assert.Equal(Referentiegegevens.Erkenning("CREBO", eerder)!.Niveau, diploma.NiveauHoogstBekostigdeDiploma);
    }

    [Fact]
    public void A_diploma_of_another_year_is_not_listed_but_counts_as_earlier()
    {
        var b = Mbo2026(MetDiploma("0", Mediavormgever, new(2020, 8, 1), new(2023, 12, 31)), MetDiploma("1", Mediavormgever, new(2024, 1, 1), new(2025, 1, 1)));

        Assert.Empty(b.Diplomas);
        Assert.Equal("MBO-4", b.Regel("1").NiveauHoogstBekostigdeDiploma);
    }

    [Fact]
    public void A_first_specialistendiploma_adds_2_and_a_second_does_not()
    {
        var b = Mbo2026(
            MetDiploma("0", Mediavormgever, new(2019, 8, 1), new(2022, 6, 30)),
            MetDiploma("1", BekostigingTestdata.Specialist, new(2022, 8, 1), new(2024, 3, 1)),
            MetDiploma("2", BekostigingTestdata.Specialist2, new(2024, 3, 2), new(2024, 9, 1)));

        var eerste = b.Diplomas.Single(d => d.Inschrijvingvolgnummer == "1");
        var tweede = b.Diplomas.Single(d => d.Inschrijvingvolgnummer == "2");
        Assert.Equal((2m, true), (eerste.BijdrageDiplomawaarde!.Value, eerste.IndicatieSpecialistendiploma));
        Assert.Contains(B.EersteSpecialist, eerste.Signalen.Select(s => s.Signaalcode));
        Assert.Equal((0m, true), (tweede.BijdrageDiplomawaarde!.Value, tweede.IndicatieHoogstBekostigdeDiplomaIsSpecialist));
        Assert.Contains(B.SpecialistNietEerste, tweede.Signalen.Select(s => s.Signaalcode));
    }

    [Fact]
    public void Of_two_diplomas_on_one_day_the_lower_counts_as_the_earlier()
    {
        var b = Mbo2026(MetDiploma("1", Mediavormgever, new(2022, 8, 1), Behaald), MetDiploma("2", Verkoopmedewerker, new(2022, 8, 1), Behaald));

        var hoog = b.Diplomas.Single(d => d.Inschrijvingvolgnummer == "1");
        var laag = b.Diplomas.Single(d => d.Inschrijvingvolgnummer == "2");
        Assert.Equal((1m, B.DiplomaVolleWaarde), (laag.BijdrageDiplomawaarde!.Value, laag.Redencode));
        Assert.Equal((4m, B.DiplomaMinEerder), (hoog.BijdrageDiplomawaarde!.Value, hoog.Redencode));
        Assert.Contains(B.ZelfdeDag, hoog.Signalen.Select(s => s.Signaalcode));
    }

    [Theory]
    [InlineData(2023, 6, 30, 0, false)]
    [InlineData(2023, 7, 1, 5, true)]
    public void A_diploma_from_before_a_break_of_3_years_is_not_earlier(int jaar, int maand, int dag, int waarde, bool onderbroken)
    {
        var eerder = MetDiploma("0", Mediavormgever, new(2018, 8, 1), new(2020, 6, 30));
        var nu = MetDiploma("1", Mediavormgever, new(jaar, maand, dag), Behaald);

        var diploma = Assert.Single(Mbo2026(eerder, nu).Diplomas);

        Assert.Equal((decimal?)waarde, diploma.BijdrageDiplomawaarde);
        Assert.Equal(onderbroken, diploma.Signalen.Any(s => s.Signaalcode == B.OnderbrekingDrieJaar));
    }

    [Fact]
    public void A_diploma_with_indicatie_n_is_not_funded_and_not_earlier()
    {
        var b = Mbo2026(MetDiploma("0", Mediavormgever, new(2020, 8, 1), new(2022, 6, 30), bekostigbaar: false), MetDiploma("1", Mediavormgever, new(2022, 8, 1), Behaald, bekostigbaar: false),
            MetDiploma("2", Verkoopmedewerker, new(2024, 6, 29), new(2024, 12, 20)));

        var nee = b.Diplomas.Single(d => d.Inschrijvingvolgnummer == "1");
        Assert.Equal((false, (decimal?)null, B.DiplomaIndicatieNee), (nee.Bekostigingsstatus, nee.BijdrageDiplomawaarde, nee.Redencode));
        Assert.Equal(1m, b.Diplomas.Single(d => d.Inschrijvingvolgnummer == "2").BijdrageDiplomawaarde);
    }

    [Fact]
    public void The_vo_determination_has_no_diplomas() =>
        Assert.Empty(Vo2025(Vo(), MetDiploma("1", Mediavormgever, new(2022, 8, 1), Behaald)).Diplomas);
}
