using Keten.Domain.Rod;
using Keten.Domain.Verzuim;
using static Keten.Domain.Tests.Rod.RodTestdata;
using static Keten.Domain.Tests.Verzuim.VerzuimTestdata;

namespace Keten.Domain.Tests.Verzuim;

/// <summary>The rules of a new verzuimmelding (issue 8 point 5, domain.md rules 36–39), each with the days on both sides of its boundary.</summary>
public sealed class VerzuimRegelsTests
{
    private static readonly DateOnly Achttien = Geboren.AddYears(18);
    private static readonly DateOnly Drieentwintig = Geboren.AddYears(23);

    [Fact]
    public void The_responsible_institution_reports_and_nothing_is_refused()
    {
        var beoordeling = VerzuimRegels.Beoordeel(Melding(), Situatie());

        Assert.Empty(beoordeling.Foutmeldingen);
        Assert.Equal(MboBrin, beoordeling.Verantwoordelijke!.Brin);
    }

    [Fact]
    public void Another_school_is_refused_with_VZM002_naming_the_responsible_instelling_by_brin_and_name_never_the_pupil()
    {
        var vo = Vo(kenmerk: Leerroutesoort.DLR, fase: Leerroutefase.VO);
        var mbo = Mbo(leerroute: Leerroutesoort.DLR, fase: Leerroutefase.VO);

        var beoordeling = VerzuimRegels.Beoordeel(Melding(), Situatie([vo, mbo]));

        var fout = Assert.Single(beoordeling.Foutmeldingen);
        Assert.Equal("VZM002", fout.Foutcode);
        Assert.Contains($"{VoBrin} Scholengemeenschap Test", fout.Fouttekst, StringComparison.Ordinal);
        Assert.DoesNotContain(Leerling.Waarde, fout.Fouttekst + string.Join(",", fout.Sleutelgegevens), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pupil_without_an_enrolment_on_the_begindatum_is_refused_with_VZM001_the_first_day_enrolled_passes()
    {
        var inschrijving = Mbo(vanaf: new(2025, 3, 3));

        Assert.Equal(["VZM001"], Foutcodes(VerzuimRegels.Beoordeel(Melding(begin: new(2025, 3, 2)), Situatie([inschrijving]))));
        Assert.Empty(VerzuimRegels.Beoordeel(Melding(begin: new(2025, 3, 3)), Situatie([inschrijving])).Foutmeldingen);
    }

    [Fact]
    public void An_instelling_of_another_board_is_refused_with_ROD004()
    {
        Assert.Equal(["ROD004"], Foutcodes(VerzuimRegels.Beoordeel(Melding(), Situatie(bestuur: VoBestuur))));
    }

    [Fact]
    public void An_einddatum_before_the_begindatum_is_refused_with_VZM003_the_same_day_passes()
    {
        var begin = new DateOnly(2025, 3, 3);

        Assert.Equal(["VZM003"], Foutcodes(VerzuimRegels.Beoordeel(Melding(Verzuimsoort.Lrv, begin, begin.AddDays(-1)), Situatie())));
        Assert.Empty(VerzuimRegels.Beoordeel(Melding(Verzuimsoort.Lrv, begin, begin), Situatie()).Foutmeldingen);
    }

    [Fact]
    public void Dates_after_today_are_refused_with_VZM004_today_passes()
    {
        var vandaag = new DateOnly(2025, 3, 10);

        Assert.Equal(["VZM004"], Foutcodes(VerzuimRegels.Beoordeel(Melding(begin: vandaag.AddDays(1)), Situatie(vandaag: vandaag))));
        Assert.Equal(["VZM004"], Foutcodes(VerzuimRegels.Beoordeel(Melding(begin: vandaag, eind: vandaag.AddDays(1)), Situatie(vandaag: vandaag))));
        Assert.Empty(VerzuimRegels.Beoordeel(Melding(begin: vandaag, eind: vandaag), Situatie(vandaag: vandaag)).Foutmeldingen);
    }

    [Fact]
    public void An_unknown_woongemeente_is_refused_with_VZM005()
    {
        Assert.Equal(["VZM005"], Foutcodes(VerzuimRegels.Beoordeel(Melding() with { Woongemeente = "9999" }, Situatie())));
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    public void Sixteen_hours_is_for_pupils_under_18_on_the_begindatum_around_the_18th_birthday(int dagen, bool toegestaan)
    {
        var begin = Achttien.AddDays(dagen);

        var codes = Foutcodes(VerzuimRegels.Beoordeel(Melding(Verzuimsoort.ZestienUur, begin, begin, 16), Situatie()));

        Assert.Equal(toegestaan ? [] : ["VZM006"], codes);
    }

    [Theory]
    [InlineData(-1, "VZM007")]
    [InlineData(0, null)]
    [InlineData(1, null)]
    public void Rmc_begins_on_the_18th_birthday(int dagen, string? code)
    {
        var begin = Achttien.AddDays(dagen);

        Assert.Equal(code is null ? [] : [code], Foutcodes(VerzuimRegels.Beoordeel(Melding(Verzuimsoort.Rmc, begin, begin), Situatie())));
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(0, "VZM007")]
    [InlineData(1, "VZM007")]
    public void Rmc_ends_on_the_23rd_birthday(int dagen, string? code)
    {
        var begin = Drieentwintig.AddDays(dagen);
        var inschrijving = Mbo(vanaf: new(2030, 8, 1));

        Assert.Equal(code is null ? [] : [code],
            Foutcodes(VerzuimRegels.Beoordeel(Melding(Verzuimsoort.Rmc, begin, begin), Situatie([inschrijving], vandaag: new(2032, 1, 1)))));
    }

    [Fact]
    public void Rmc_is_refused_with_VZM008_after_an_mbo_2_diploma_but_not_after_an_entree_diploma()
    {
        var begin = Achttien.AddDays(30);
        var metMbo2 = Mbo() with { Diplomas = [new Diploma("D1", Verkoopmedewerker, Achttien, true)] };
        var metEntree = Mbo() with { Diplomas = [new Diploma("D1", Entree, Achttien, true)] };

        Assert.Equal(["VZM008"], Foutcodes(VerzuimRegels.Beoordeel(Melding(Verzuimsoort.Rmc, begin, begin), Situatie([metMbo2]))));
        Assert.Empty(VerzuimRegels.Beoordeel(Melding(Verzuimsoort.Rmc, begin, begin), Situatie([metEntree])).Foutmeldingen);
    }

    [Fact]
    public void Without_a_known_geboortedatum_the_age_limits_are_not_judged_and_VZS02_says_so()
    {
        var begin = Achttien.AddDays(10);

        var beoordeling = VerzuimRegels.Beoordeel(Melding(Verzuimsoort.ZestienUur, begin, begin, 16), Situatie(geboortedatum: "2008-00-00"));

        Assert.Empty(beoordeling.Foutmeldingen);
        Assert.Contains(beoordeling.Signalen, s => s.Signaalcode == "VZS02");
    }

    [Theory]
    [InlineData(6, "VZM009")]
    [InlineData(-6, "VZM009")]
    [InlineData(7, null)]
    [InlineData(-7, null)]
    public void At_most_one_report_per_7_days_per_pupil_and_kind_the_8th_day_passes(int dagen, string? code)
    {
        var eerder = Eerder(Melding(begin: new(2025, 3, 3)));

        var codes = Foutcodes(VerzuimRegels.Beoordeel(Melding(begin: new DateOnly(2025, 3, 3).AddDays(dagen)), Situatie(eerdere: [eerder])));

        Assert.Equal(code is null ? [] : [code], codes);
    }

    [Fact]
    public void A_withdrawn_report_or_another_kind_does_not_count_for_the_7_days()
    {
        var ingetrokken = Eerder(Melding(begin: new(2025, 3, 3)), Verzuimstatus.Ingetrokken);
        var andereSoort = Eerder(Melding(Verzuimsoort.Overig, new(2025, 3, 3)));

        Assert.Empty(VerzuimRegels.Beoordeel(Melding(begin: new(2025, 3, 4)), Situatie(eerdere: [ingetrokken, andereSoort])).Foutmeldingen);
    }

    [Fact]
    public void Sixteen_hours_needs_at_least_16_hours_VZM010()
    {
        var begin = new DateOnly(2025, 3, 3);

        Assert.Equal(["VZM010"], Foutcodes(VerzuimRegels.Beoordeel(Melding(Verzuimsoort.ZestienUur, begin, begin, 15.5m), Situatie())));
        Assert.Equal(["VZM010"], Foutcodes(VerzuimRegels.Beoordeel(Melding(Verzuimsoort.ZestienUur, begin, begin), Situatie())));
        Assert.Empty(VerzuimRegels.Beoordeel(Melding(Verzuimsoort.ZestienUur, begin, begin, 16), Situatie()).Foutmeldingen);
    }

    [Fact]
    public void Lrv_without_einddatum_is_accepted_while_enrolled_and_refused_with_VZM011_once_unenrolled()
    {
        var ingeschreven = Mbo();
        var uitgeschreven = Mbo() with { DatumUitschrijvingWerkelijk = new(2025, 4, 1) };

        Assert.Empty(VerzuimRegels.Beoordeel(Melding(Verzuimsoort.Lrv), Situatie([ingeschreven])).Foutmeldingen);
        Assert.Equal(["VZM011"], Foutcodes(VerzuimRegels.Beoordeel(Melding(Verzuimsoort.Lrv), Situatie([uitgeschreven]))));
        Assert.Empty(VerzuimRegels.Beoordeel(Melding(Verzuimsoort.Luxe), Situatie([uitgeschreven])).Foutmeldingen);
    }

    [Theory]
    [InlineData("2025-03-10", false)] // Friday 7 March + 1 working day
    [InlineData("2025-03-14", false)] // the 5th working day
    [InlineData("2025-03-17", true)]  // the 6th: late, the weekend not counted
    public void A_report_later_than_5_working_days_after_the_einddatum_is_accepted_with_VZS01(string gemeld, bool laat)
    {
        var eind = new DateOnly(2025, 3, 7);

        var beoordeling = VerzuimRegels.Beoordeel(Melding(Verzuimsoort.ZestienUur, new(2025, 3, 3), eind, 16), Situatie(vandaag: DateOnly.Parse(gemeld, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Empty(beoordeling.Foutmeldingen);
        Assert.Equal(laat, beoordeling.Signalen.Any(s => s.Signaalcode == "VZS01"));
    }
}
